import type { Kysely } from 'kysely';
import type { Token } from '../container.js';
import type { Logger } from '../logger.js';

/**
 * A kysely instance or transaction over any tables: what enqueue and emit write with, so
 * they join the caller's transaction whatever its table types.
 */
export type Executor = Pick<Kysely<unknown>, 'getExecutor' | 'isTransaction'>;

/** Where a job is: waiting (perhaps for a retry), taken by a worker, done, or given up on. */
export type JobStatus = 'queued' | 'running' | 'succeeded' | 'dead';

/**
 * How long to wait before the next attempt, by the number of the attempt that just failed
 * (1-based): a list of delays in ms (the last one repeats) or a function.
 *
 * @example [10_000, 60_000, 600_000] // 10 s, 1 min, then every 10 min
 */
export type Backoff = readonly number[] | ((failedAttempt: number) => number);

/** What every background handler (job, event subscriber) receives besides its input. */
export interface HandlerContext {
  /** 1 on the first run; a job left by a dead process counts its lost attempt too. */
  readonly attempt: number;
  readonly maxAttempts: number;
  /** Aborted when the process shuts down and the shutdown timeout has passed. */
  readonly signal: AbortSignal;
  readonly logger: Logger;
  /** Resolves a service from the app's container. */
  resolve<T>(key: Token<T>): T;
}

/** One run of a job. */
export interface JobContext<P = unknown> extends HandlerContext {
  readonly id: string;
  readonly type: string;
  readonly payload: P;
}

export interface RetryPolicy {
  /** Attempts in all, the first included; after the last failure the job is dead. Default `jobs.max_attempts`. */
  readonly maxAttempts?: number;
  /** Delay before each retry; default exponential from `jobs.backoff_base_ms`, with jitter. */
  readonly backoff?: Backoff;
}

/**
 * A job type a plugin handles. A handler that throws is retried on the type's schedule;
 * one that throws `new RetryAt(date)` is retried at that time instead. Handlers run at
 * least once, so they must tolerate a repeat (a process can die after the work, before
 * the job is marked done).
 */
export interface JobDefinition<P = unknown> extends RetryPolicy {
  /** `<plugin>.<name>`, e.g. `webhooks.deliver`. */
  readonly name: string;
  /** Jobs of this type running at once in one process. Default `jobs.concurrency`. */
  readonly concurrency?: number;
  // Method syntax on purpose: a JobDefinition<{ id: string }> must fit a list of JobDefinition.
  handle(job: JobContext<P>): Promise<void> | void;
  /**
   * Called when a job of this type dies: its last attempt failed, or its process stopped
   * during the last attempt (the job is taken again after its lease and found out of
   * attempts). For leaving the job's subject in a final state rather than waiting forever.
   * It runs before the job is marked dead, so a process that stops in between calls it again:
   * make it safe to repeat. What it throws is logged; the job is marked dead all the same.
   */
  onDead?(job: JobContext<P>, reason: string): Promise<void> | void;
}

export interface EnqueueOptions {
  /**
   * At most one job of this type ever holds this key: a second enqueue returns the first
   * job (`created: false`) instead of adding another, even from concurrent transactions.
   */
  readonly dedupeKey?: string;
  /** Not before this time. Default: now. */
  readonly runAt?: Date;
  /**
   * Jobs of one type with the same key run one at a time, in enqueue order; a later one
   * waits while an earlier one is queued (retries included) or running. A dead job no
   * longer holds up the others.
   */
  readonly orderingKey?: string;
  /** Overrides the type's `maxAttempts` for this job. */
  readonly maxAttempts?: number;
}

export interface EnqueueRequest {
  readonly type: string;
  readonly payload: unknown;
  readonly options?: EnqueueOptions;
}

export interface EnqueueResult {
  readonly id: string;
  /** False when a job with the same dedupe key already existed; `id` is that job's. */
  readonly created: boolean;
}

/** A job as stored in `jobs_jobs`. */
export interface JobRecord {
  readonly id: string;
  readonly type: string;
  readonly payload: unknown;
  readonly status: JobStatus;
  /** Attempts started so far. */
  readonly attempts: number;
  readonly maxAttempts: number;
  /** When it may run next (queued) or last became runnable. */
  readonly runAt: string;
  readonly dedupeKey: string | null;
  readonly orderingKey: string | null;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly finishedAt: string | null;
}

/**
 * The durable job queue. Enqueue inside the transaction of the write that makes the job
 * necessary, so both commit or neither does.
 *
 * @example
 *   await db.transaction().execute(async (trx) => {
 *     await trx.insertInto('webhooks_deliveries').values(row).execute();
 *     await call.resolve(JOB_QUEUE).enqueue(trx, 'webhooks.deliver', { deliveryId: row.id }, { dedupeKey: row.id });
 *   });
 */
export interface JobQueue {
  enqueue(db: Executor, type: string, payload: unknown, options?: EnqueueOptions): Promise<EnqueueResult>;
  /** Several jobs in one statement; results in the order given. */
  enqueueMany(db: Executor, jobs: readonly EnqueueRequest[]): Promise<readonly EnqueueResult[]>;
  get(id: string): Promise<JobRecord | undefined>;
}
