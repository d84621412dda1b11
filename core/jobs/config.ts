import { z } from 'zod';

/** The `jobs:` section of the config. */
export const jobsConfig = z.strictObject({
  /** Whether this process runs jobs; false for a process that only serves the API. */
  workers: z.boolean().default(true),
  poll_interval_ms: z.number().int().min(10).max(60_000).default(100),
  lease_ms: z.number().int().min(100).max(3_600_000).default(30_000),
  concurrency: z.number().int().min(1).max(1000).default(4),
  max_attempts: z.number().int().min(1).max(1000).default(8),
  backoff_base_ms: z.number().int().min(0).default(1000),
  backoff_max_ms: z.number().int().min(0).default(3_600_000),
  retention_days: z.number().min(0).default(7),
});

export type JobsConfig = z.output<typeof jobsConfig>;
