import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { coreConfigSchema, coreKeys, type CoreConfig } from './schema.js';
import { ConfigError, type ConfigIssue } from './errors.js';
import { settingsFromEnv } from './env.js';
import { parseDatabaseUrl } from '../db/database-url.js';

export type ConfigTree = { [key: string]: unknown };

export interface LoadConfigOptions {
  /** The environment to read; defaults to process.env (the only place it is read). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Settings that win over files and env, as a nested object (tests, the CLI's flags). */
  readonly overrides?: ConfigTree;
}

/** The merged configuration: the kernel's validated part and the raw tree for plugin sections. */
export interface LoadedConfig {
  readonly core: CoreConfig;
  readonly tree: ConfigTree;
  /** Where each env-set key came from, so plugin section errors can name the variable. */
  readonly sources: ReadonlyMap<string, string>;
  /** The files read, in order. */
  readonly files: readonly string[];
}

const defaultFile = fileURLToPath(new URL('../../config/default.yaml', import.meta.url));

/**
 * Loads config/default.yaml, then the file in INFLUGENTIC_CONFIG, then INFLUGENTIC_* env
 * vars, then `overrides`; validates the kernel's keys and fills in derived values.
 * Throws ConfigError naming every bad key.
 */
export function loadConfig(options: LoadConfigOptions = {}): LoadedConfig {
  const env = options.env ?? process.env;
  const files = [defaultFile];
  let tree = readYamlFile(defaultFile);
  const extra = env.INFLUGENTIC_CONFIG;
  if (extra) {
    const path = resolve(extra);
    if (!existsSync(path)) {
      throw new ConfigError([{ key: 'INFLUGENTIC_CONFIG', message: `no config file at ${path}` }]);
    }
    tree = mergeTrees(tree, readYamlFile(path));
    files.push(path);
  }
  const sources = new Map<string, string>();
  for (const setting of settingsFromEnv(env)) {
    tree = mergeTrees(tree, nest(setting.key, setting.value));
    sources.set(setting.key, setting.source);
  }
  if (options.overrides) tree = mergeTrees(tree, options.overrides);

  const core = validateSection(coreConfigSchema, pick(tree, coreKeys), '', sources);
  return { core: derive(core, sources), tree, sources, files };
}

/**
 * Validates one section of the tree against a schema and returns the parsed value
 * (defaults applied). `prefix` names the section in messages (`campaigns`).
 */
export function validateSection<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix: string,
  sources: ReadonlyMap<string, string> = new Map(),
): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issues: ConfigIssue[] = [];
  for (const issue of result.error.issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const full = [...path, key].join('.');
        issues.push({ key: full, message: 'unknown setting', source: sources.get(full) });
      }
      continue;
    }
    const key = path.join('.') || prefix || '(root)';
    issues.push({ key, message: issue.message, source: sources.get(key) });
  }
  throw new ConfigError(issues);
}

/** Top-level keys that are neither the kernel's nor a loaded plugin's. */
export function unknownTopLevelKeys(tree: ConfigTree, pluginNames: readonly string[], sources: ReadonlyMap<string, string>): ConfigIssue[] {
  const known = new Set([...coreKeys, ...pluginNames]);
  return Object.keys(tree)
    .filter((key) => !known.has(key))
    .map((key) => ({
      key,
      message: 'unknown setting: not a kernel key nor the name of a loaded plugin',
      source: [...sources.entries()].find(([path]) => path === key || path.startsWith(`${key}.`))?.[1],
    }));
}

function derive(core: z.output<typeof coreConfigSchema>, sources: ReadonlyMap<string, string>): CoreConfig {
  const dataDir = resolve(core.data_dir);
  const publicBaseUrl = (core.public_base_url || `http://${hostForUrl(core.http.host)}:${core.http.port}`).replace(/\/+$/, '');
  const databaseUrl = core.database.url || `sqlite:${resolve(dataDir, 'influgentic.db')}`;
  try {
    parseDatabaseUrl(databaseUrl);
  } catch (error) {
    throw new ConfigError([{ key: 'database.url', message: (error as Error).message, source: sources.get('database.url') }]);
  }
  return { ...core, data_dir: dataDir, public_base_url: publicBaseUrl, database: { ...core.database, url: databaseUrl } };
}

function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

function readYamlFile(path: string): ConfigTree {
  let parsed: unknown;
  try {
    parsed = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError([{ key: path, message: `not valid YAML: ${(error as Error).message}` }]);
  }
  if (parsed === null || parsed === undefined) return {};
  if (!isTree(parsed)) throw new ConfigError([{ key: path, message: 'expected a mapping of settings at the top level' }]);
  return parsed;
}

function pick(tree: ConfigTree, keys: readonly string[]): ConfigTree {
  return Object.fromEntries(keys.filter((key) => key in tree).map((key) => [key, tree[key]]));
}

function nest(dotted: string, value: unknown): ConfigTree {
  return dotted
    .split('.')
    .reverse()
    .reduce<unknown>((inner, part) => ({ [part]: inner }), value) as ConfigTree;
}

/** Deep merge of mappings; lists and scalars in `over` replace those in `base`. */
export function mergeTrees(base: ConfigTree, over: ConfigTree): ConfigTree {
  const out: ConfigTree = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isTree(current) && isTree(value) ? mergeTrees(current, value) : value;
  }
  return out;
}

function isTree(value: unknown): value is ConfigTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
