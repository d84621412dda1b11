import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, progress } from './context.js';
import { pluginTemplate } from './plugin-template.js';

export const pluginNewUsage = 'influgentic plugin new <name> [--dir <parent folder, default ./plugins>]';

/**
 * `influgentic plugin new <name>`: scaffolds a plugin laid out as STYLE.md shows (plugin,
 * config, tokens, events, errors, db, service, operations, an OpenAPI fragment) with a test
 * that passes as generated.
 */
export async function pluginNew(argv: readonly string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: { dir: { type: 'string', default: 'plugins' } } });
  const [name] = positionals;
  if (!name || !/^[a-z][a-z0-9_]{1,30}$/.test(name)) {
    throw new UsageError(`the plugin name must be 2-31 lowercase letters, digits or underscores, starting with a letter\n\n${pluginNewUsage}`);
  }
  const folder = resolve(values.dir, name.replace(/_/g, '-'));
  if (existsSync(folder)) throw new UsageError(`${folder} exists already`);
  const files = pluginTemplate(name);
  for (const [path, text] of Object.entries(files)) {
    const target = join(folder, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    progress(`  created ${relative(process.cwd(), target)}`);
  }
  const shown = relative(process.cwd(), folder) || '.';
  progress(`\nNext: run its test (node --import tsx --test ${shown}/plugin.test.ts), then load it with\n  plugins:\n    external: [./${shown}]`);
}
