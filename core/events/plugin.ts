import { provideValue, resolveToken, token } from '../container.js';
import { JOBS_RUNTIME } from '../jobs/runtime.js';
import { BACKGROUND } from '../plugin/background.js';
import { DECLARATIONS } from '../plugin/declarations.js';
import { definePlugin } from '../plugin/define.js';
import { CLOCK, EVENT_BUS, EVENT_REGISTRY, JOB_QUEUE } from '../tokens.js';
import { eventsConfig, type EventsConfig } from './config.js';
import { eventsMigrations } from './db/migrations.js';
import { OutboxStore } from './db/store.js';
import { deliveryJobs, SubscriptionIndex } from './dispatcher.js';
import { OutboxEventBus } from './event-bus.js';
import type { LiveFeed } from './live-feed.js';
import { PgLiveFeed } from './pg-live-feed.js';
import { TailLiveFeed } from './tail-live-feed.js';

const DAY_MS = 86_400_000;

/** Kernel-internal: the outbox and settings, for the purge schedule. */
const EVENTS_RUNTIME = token<{ readonly outbox: OutboxStore; readonly config: EventsConfig }>('events.runtime');

/**
 * The kernel's domain events: the `events_outbox` table, EVENT_BUS for plugins, delivery of
 * events to the plugins' subscriptions (through the job queue), and the live feed.
 */
export const eventsPlugin = definePlugin({
  name: 'events',
  version: '1.0.0',
  dependsOn: ['jobs'],
  config: eventsConfig,
  migrations: eventsMigrations,
  register({ container, db, config, logger }) {
    const { types, notifier } = resolveToken(container, JOBS_RUNTIME);
    const subscriptions = resolveToken(container, DECLARATIONS).subscriptions;
    const outbox = new OutboxStore(db);
    for (const job of deliveryJobs(subscriptions, outbox)) types.add(job);
    const live: LiveFeed = db.dialect === 'postgres' ? new PgLiveFeed(notifier, outbox, logger) : new TailLiveFeed(notifier, outbox, logger, config.live_poll_interval_ms);
    const bus = new OutboxEventBus({
      postgres: db.dialect === 'postgres',
      outbox,
      registry: resolveToken(container, EVENT_REGISTRY),
      subscriptions: new SubscriptionIndex(subscriptions),
      queue: resolveToken(container, JOB_QUEUE),
      notifier,
      live,
      clock: resolveToken(container, CLOCK),
      logger,
      resolve: (key) => resolveToken(container, key),
    });
    provideValue(container, EVENT_BUS, bus);
    provideValue(container, EVENTS_RUNTIME, { outbox, config });
    resolveToken(container, BACKGROUND).add({ name: 'events.live', start: () => live.start(), stop: () => live.stop() });
  },
  schedules: [
    {
      name: 'events.purge',
      cron: '23 * * * *',
      async run(tick) {
        const { outbox, config } = tick.resolve(EVENTS_RUNTIME);
        const deleted = await outbox.purgeBefore(new Date(tick.clock.now().getTime() - config.retention_days * DAY_MS).toISOString());
        if (deleted > 0) tick.logger.info({ deleted }, 'purged old outbox events');
      },
    },
  ],
});
