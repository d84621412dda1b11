import { z } from 'zod';

const HOUR_MS = 3_600_000;

/** The `webhooks:` section of the config. */
export const webhooksConfig = z.strictObject({
  /**
   * Lifts the SSRF guard: loopback, private, link-local and metadata targets are allowed.
   * For one-box setups whose receivers live on the same machine, and for tests.
   */
  allow_private_targets: z.boolean().default(false),
  /** A delivery attempt without a full response in this time has failed (`timeout`). */
  timeout_ms: z.number().int().min(100).max(120_000).default(10_000),
  /**
   * The wait before each retry (ms), after the 1st, 2nd, ... failed attempt; its length is
   * the number of retries. Each wait is moved by up to `retry_jitter` either way.
   */
  retry_schedule_ms: z
    .array(z.number().int().min(0).max(7 * 24 * HOUR_MS))
    .max(50)
    .default([5_000, 300_000, 1_800_000, 2 * HOUR_MS, 5 * HOUR_MS, 10 * HOUR_MS, 10 * HOUR_MS]),
  retry_jitter: z.number().min(0).max(0.5).default(0.2),
  /** Days a finished delivery (succeeded or failed) and its attempt log are kept after its last change. */
  retention_days: z.number().int().min(1).max(3650).default(30),
});

export type WebhooksConfig = z.output<typeof webhooksConfig>;
