import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyPlugin } from './define.js';
import { PluginHostError } from './errors.js';

/**
 * Loads the plugins named in `plugins.external`: a folder or file (relative to `cwd`)
 * or an installed package name. Each must default-export a `definePlugin(...)` value.
 */
export async function loadExternalPlugins(specifiers: readonly string[], cwd: string = process.cwd()): Promise<readonly AnyPlugin[]> {
  const plugins: AnyPlugin[] = [];
  for (const specifier of specifiers) {
    const target = resolveSpecifier(specifier, cwd);
    let loaded: { default?: unknown };
    try {
      loaded = (await import(target)) as { default?: unknown };
    } catch (error) {
      throw new PluginHostError('PLUGIN_LOAD_FAILED', `plugin "${specifier}" could not be loaded: ${(error as Error).message}`);
    }
    const plugin = loaded.default;
    if (!isPlugin(plugin)) {
      throw new PluginHostError('PLUGIN_INVALID', `plugin "${specifier}" must default-export definePlugin({ name, version, ... })`);
    }
    plugins.push(plugin);
  }
  return plugins;
}

function resolveSpecifier(specifier: string, cwd: string): string {
  const looksLikePath = specifier.startsWith('.') || isAbsolute(specifier);
  if (looksLikePath) {
    const path = resolve(cwd, specifier);
    if (!existsSync(path)) throw new PluginHostError('PLUGIN_LOAD_FAILED', `plugin "${specifier}": nothing at ${path}`);
    if (statSync(path).isDirectory()) {
      const entry = ['index.ts', 'index.js', 'index.mjs'].map((name) => join(path, name)).find((candidate) => existsSync(candidate));
      if (!entry) throw new PluginHostError('PLUGIN_LOAD_FAILED', `plugin "${specifier}": the folder has no index.ts or index.js`);
      return pathToFileURL(entry).href;
    }
    return pathToFileURL(path).href;
  }
  try {
    return pathToFileURL(createRequire(join(cwd, 'package.json')).resolve(specifier)).href;
  } catch {
    throw new PluginHostError('PLUGIN_LOAD_FAILED', `plugin "${specifier}" is not an installed package (npm install it, or give a path starting with ./)`);
  }
}

function isPlugin(value: unknown): value is AnyPlugin {
  return typeof value === 'object' && value !== null && typeof (value as AnyPlugin).name === 'string' && typeof (value as AnyPlugin).version === 'string';
}
