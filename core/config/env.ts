/**
 * How INFLUGENTIC_* environment variables map onto config keys.
 *
 * - The short names below are aliases for the settings people change most; OLLAMA_HOST,
 *   OPENAI_BASE_URL and OPENAI_API_KEY are read under the names those tools use.
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
  INFLUGENTIC_LLM_PROVIDER: 'llm.provider',
  // The names the ollama and openai tools already use, so an existing setup works as it is.
  OLLAMA_HOST: 'llm.ollama.host',
  OPENAI_BASE_URL: 'llm.openai.base_url',
  OPENAI_API_KEY: 'llm.openai.api_key',
};

const prefix = 'INFLUGENTIC_';

export interface EnvSetting {
  readonly key: string;
  readonly value: unknown;
  readonly source: string;
}

/**
 * Reads the overrides the environment carries, in a stable order. The other tools' names
 * (OLLAMA_HOST, ...) come first so an INFLUGENTIC_* variable for the same key wins, and
 * their values stay strings (an API key of digits is still a key).
 */
export function settingsFromEnv(env: Readonly<Record<string, string | undefined>>): readonly EnvSetting[] {
  const settings: EnvSetting[] = [];
  const names = Object.keys(env).sort();
  for (const name of names) {
    const raw = env[name];
    // Empty means unset for these, as it does for the tools that own the names.
    if (!raw || name.startsWith(prefix) || !Object.hasOwn(envAliases, name)) continue;
    settings.push({ key: envAliases[name] as string, value: raw, source: name });
  }
  for (const name of names) {
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
