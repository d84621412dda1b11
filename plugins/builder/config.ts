import { z } from 'zod';

/** The `builder:` config section. */
export const builderConfig = z.strictObject({
  /** Price of one campaign with a custom agent (the registry's `pricing.base_rate_usd`). */
  base_rate_usd: z.number().min(0).default(0),
  /** Typical training time with the offline builtin generator, for `estimated_ready_at`. */
  builtin_ready_seconds: z.number().int().min(1).default(10),
  /** Typical training time with a real model (the reference says 2 to 5 minutes). */
  model_ready_seconds: z.number().int().min(1).default(300),
  /** Times the compile step asks the provider again when its JSON is malformed. */
  compile_retries: z.number().int().min(0).max(5).default(2),
  /** A pause after each pipeline step; only tests set it (to kill a process mid-training). */
  step_delay_ms: z.number().int().min(0).default(0),
});

export type BuilderConfig = z.output<typeof builderConfig>;
