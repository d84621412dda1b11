import { provideValue, resolveToken, token } from '../container.js';
import { BACKGROUND } from '../plugin/background.js';
import { DECLARATIONS } from '../plugin/declarations.js';
import { definePlugin } from '../plugin/define.js';
import { CLOCK } from '../tokens.js';
import { schedulerConfig, type SchedulerConfig } from './config.js';
import { schedulerMigrations } from './db/migrations.js';
import { LeaseStore } from './db/store.js';
import { Scheduler } from './scheduler.js';

const DAY_MS = 86_400_000;

/** Kernel-internal: the lease store and settings, for the purge schedule and tests. */
export const SCHEDULER_RUNTIME = token<{ readonly store: LeaseStore; readonly scheduler: Scheduler; readonly config: SchedulerConfig }>('scheduler.runtime');

/** The kernel's scheduler: the plugins' schedules, each tick once across processes. */
export const schedulerPlugin = definePlugin({
  name: 'scheduler',
  version: '1.0.0',
  config: schedulerConfig,
  migrations: schedulerMigrations,
  register({ container, db, core, config, logger }) {
    const store = new LeaseStore(db);
    const scheduler = new Scheduler({
      schedules: resolveToken(container, DECLARATIONS).schedules,
      store,
      clock: resolveToken(container, CLOCK),
      logger,
      container,
      leaseMs: config.lease_ms,
    });
    provideValue(container, SCHEDULER_RUNTIME, { store, scheduler, config });
    if (!config.enabled) return;
    resolveToken(container, BACKGROUND).add({
      name: 'scheduler',
      start: () => scheduler.start(),
      stop: () => scheduler.stop(core.http.shutdown_timeout_ms),
    });
  },
  schedules: [
    {
      name: 'scheduler.purge',
      cron: '29 * * * *',
      async run(tick) {
        const { store, config } = tick.resolve(SCHEDULER_RUNTIME);
        await store.purgeBefore(new Date(tick.clock.now().getTime() - config.retention_days * DAY_MS).toISOString());
      },
    },
  ],
});
