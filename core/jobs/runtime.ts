import { token } from '../container.js';
import type { JobsConfig } from './config.js';
import type { JobStore } from './db/store.js';
import type { JobTypes } from './job-types.js';
import type { Notifier } from './notifier.js';
import type { WorkerPool } from './worker-pool.js';

/** The jobs plugin's parts, for the other kernel plugins (events) and its own schedule. */
export interface JobsRuntime {
  readonly config: JobsConfig;
  readonly store: JobStore;
  readonly types: JobTypes;
  readonly notifier: Notifier;
  readonly pool: WorkerPool;
}

/** Kernel-internal; plugins use JOB_QUEUE. */
export const JOBS_RUNTIME = token<JobsRuntime>('jobs.runtime');
