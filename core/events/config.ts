import { z } from 'zod';

/** The `events:` section of the config. */
export const eventsConfig = z.strictObject({
  /** SQLite only: how often live listeners look for events other processes wrote. */
  live_poll_interval_ms: z.number().int().min(10).max(60_000).default(250),
  /** Outbox rows older than this are purged (deliveries are done long before). */
  retention_days: z.number().min(0).default(30),
});

export type EventsConfig = z.output<typeof eventsConfig>;
