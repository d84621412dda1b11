import { hostname } from 'node:os';
import type { DependencyContainer } from 'tsyringe';
import type { Clock } from '../clock.js';
import { resolveToken } from '../container.js';
import { newId } from '../ids.js';
import type { Logger } from '../logger.js';
import { delayAfter } from './backoff.js';
import type { ClaimedJob, JobStore, Settle } from './db/store.js';
import type { JobType, JobTypes } from './job-types.js';
import type { Notifier } from './notifier.js';
import { RetryAt } from './retry-at.js';
import type { JobContext } from './types.js';

export interface WorkerPoolOptions {
  readonly store: JobStore;
  readonly types: JobTypes;
  readonly notifier: Notifier;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly container: DependencyContainer;
  /** How often an idle pool looks for due jobs (retries, jobs from other processes). */
  readonly pollIntervalMs: number;
  /** How long a taken job stays ours without a heartbeat; a third of it is the heartbeat. */
  readonly leaseMs: number;
  /** Names this process in `locked_by`. */
  readonly workerId?: string;
}

interface Running {
  readonly id: string;
  readonly type: string;
  readonly done: Promise<void>;
  readonly abort: AbortController;
}

/**
 * Runs jobs of every known type, up to each type's concurrency, in this process. It looks
 * for work when woken (an enqueue here, a NOTIFY from elsewhere, a job finishing) and on a
 * short poll; it holds a lease on each job it runs and renews it while the handler works,
 * so a job whose process dies is taken again once the lease runs out.
 */
export class WorkerPool {
  readonly workerId: string;
  private readonly running = new Map<string, Running>();
  private readonly perType = new Map<string, number>();
  private types: readonly JobType[] = [];
  private started = false;
  private stopping = false;
  private pumping: Promise<void> | undefined;
  private again = false;
  private pollTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private unlisten: (() => void) | undefined;

  constructor(private readonly options: WorkerPoolOptions) {
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${newId('w').slice(-8)}`;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.stopping = false;
    this.types = this.options.types.list();
    this.unlisten = this.options.notifier.listen('jobs', () => this.wake());
    this.heartbeatTimer = setInterval(() => void this.heartbeat(), Math.max(10, Math.floor(this.options.leaseMs / 3)));
    this.heartbeatTimer.unref();
    this.wake();
  }

  /** Looks for work now (coalesced with a look already under way). */
  wake(): void {
    void this.lookNow();
  }

  /**
   * Looks for work and resolves once the look (and any it triggered) has taken what was due.
   * Tests that move a ManualClock call this instead of waiting for the poll.
   */
  lookNow(): Promise<void> {
    if (!this.started || this.stopping) return Promise.resolve();
    if (this.pumping !== undefined) {
      this.again = true;
      return this.pumping;
    }
    this.pumping = this.pump();
    return this.pumping;
  }

  /** Jobs this pool is running now. */
  get active(): number {
    return this.running.size;
  }

  /**
   * Takes no more jobs and waits up to `timeoutMs` for the running ones. Past it, their
   * handlers are signalled to abort and their leases are left to run out, so another
   * process takes them again.
   */
  async stop(timeoutMs: number): Promise<void> {
    if (!this.started) return;
    this.stopping = true;
    this.unlisten?.();
    clearTimeout(this.pollTimer);
    await this.pumping; // a claim under way may still hand us jobs
    const pending = [...this.running.values()];
    if (pending.length > 0) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        Promise.allSettled(pending.map((job) => job.done)).then(() => false),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs))),
      ]);
      clearTimeout(timer);
      if (timedOut) {
        this.options.logger.warn({ jobs: [...this.running.keys()] }, 'jobs still running at shutdown; their leases will let another process take them');
        for (const job of this.running.values()) job.abort.abort(new Error('shutting down'));
      }
    }
    clearInterval(this.heartbeatTimer);
    this.started = false;
  }

  private async pump(): Promise<void> {
    clearTimeout(this.pollTimer);
    try {
      do {
        this.again = false;
        await this.claimOnce();
      } while (this.again && !this.stopping);
    } catch (error) {
      this.options.logger.error({ err: error }, 'job worker could not look for jobs');
    } finally {
      // No await between the loop's last check and here, so a wake cannot slip in unseen.
      this.pumping = undefined;
      this.armPoll();
    }
  }

  private armPoll(): void {
    clearTimeout(this.pollTimer);
    if (this.stopping || !this.started) return;
    this.pollTimer = setTimeout(() => this.wake(), this.options.pollIntervalMs);
    this.pollTimer.unref();
  }

  private async claimOnce(): Promise<void> {
    const { store, clock, leaseMs } = this.options;
    const free = this.types.filter((type) => this.count(type.name) < type.concurrency);
    if (free.length === 0) return;
    const now = clock.now();
    const nowIso = now.toISOString();
    const due = await store.dueTypes(free.map((type) => type.name), nowIso);
    for (const type of free) {
      if (!due.has(type.name)) continue;
      if (this.stopping) return;
      const slots = type.concurrency - this.count(type.name);
      if (slots <= 0) continue;
      const claimed = await store.claim({
        type: type.name,
        limit: slots,
        worker: this.workerId,
        now: nowIso,
        leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
      });
      for (const job of claimed) this.launch(type, job);
      // A full batch may mean more are waiting; look again once this round is done.
      if (claimed.length === slots) this.again = true;
    }
  }

  private count(type: string): number {
    return this.perType.get(type) ?? 0;
  }

  private launch(type: JobType, job: ClaimedJob): void {
    const abort = new AbortController();
    this.perType.set(type.name, this.count(type.name) + 1);
    const done = this.execute(type, job, abort.signal).finally(() => {
      this.running.delete(job.id);
      this.perType.set(type.name, this.count(type.name) - 1);
      this.wake();
    });
    this.running.set(job.id, { id: job.id, type: type.name, done, abort });
  }

  private async execute(type: JobType, job: ClaimedJob, signal: AbortSignal): Promise<void> {
    const { store, clock, container } = this.options;
    const settle = (): Settle => ({ id: job.id, worker: this.workerId, attempt: job.attempts, now: clock.now().toISOString() });
    // A payload that does not parse (a row edited by hand) fails the attempt like a throw.
    let payload: unknown;
    let unreadable: { readonly error: unknown } | undefined;
    try {
      payload = JSON.parse(job.payload);
    } catch (error) {
      unreadable = { error };
    }
    // The logger is made when first used: a pino child (with its redaction) costs a few KB and
    // tens of µs, and most jobs log nothing.
    const parent = this.options.logger;
    let child: Logger | undefined;
    const context: JobContext = {
      id: job.id,
      type: job.type,
      payload,
      attempt: job.attempts,
      maxAttempts: job.max_attempts,
      signal,
      get logger() {
        return (child ??= parent.child({ job: job.id, type: job.type, attempt: job.attempts }));
      },
      resolve: (key) => resolveToken(container, key),
    };
    try {
      if (job.attempts > job.max_attempts) {
        // Taken again after its lease ran out on the last attempt: its process died running it.
        const reason = `the process running attempt ${job.max_attempts} stopped before it finished`;
        await this.dying(type, context, reason);
        await store.bury(settle(), reason);
        context.logger.error('job is dead: its last attempt was lost with its process');
        return;
      }
      let failure = unreadable;
      if (failure === undefined) {
        try {
          await type.definition.handle(context);
        } catch (error) {
          failure = { error };
        }
      }
      // Told to give up by a stop past its timeout: whatever the handler did after that, the
      // job is left to its lease, as stop() says, and runs again in another process.
      if (signal.aborted) return;
      if (failure === undefined) {
        if (!(await store.succeed(settle()))) context.logger.warn('job finished after its lease was lost; another worker may run it again');
      } else {
        await this.failed(type, context, job, failure.error, settle());
      }
    } catch (error) {
      // The database did not take the outcome: the lease runs out and the job runs again.
      context.logger.error({ err: error }, 'could not record the outcome of a job');
    }
  }

  /** The type's onDead, if any; what it throws is logged, and the job dies all the same. */
  private async dying(type: JobType, context: JobContext, reason: string): Promise<void> {
    if (type.definition.onDead === undefined) return;
    try {
      await type.definition.onDead(context, reason);
    } catch (error) {
      context.logger.error({ err: error }, 'onDead of a dead job failed');
    }
  }

  private async failed(type: JobType, context: JobContext, job: ClaimedJob, error: unknown, settle: Settle): Promise<void> {
    const { logger } = context;
    const message = describeError(error);
    if (job.attempts >= job.max_attempts) {
      await this.dying(type, context, message);
      await this.options.store.bury(settle, message);
      logger.error({ err: error }, `job is dead after ${job.attempts} attempts`);
      return;
    }
    const runAt = error instanceof RetryAt ? error.at : new Date(Date.parse(settle.now) + delayAfter(type.backoff, job.attempts));
    await this.options.store.retry(settle, runAt.toISOString(), message);
    logger.warn({ err: error, retry_at: runAt.toISOString() }, 'job failed; it will be retried');
  }

  private async heartbeat(): Promise<void> {
    if (this.running.size === 0) return;
    const { store, clock, leaseMs, logger } = this.options;
    try {
      await store.heartbeat(this.workerId, [...this.running.keys()], new Date(clock.now().getTime() + leaseMs).toISOString());
    } catch (error) {
      logger.warn({ err: error }, 'could not renew job leases');
    }
  }
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 2000 ? `${text.slice(0, 2000)}...` : text;
}
