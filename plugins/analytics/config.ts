import { z } from 'zod';

const threshold = z.number().int().min(1);

/** The `analytics:` config section; defaults live here, not in config/default.yaml. */
export const analyticsConfig = z.strictObject({
  /** Days raw events are kept (and accepted: an older `occurred_at` is rejected); hourly rollups are kept for good. */
  retention_days: z.number().int().min(1).default(90),
  /** How far ahead of the server clock an event's `occurred_at` may be. */
  max_future_ms: z.number().int().min(0).default(300_000),
  /** Thresholds that emit `analytics.milestone_reached` once per campaign each. */
  milestones: z
    .strictObject({
      impressions: z.array(threshold).default([1000, 10_000, 100_000, 1_000_000]),
      leads: z.array(threshold).default([10, 100, 1000]),
      conversions: z.array(threshold).default([1]),
    })
    .prefault({}),
});

export type AnalyticsConfig = z.output<typeof analyticsConfig>;
