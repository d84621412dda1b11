import type { Generated } from 'kysely';
import type { JobStatus } from '../types.js';

/** The jobs plugin's tables (kysely types). */
export interface JobsTables {
  readonly jobs_jobs: JobRow;
}

export interface JobRow {
  /** Insertion order: what `ordering_key` orders by (ids sort by time, but not within a millisecond). */
  readonly seq: Generated<number>;
  readonly id: string;
  readonly type: string;
  /** JSON text. */
  readonly payload: string;
  readonly status: JobStatus;
  readonly attempts: number;
  readonly max_attempts: number;
  readonly run_at: string;
  readonly dedupe_key: string | null;
  readonly ordering_key: string | null;
  /** The worker holding the job while it runs. */
  readonly locked_by: string | null;
  /** The worker's lease: past it, another worker may take the job. */
  readonly locked_until: string | null;
  readonly last_error: string | null;
  readonly created_at: string;
  readonly updated_at: string;
  readonly started_at: string | null;
  readonly finished_at: string | null;
}
