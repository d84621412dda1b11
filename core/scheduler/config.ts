import { z } from 'zod';

/** The `scheduler:` section of the config. */
export const schedulerConfig = z.strictObject({
  /** Whether this process takes part in running schedules. */
  enabled: z.boolean().default(true),
  /** How long a process holds a tick before another may take it over. */
  lease_ms: z.number().int().min(1000).max(86_400_000).default(60_000),
  /** Lease rows are kept this long (a record of which process ran which tick). */
  retention_days: z.number().min(0).default(7),
});

export type SchedulerConfig = z.output<typeof schedulerConfig>;
