import { z } from 'zod';

const providerId = z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/, 'expected a provider id such as builtin, ollama or openai');

/** The `campaigns:` config section (defaults live here, not in config/default.yaml). */
export const campaignsConfig = z.strictObject({
  /**
   * What 1,000 tokens (prompt plus completion) of a campaign generation cost, in USD, per
   * provider id; a provider not listed costs 0 (builtin and ollama run on your own machine).
   */
  token_cost_per_1k_usd: z.record(providerId, z.number().min(0).max(1000)).default({ builtin: 0, ollama: 0 }),
  /** Interval of the `: ping` comment on campaign SSE streams (as `content.sse_ping_ms` for direct ones). */
  sse_ping_ms: z.number().int().min(10).default(15_000),
});

export type CampaignsConfig = z.output<typeof campaignsConfig>;
