import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { ConfigError, loadConfig, unknownTopLevelKeys, validateSection } from './index.js';

function configFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ig-config-'));
  const path = join(dir, 'config.yaml');
  writeFileSync(path, text);
  return path;
}

function issuesOf(run: () => unknown): ConfigError['issues'] {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error.issues;
  }
  assert.fail('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('works offline on the defaults: localhost:8080, SQLite under ./data, region local', () => {
    const { core } = loadConfig({ env: {} });
    assert.equal(core.http.host, '127.0.0.1');
    assert.equal(core.http.port, 8080);
    assert.equal(core.region, 'local');
    assert.equal(core.data_dir, resolve('data'));
    assert.equal(core.database.url, `sqlite:${resolve('data', 'influgentic.db')}`);
    assert.equal(core.public_base_url, 'http://127.0.0.1:8080');
  });

  it('lets the INFLUGENTIC_CONFIG file override the defaults', () => {
    const path = configFile('region: eu-west\nhttp:\n  port: 9090\n');
    const { core, files } = loadConfig({ env: { INFLUGENTIC_CONFIG: path } });
    assert.equal(core.region, 'eu-west');
    assert.equal(core.http.port, 9090);
    assert.equal(core.http.host, '127.0.0.1', 'keys the file does not set keep their defaults');
    assert.equal(files.at(-1), path);
  });

  it('lets env vars win over the file, through aliases and the double-underscore mapping', () => {
    const path = configFile('http:\n  port: 9090\n');
    const { core } = loadConfig({
      env: {
        INFLUGENTIC_CONFIG: path,
        INFLUGENTIC_PORT: '7070',
        INFLUGENTIC_HOST: '0.0.0.0',
        INFLUGENTIC_DATABASE_URL: 'sqlite::memory:',
        INFLUGENTIC_PUBLIC_BASE_URL: 'https://api.example.com/',
        INFLUGENTIC_HTTP__CORS_ORIGINS: '["https://app.example.com"]',
        INFLUGENTIC_HTTP__VALIDATE_RESPONSES: 'true',
        INFLUGENTIC_TEST_PG_URL: 'postgres://ignored',
      },
    });
    assert.equal(core.http.port, 7070);
    assert.equal(core.http.host, '0.0.0.0');
    assert.equal(core.database.url, 'sqlite::memory:');
    assert.equal(core.public_base_url, 'https://api.example.com', 'the trailing slash is dropped');
    assert.deepEqual(core.http.cors_origins, ['https://app.example.com']);
    assert.equal(core.http.validate_responses, true);
  });

  it('derives the database path from data_dir', () => {
    const { core } = loadConfig({ env: { INFLUGENTIC_DATA_DIR: '/tmp/ig-data' } });
    assert.equal(core.database.url, 'sqlite:/tmp/ig-data/influgentic.db');
  });

  it('refuses a bad value, naming the key, what was expected and the env var it came from', () => {
    const issues = issuesOf(() => loadConfig({ env: { INFLUGENTIC_PORT: 'eighty' } }));
    assert.equal(issues.length, 1);
    assert.equal(issues[0]?.key, 'http.port');
    assert.match(issues[0]?.message ?? '', /expected number/);
    assert.equal(issues[0]?.source, 'INFLUGENTIC_PORT');
  });

  it('refuses an out-of-range port and a malformed public URL together', () => {
    const issues = issuesOf(() => loadConfig({ env: { INFLUGENTIC_PORT: '70000', INFLUGENTIC_PUBLIC_BASE_URL: 'ftp://x' } }));
    assert.deepEqual(issues.map((issue) => issue.key).sort(), ['http.port', 'public_base_url']);
  });

  it('refuses an unknown key inside a kernel section', () => {
    const path = configFile('http:\n  prot: 1\n');
    const issues = issuesOf(() => loadConfig({ env: { INFLUGENTIC_CONFIG: path } }));
    assert.deepEqual(issues.map((issue) => [issue.key, issue.message]), [['http.prot', 'unknown setting']]);
  });

  it('names a missing config file', () => {
    const issues = issuesOf(() => loadConfig({ env: { INFLUGENTIC_CONFIG: '/nonexistent/influgentic.yaml' } }));
    assert.equal(issues[0]?.key, 'INFLUGENTIC_CONFIG');
    assert.match(issues[0]?.message ?? '', /no config file/);
  });

  it('refuses a file that is not YAML', () => {
    const path = configFile('http: [unclosed\n');
    const issues = issuesOf(() => loadConfig({ env: { INFLUGENTIC_CONFIG: path } }));
    assert.match(issues[0]?.message ?? '', /not valid YAML/);
  });

  it('reports top-level keys that are neither the kernel\'s nor a plugin\'s', () => {
    const loaded = loadConfig({ env: { INFLUGENTIC_CAMPAINGS__X: '1' } });
    const issues = unknownTopLevelKeys(loaded.tree, ['campaigns'], loaded.sources);
    assert.deepEqual(issues.map((issue) => [issue.key, issue.source]), [['campaings', 'INFLUGENTIC_CAMPAINGS__X']]);
  });
});

describe('validateSection', () => {
  const schema = z.strictObject({ retries: z.number().int().min(0).default(3), mode: z.enum(['a', 'b']).default('a') });

  it('applies the section defaults', () => {
    assert.deepEqual(validateSection(schema, undefined, 'jobs'), { retries: 3, mode: 'a' });
  });

  it('names the plugin section in its messages', () => {
    const issues = issuesOf(() => validateSection(schema, { retries: -1, extra: true }, 'jobs'));
    assert.deepEqual(issues.map((issue) => issue.key).sort(), ['jobs.extra', 'jobs.retries']);
  });
});
