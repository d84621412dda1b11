import { provideValue, resolveToken } from '../container.js';
import { BACKGROUND } from '../plugin/background.js';
import { DECLARATIONS } from '../plugin/declarations.js';
import { definePlugin } from '../plugin/define.js';
import { CLOCK, JOB_QUEUE } from '../tokens.js';
import { jobsConfig } from './config.js';
import { jobsMigrations } from './db/migrations.js';
import { JobStore } from './db/store.js';
import { DatabaseJobQueue } from './job-queue.js';
import { JobTypes } from './job-types.js';
import { MemoryNotifier } from './memory-notifier.js';
import type { Notifier } from './notifier.js';
import { PgNotifier } from './pg-notifier.js';
import { JOBS_RUNTIME } from './runtime.js';
import { WorkerPool } from './worker-pool.js';

const DAY_MS = 86_400_000;

/**
 * The kernel's durable job queue: the `jobs_jobs` table, JOB_QUEUE for plugins, and this
 * process's workers (started after every plugin has started).
 */
export const jobsPlugin = definePlugin({
  name: 'jobs',
  version: '1.0.0',
  config: jobsConfig,
  migrations: jobsMigrations,
  register({ container, db, core, config, logger }) {
    const clock = resolveToken(container, CLOCK);
    const notifier: Notifier = db.dialect === 'postgres' ? new PgNotifier(db, core.database.url, logger) : new MemoryNotifier(logger);
    const types = new JobTypes({
      concurrency: config.concurrency,
      maxAttempts: config.max_attempts,
      backoffBaseMs: config.backoff_base_ms,
      backoffMaxMs: config.backoff_max_ms,
    });
    for (const job of resolveToken(container, DECLARATIONS).jobs) types.add(job);
    const store = new JobStore(db);
    const pool = new WorkerPool({ store, types, notifier, clock, logger, container, pollIntervalMs: config.poll_interval_ms, leaseMs: config.lease_ms });
    provideValue(container, JOB_QUEUE, new DatabaseJobQueue(store, types, notifier, clock));
    provideValue(container, JOBS_RUNTIME, { config, store, types, notifier, pool });
    resolveToken(container, BACKGROUND).add({
      name: 'jobs',
      async start() {
        await notifier.start();
        if (config.workers) pool.start();
      },
      async stop() {
        await pool.stop(core.http.shutdown_timeout_ms);
        await notifier.stop();
      },
    });
  },
  schedules: [
    {
      name: 'jobs.purge',
      cron: '17 * * * *',
      async run(tick) {
        const { store, config } = tick.resolve(JOBS_RUNTIME);
        const deleted = await store.purgeFinished(new Date(tick.clock.now().getTime() - config.retention_days * DAY_MS).toISOString());
        if (deleted > 0) tick.logger.info({ deleted }, 'purged finished jobs');
      },
    },
  ],
});
