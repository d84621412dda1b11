import type { Clock } from '../clock.js';
import { newId } from '../ids.js';
import { dedupeIndex, type JobStore, type NewJob } from './db/store.js';
import type { JobTypes } from './job-types.js';
import type { Notifier } from './notifier.js';
import type { EnqueueOptions, EnqueueRequest, EnqueueResult, Executor, JobQueue, JobRecord } from './types.js';

/** The JobQueue plugins get through JOB_QUEUE: rows in `jobs_jobs`, a wake-up on commit. */
export class DatabaseJobQueue implements JobQueue {
  constructor(
    private readonly store: JobStore,
    private readonly types: JobTypes,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  async enqueue(db: Executor, type: string, payload: unknown, options: EnqueueOptions = {}): Promise<EnqueueResult> {
    const [result] = await this.enqueueMany(db, [{ type, payload, options }]);
    return result as EnqueueResult;
  }

  async enqueueMany(db: Executor, jobs: readonly EnqueueRequest[]): Promise<readonly EnqueueResult[]> {
    if (jobs.length === 0) return [];
    const now = this.clock.now();
    const rows = jobs.map((job) => this.row(job, now));
    const inserted = await this.store.insert(db, rows);
    const skipped = rows.filter((row) => !inserted.has(row.id) && row.dedupe_key !== null);
    // Seen from the caller's transaction: on Postgres the insert above has waited for any
    // concurrent transaction holding the same key, so its job is committed and visible here.
    const existing = await this.store.idsByDedupe(
      db,
      skipped.map((row) => ({ type: row.type, dedupeKey: row.dedupe_key as string })),
    );
    if (inserted.size > 0) await this.notifier.notify(db, 'jobs');
    return rows.map((row) => {
      if (inserted.has(row.id)) return { id: row.id, created: true };
      const id = existing.get(dedupeIndex(row.type, row.dedupe_key ?? ''));
      // Only a row that was inserted and deleted between the two statements lands here.
      if (id === undefined) throw new Error(`job ${row.type} with dedupe key "${row.dedupe_key}" conflicted but could not be read back`);
      return { id, created: false };
    });
  }

  get(id: string): Promise<JobRecord | undefined> {
    return this.store.get(id);
  }

  private row({ type, payload, options = {} }: EnqueueRequest, now: Date): NewJob {
    const known = this.types.require(type);
    const maxAttempts = options.maxAttempts ?? known.maxAttempts;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error(`job ${type}: maxAttempts must be a whole number of at least 1`);
    const text = JSON.stringify(payload);
    if (text === undefined) throw new Error(`job ${type}: the payload must be JSON (got ${typeof payload})`);
    const at = now.toISOString();
    return {
      id: newId('job', now.getTime()),
      type,
      payload: text,
      status: 'queued',
      attempts: 0,
      max_attempts: maxAttempts,
      run_at: (options.runAt ?? now).toISOString(),
      dedupe_key: options.dedupeKey ?? null,
      ordering_key: options.orderingKey ?? null,
      locked_by: null,
      locked_until: null,
      last_error: null,
      created_at: at,
      updated_at: at,
      started_at: null,
      finished_at: null,
    };
  }
}
