import { CompiledQuery, sql, type Kysely, type QueryResult, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../../db/index.js';
import { dialectOf } from '../../db/dialect-of.js';
import { Precompiled, type ValueNames } from '../../db/precompiled.js';
import type { Executor, JobRecord } from '../types.js';
import type { JobRow, JobsTables } from './schema.js';

/** A new job row, as the queue builds it. */
export type NewJob = Omit<JobRow, 'seq'>;

/** A job a worker has just taken: the row after the claim. */
export type ClaimedJob = Pick<JobRow, 'id' | 'type' | 'payload' | 'attempts' | 'max_attempts' | 'created_at'> & { readonly seq: number };

export interface ClaimRequest {
  readonly type: string;
  readonly limit: number;
  readonly worker: string;
  /** ISO: jobs due up to now, and jobs whose lease ended before now. */
  readonly now: string;
  readonly leaseUntil: string;
}

/** Settles a claimed job: only while this worker still holds that attempt's lease. */
export interface Settle {
  readonly id: string;
  readonly worker: string;
  readonly attempt: number;
  readonly now: string;
}

const ACTIVE = ['queued', 'running'] as const;

/** Rows per INSERT (and keys per lookup): well under both backends' bound-parameter limits. */
const ROWS_PER_STATEMENT = 500;

// The statements of every job's life (one enqueued by an emit, claimed, settled), built once
// (see Precompiled); the rarer ones (several rows at once, lookups, purges) are built per call.
const insertOne = new Precompiled<NewJob, { id: string }>(
  {
    id: true,
    type: true,
    payload: true,
    status: true,
    attempts: true,
    max_attempts: true,
    run_at: true,
    dedupe_key: true,
    ordering_key: true,
    locked_by: true,
    locked_until: true,
    last_error: true,
    created_at: true,
    updated_at: true,
    started_at: true,
    finished_at: true,
  },
  (db, row) => db.insertInto('jobs_jobs').values(row).onConflict((conflict) => conflict.columns(['type', 'dedupe_key']).doNothing()).returning('id'),
);

type ClaimValues = Omit<ClaimRequest, 'limit'>;

/**
 * The claim for batches of `limit` jobs, with the limit written into the SQL rather than
 * bound: SQLite runs the claim about three times slower with a bound LIMIT (of one due job
 * among thousands of finished ones: about 220 µs bound, 75 µs written in, better-sqlite3 on
 * the 2-core bench machine), and a worker claims on every generation's event. A worker's
 * limit is a type's free slots, at most its concurrency, so there are few of these.
 */
function claimStatement(limit: number): Precompiled<ClaimValues, ClaimedJob> {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new Error(`a claim's limit must be a positive integer (got ${limit})`);
  let statement = claimStatements.get(limit);
  if (statement === undefined) {
    statement = buildClaim(limit);
    claimStatements.set(limit, statement);
  }
  return statement;
}

const claimStatements = new Map<number, Precompiled<ClaimValues, ClaimedJob>>();

/** The claim statement for one limit (built once per limit, by claimStatement). */
const buildClaim = (limit: number) => new Precompiled<ClaimValues, ClaimedJob>({ type: true, worker: true, now: true, leaseUntil: true }, (db, { type, worker, now, leaseUntil }) => {
  let candidates = db
    .selectFrom('jobs_jobs as j')
    .select('j.seq')
    .where('j.type', '=', type)
    .where((eb) =>
      eb.or([
        eb.and([eb('j.status', '=', 'queued'), eb('j.run_at', '<=', now)]),
        eb.and([eb('j.status', '=', 'running'), eb('j.locked_until', '<', now)]),
      ]),
    )
    .where((eb) =>
      eb.or([
        eb('j.ordering_key', 'is', null),
        eb.not(
          eb.exists(
            eb
              .selectFrom('jobs_jobs as earlier')
              .select(sql.lit(1).as('one'))
              .whereRef('earlier.type', '=', 'j.type')
              .whereRef('earlier.ordering_key', '=', 'j.ordering_key')
              .whereRef('earlier.seq', '<', 'j.seq')
              .where('earlier.status', 'in', [...ACTIVE]),
          ),
        ),
      ]),
    )
    .orderBy('j.run_at')
    .orderBy('j.seq')
    .limit(sql.lit(limit));
  if (dialectOf(db) === 'postgres') candidates = candidates.forUpdate().skipLocked();
  return db
    .updateTable('jobs_jobs')
    .set({
      status: 'running',
      attempts: sql<number>`attempts + 1`,
      locked_by: worker,
      locked_until: leaseUntil,
      started_at: now,
      updated_at: now,
    })
    .where('seq', 'in', candidates)
    .returning(['seq', 'id', 'type', 'payload', 'attempts', 'max_attempts', 'created_at']);
});

/**
 * Settles a claimed job with `outcome`, only while this worker still holds that attempt's
 * lease; the lease is released. One statement per outcome (succeeded, queued for a retry,
 * dead), each built once.
 */
function settleStatement<Outcome extends object>(outcome: ValueNames<Outcome>, set: (values: Settle & Outcome) => Updateable<JobRow>): Precompiled<Settle & Outcome> {
  const names = { id: true, worker: true, attempt: true, now: true, ...outcome } as ValueNames<Settle & Outcome>;
  return new Precompiled<Settle & Outcome>(names, (db, values) =>
    (db as Kysely<JobsTables>)
      .updateTable('jobs_jobs')
      .set({ ...set(values), updated_at: values.now, locked_by: null, locked_until: null })
      .where('id', '=', values.id)
      .where('locked_by', '=', values.worker)
      .where('attempts', '=', values.attempt)
      .where('status', '=', 'running'),
  );
}

const succeedJob = settleStatement({}, ({ now }) => ({ status: 'succeeded', finished_at: now, last_error: null }));
const retryJob = settleStatement<{ readonly runAt: string; readonly error: string }>({ runAt: true, error: true }, ({ runAt, error }) => ({ status: 'queued', run_at: runAt, last_error: error }));
const buryJob = settleStatement<{ readonly error: string }>({ error: true }, ({ now, error }) => ({ status: 'dead', finished_at: now, last_error: error }));

/** Stands for the time in a cached probe statement; replaced by each call's time. */
const NOW = '\u0000influgentic-jobs-now';
/** Probe statements kept per JobStore (the least recently used dropped first). */
const DUE_STATEMENTS = 64;

/** SQL for `jobs_jobs`; nothing else touches the table. */
export class JobStore {
  private readonly db: Kysely<JobsTables>;
  private readonly dueStatements = new Map<string, CompiledQuery>();

  constructor(database: Database) {
    this.db = database.tables<JobsTables>();
  }

  /**
   * Inserts jobs in the caller's transaction (or in one of its own). A job whose (type, dedupe
   * key) exists is skipped rather than failing the transaction; the ids actually inserted come
   * back. Any number of jobs: they go in statements of ROWS_PER_STATEMENT, under SQLite's
   * bound-parameter limit (32,766; a job row has 16 columns, so about 2,000 rows at most).
   */
  async insert(executor: Executor, rows: readonly NewJob[]): Promise<ReadonlySet<string>> {
    if (rows.length === 0) return new Set();
    if (rows.length > ROWS_PER_STATEMENT && !executor.isTransaction) {
      return (executor as unknown as Kysely<JobsTables>).transaction().execute((trx) => this.insert(trx, rows));
    }
    if (rows.length === 1) {
      const { rows: inserted } = await insertOne.execute(executor, rows[0] as NewJob);
      return new Set(inserted.map((row) => row.id));
    }
    const db = executor as unknown as Kysely<JobsTables>;
    const ids = new Set<string>();
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      const inserted = await db
        .insertInto('jobs_jobs')
        .values(rows.slice(i, i + ROWS_PER_STATEMENT))
        .onConflict((conflict) => conflict.columns(['type', 'dedupe_key']).doNothing())
        .returning('id')
        .execute();
      for (const row of inserted) ids.add(row.id);
    }
    return ids;
  }

  /** Ids of existing jobs by (type, dedupe key), seen from the caller's transaction. */
  async idsByDedupe(executor: Executor, keys: readonly { readonly type: string; readonly dedupeKey: string }[]): Promise<ReadonlyMap<string, string>> {
    const db = executor as unknown as Kysely<JobsTables>;
    const found = new Map<string, string>();
    for (let i = 0; i < keys.length; i += ROWS_PER_STATEMENT) {
      const rows = await db
        .selectFrom('jobs_jobs')
        .select(['id', 'type', 'dedupe_key'])
        .where((eb) => eb.or(keys.slice(i, i + ROWS_PER_STATEMENT).map((key) => eb.and([eb('type', '=', key.type), eb('dedupe_key', '=', key.dedupeKey)]))))
        .execute();
      for (const row of rows) found.set(dedupeIndex(row.type, row.dedupe_key ?? ''), row.id);
    }
    return found;
  }

  /**
   * Which of these types have a job that could be claimed now: one statement of one indexed
   * probe per type (an EXISTS on `jobs_jobs_due` / `jobs_jobs_leases`), so an idle worker's
   * poll costs little and takes no write lock, and a busy one claims only where there is work
   * (not one UPDATE per registered type).
   */
  async dueTypes(types: readonly string[], now: string): Promise<ReadonlySet<string>> {
    const due = new Set<string>();
    // SQLite allows 500 terms in a compound SELECT: 200 types (two terms each) a statement.
    for (let i = 0; i < types.length; i += 200) {
      const statement = this.dueStatement(types.slice(i, i + 200));
      const parameters = statement.parameters.map((value) => (value === NOW ? now : value));
      const { rows } = await this.db.executeQuery<{ type: string }>(CompiledQuery.raw(statement.sql, parameters));
      for (const row of rows) due.add(row.type);
    }
    return due;
  }

  /**
   * The probe statement for these types, compiled once per list (a worker asks on every wake,
   * and the lists it asks about are few: its types, less those with no free slot).
   */
  private dueStatement(types: readonly string[]): CompiledQuery {
    const key = types.join('\u0000');
    let statement = this.dueStatements.get(key);
    if (statement !== undefined) {
      // Re-inserted: the first key is then the least recently used, and goes first.
      this.dueStatements.delete(key);
      this.dueStatements.set(key, statement);
    } else {
      const probes = types.map(
        (type) => sql`select cast(${type} as text) as type where exists (
          select 1 from jobs_jobs where type = ${type} and status = 'queued' and run_at <= ${NOW}
          union all
          select 1 from jobs_jobs where type = ${type} and status = 'running' and locked_until < ${NOW})`,
      );
      statement = sql`${sql.join(probes, sql` union all `)}`.compile(this.db);
      if (this.dueStatements.size >= DUE_STATEMENTS) this.dueStatements.delete(this.dueStatements.keys().next().value as string);
      this.dueStatements.set(key, statement);
    }
    return statement;
  }

  /**
   * Takes up to `limit` runnable jobs of one type: due queued jobs and running jobs whose
   * lease has ended (their process died), oldest first, skipping any job whose ordering key
   * has an earlier job still pending. One statement, so it is atomic on SQLite (a single
   * writer); on Postgres `FOR UPDATE SKIP LOCKED` lets concurrent workers take different jobs.
   */
  async claim(request: ClaimRequest): Promise<readonly ClaimedJob[]> {
    const { limit, ...values } = request;
    const { rows } = await claimStatement(limit).execute(this.db, values);
    return rows.sort((a, b) => a.seq - b.seq);
  }

  /** Extends the leases this worker holds; returns how many it still holds. */
  async heartbeat(worker: string, ids: readonly string[], leaseUntil: string): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.db
      .updateTable('jobs_jobs')
      .set({ locked_until: leaseUntil })
      .where('locked_by', '=', worker)
      .where('status', '=', 'running')
      .where('id', 'in', [...ids])
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Marks the attempt done; false when the lease was lost (another worker took the job). */
  async succeed(settle: Settle): Promise<boolean> {
    return settled(await succeedJob.execute(this.db, settle));
  }

  /** Puts the job back in the queue for another attempt at `runAt`. */
  async retry(settle: Settle, runAt: string, error: string): Promise<boolean> {
    return settled(await retryJob.execute(this.db, { ...settle, runAt, error }));
  }

  /** Gives up on the job. */
  async bury(settle: Settle, error: string): Promise<boolean> {
    return settled(await buryJob.execute(this.db, { ...settle, error }));
  }

  async get(id: string): Promise<JobRecord | undefined> {
    const row = await this.db.selectFrom('jobs_jobs').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toRecord(row);
  }

  /** Deletes finished (succeeded or dead) jobs that finished before `cutoff`; returns how many. */
  async purgeFinished(cutoff: string): Promise<number> {
    const result = await this.db.deleteFrom('jobs_jobs').where('status', 'in', ['succeeded', 'dead']).where('finished_at', '<', cutoff).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

/** Whether a settle statement found the lease still held (it changed the one row). */
function settled(result: QueryResult<unknown>): boolean {
  return Number(result.numAffectedRows) === 1;
}

export function dedupeIndex(type: string, dedupeKey: string): string {
  return `${type}\u0000${dedupeKey}`;
}

function toRecord(row: Selectable<JobRow>): JobRecord {
  return {
    id: row.id,
    type: row.type,
    payload: JSON.parse(row.payload) as unknown,
    status: row.status,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    runAt: row.run_at,
    dedupeKey: row.dedupe_key,
    orderingKey: row.ordering_key,
    lastError: row.last_error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}
