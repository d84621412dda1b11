/**
 * How INFLUGENTIC_* environment variables map onto config keys.
 *
 * - The short names below are aliases for the settings people change most.
 * - Any other variable maps by its name: `INFLUGENTIC_HTTP__BODY_LIMIT` is `http.body_limit`
 *   (a double underscore separates levels; the name is lowercased).
 * - INFLUGENTIC_CONFIG names a config file; INFLUGENTIC_TEST_* belong to the test suite.
 */
export const envAliases: Readonly<Record<string, string>> = {
  INFLUGENTIC_DATABASE_URL: 'database.url',
  INFLUGENTIC_PORT: 'http.port',
  INFLUGENTIC_HOST: 'http.host',
  INFLUGENTIC_DATA_DIR: 'data_dir',
  INFLUGENTIC_PUBLIC_BASE_URL: 'public_base_url',
  INFLUGENTIC_REGION: 'region',
  INFLUGENTIC_LOG_LEVEL: 'log.level',
  INFLUGENTIC_MASTER_KEY: 'secrets.master_key',
};

const prefix = 'INFLUGENTIC_';

export interface EnvSetting {
  readonly key: string;
  readonly value: unknown;
  readonly source: string;
}

/** Reads the overrides the environment carries, in a stable order. */
export function settingsFromEnv(env: Readonly<Record<string, string | undefined>>): readonly EnvSetting[] {
  const settings: EnvSetting[] = [];
  for (const name of Object.keys(env).sort()) {
    const raw = env[name];
    if (raw === undefined || !name.startsWith(prefix)) continue;
    if (name === 'INFLUGENTIC_CONFIG' || name.startsWith('INFLUGENTIC_TEST_')) continue;
    const key = envAliases[name] ?? name.slice(prefix.length).toLowerCase().split('__').join('.');
    settings.push({ key, value: coerce(raw), source: name });
  }
  return settings;
}

/**
 * Environment values are strings; numbers, booleans and JSON lists or objects are turned
 * into their values so `INFLUGENTIC_PORT=9000` and `INFLUGENTIC_HTTP__CORS_ORIGINS=["*"]`
 * mean what they say. Anything else stays a string (a URL such as `sqlite::memory:` is
 * never parsed as YAML).
 */
export function coerce(raw: string): unknown {
  const text = raw.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text.startsWith('[') || text.startsWith('{')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return raw;
    }
  }
  return raw;
}
