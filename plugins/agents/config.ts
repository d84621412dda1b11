import { z } from 'zod';

/** The `agents:` config section. */
export const agentsConfig = z.strictObject({
  /** Largest asset accepted by PUT /v1/agents/{id}/assets/{name}, in bytes (the route's parser stops at 5 MB). */
  asset_max_bytes: z.number().int().min(1).max(5 * 1024 * 1024).default(5 * 1024 * 1024),
  /** Where assets are stored on disk; empty: `{data_dir}/assets`. */
  assets_dir: z.string().default(''),
  /** `max-age` of assets served from /cdn, in seconds. */
  asset_cache_seconds: z.number().int().min(0).default(3600),
});

export type AgentsConfig = z.output<typeof agentsConfig>;
