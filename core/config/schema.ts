import { z } from 'zod';

/** A size such as `1mb`, `512kb` or a number of bytes. */
const byteSize = z.union([
  z.number().int().positive(),
  z.string().regex(/^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i, 'expected a number of bytes or a size like 1mb'),
]);

/** Requests per rolling 60-second window, per key, for each endpoint class. */
const planLimits = z.strictObject({
  read: z.number().int().min(0),
  write: z.number().int().min(0),
  generate: z.number().int().min(0),
  events: z.number().int().min(0),
});

/** An LLM provider's id (`builtin`, `ollama`, `openai`, or one a plugin registers). */
const providerId = z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/, 'expected a provider id such as builtin, ollama or openai');

/** OLLAMA_HOST is often written without a scheme (`127.0.0.1:11434`), as the ollama CLI accepts. */
function isHostOrUrl(value: string): boolean {
  const text = value.trim();
  if (text === '') return false;
  try {
    const url = new URL(text.includes('://') ? text : `http://${text.startsWith(':') ? `127.0.0.1${text}` : text}`);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const httpUrlOrEmpty = z.union([
  z.literal(''),
  z.url({ protocol: /^https?$/, error: 'expected an http(s) URL without a trailing path, e.g. https://api.example.com' }),
]);

/**
 * The kernel's own configuration. Plugin sections (`campaigns: ...`) are validated by the
 * plugin host against each plugin's declared schema, so they pass through here untouched.
 */
export const coreConfigSchema = z.object({
  region: z.string().regex(/^[a-z0-9-]{1,32}$/, 'expected 1-32 lowercase letters, digits or dashes'),
  public_base_url: httpUrlOrEmpty,
  data_dir: z.string().min(1),
  http: z.strictObject({
    host: z.string().min(1),
    port: z.number().int().min(0).max(65535),
    body_limit: byteSize,
    cors_origins: z.array(z.string().min(1)),
    shutdown_timeout_ms: z.number().int().min(0).max(600_000),
    validate_responses: z.boolean(),
  }),
  database: z.strictObject({
    url: z.string(),
    pool_size: z.number().int().min(1).max(200),
  }),
  log: z.strictObject({
    level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    requests: z.boolean(),
  }),
  plugins: z.strictObject({
    external: z.array(z.string().min(1)),
  }),
  auth: z.strictObject({
    key_cache_ttl_ms: z.number().int().min(0).max(300_000),
  }),
  ratelimit: z.strictObject({
    store: z.enum(['memory', 'database']),
    plans: z.strictObject({
      starter: planLimits,
      growth: planLimits,
      enterprise: planLimits,
    }),
  }),
  secrets: z.strictObject({
    master_key: z.union([z.literal(''), z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'expected 32 bytes in base64 (44 characters)')]),
  }),
  llm: z.strictObject({
    provider: providerId,
    model: z.string(),
    sandbox_provider: providerId,
    timeout_ms: z.number().int().min(100).max(3_600_000),
    ollama: z.strictObject({
      host: z.string().refine(isHostOrUrl, 'expected an address like http://127.0.0.1:11434 or 127.0.0.1:11434'),
    }),
    openai: z.strictObject({
      base_url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://api.openai.com/v1' }),
      api_key: z.string(),
      max_retries: z.number().int().min(0).max(10),
    }),
  }),
});

export type CoreConfigInput = z.input<typeof coreConfigSchema>;

/** The resolved configuration: defaults applied, derived values filled in. */
export interface CoreConfig {
  readonly region: string;
  readonly public_base_url: string;
  readonly data_dir: string;
  readonly http: {
    readonly host: string;
    readonly port: number;
    readonly body_limit: number | string;
    readonly cors_origins: readonly string[];
    readonly shutdown_timeout_ms: number;
    readonly validate_responses: boolean;
  };
  readonly database: { readonly url: string; readonly pool_size: number };
  readonly log: { readonly level: string; readonly requests: boolean };
  readonly plugins: { readonly external: readonly string[] };
  readonly auth: { readonly key_cache_ttl_ms: number };
  readonly ratelimit: { readonly store: 'memory' | 'database'; readonly plans: Readonly<Record<'starter' | 'growth' | 'enterprise', PlanLimits>> };
  readonly secrets: { readonly master_key: string };
  readonly llm: LlmConfig;
}

/** `llm.*`: which provider writes for live keys and for test keys, and how to reach them. */
export interface LlmConfig {
  readonly provider: string;
  /** Empty: the provider's own default (`llama3.2` for ollama, `gpt-4o-mini` for openai). */
  readonly model: string;
  readonly sandbox_provider: string;
  readonly timeout_ms: number;
  readonly ollama: { readonly host: string };
  /** `api_key` is a secret: never logged, never printed. */
  readonly openai: { readonly base_url: string; readonly api_key: string; readonly max_retries: number };
}

export interface PlanLimits {
  readonly read: number;
  readonly write: number;
  readonly generate: number;
  readonly events: number;
}

/** Keys the kernel owns at the top level; any other top-level key must name a plugin. */
export const coreKeys: readonly string[] = Object.keys(coreConfigSchema.shape);
