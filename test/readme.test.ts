// README.md documents every setting of config/default.yaml and every env alias: a setting
// added without a line in the Configuration section fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { envAliases } from '../core/config/index.js';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const defaults = parse(readFileSync(fileURLToPath(new URL('../config/default.yaml', import.meta.url)), 'utf8')) as Record<string, unknown>;

/** Dotted keys of settings; a plan's limits (`ratelimit.plans.growth`) count as one setting. */
function settings(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const isMapping = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (!isMapping || prefix === 'ratelimit.plans') return [path];
    return settings(value as Record<string, unknown>, path);
  });
}

describe('README.md', () => {
  const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 5));

  it('documents every setting of config/default.yaml in the Configuration section', () => {
    const missing = settings(defaults).filter((key) => !section.includes(`| \`${key}\` |`));
    assert.deepEqual(missing, []);
  });

  it('states the same default as config/default.yaml for every setting with one', () => {
    const wrong: string[] = [];
    for (const key of settings(defaults)) {
      const value = key.split('.').reduce<unknown>((tree, part) => (tree as Record<string, unknown>)[part], defaults);
      if (value === '') continue; // derived at start-up; the table says from what
      const expected =
        typeof value === 'object' && value !== null && !Array.isArray(value)
          ? Object.entries(value).map(([name, number]) => `${name} ${String(number)}`).join(', ')
          : Array.isArray(value)
            ? JSON.stringify(value)
            : String(value);
      const row = section.split('\n').find((line) => line.startsWith(`| \`${key}\` |`));
      const stated = row?.split('|')[2]?.trim().replace(/^`|`$/g, '');
      if (stated !== expected) wrong.push(`${key}: README says ${stated}, config/default.yaml has ${expected}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('documents every INFLUGENTIC_* alias with the setting it sets', () => {
    for (const [name, key] of Object.entries(envAliases)) assert.ok(section.includes(`| \`${name}\` | \`${key}\` |`), `${name} -> ${key}`);
  });

  it('shows the two commands a new user runs', () => {
    assert.match(readme, /npm ci && npm start/);
    assert.match(readme, /npm test/);
  });
});
