// The CLI a new user meets: init, migrate, orgs, keys, doctor, backup and plugin new.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { runCli } from './helpers/server.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function jsonOf<T>(output: string): T {
  return JSON.parse(output.slice(output.search(/[[{]/))) as T;
}

describe('influgentic CLI on a fresh data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ig-cli-e2e-'));
  // No configured master key: the first run generates data/master.key.
  const env = { INFLUGENTIC_DATA_DIR: dataDir, INFLUGENTIC_MASTER_KEY: '' };

  it('doctor on a machine never started changes nothing and says what init will create', async () => {
    const empty = join(mkdtempSync(join(tmpdir(), 'ig-cli-empty-')), 'data');
    const { code, output } = await runCli(['doctor'], { INFLUGENTIC_DATA_DIR: empty });
    assert.equal(code, 0, output);
    assert.match(output, /\[warn\] data directory: .* does not exist yet/);
    assert.match(output, /\[warn\] database: no database at/);
    assert.equal(existsSync(empty), false, 'nothing was created');
  });

  it('init migrates, generates the master key (0600) and prints one live and one test admin key, once', async () => {
    const first = await runCli(['init'], env);
    assert.equal(first.code, 0, first.output);
    assert.match(first.output, /org: applied 2026_11_28_001_create_orgs_and_keys/);
    assert.match(first.output, /live: ig_live_[A-Za-z0-9]{40}/);
    assert.match(first.output, /test: ig_test_[A-Za-z0-9]{40}/);
    assert.equal(statSync(join(dataDir, 'master.key')).mode & 0o777, 0o600);
    const second = await runCli(['init'], env);
    assert.equal(second.code, 0, second.output);
    assert.match(second.output, /already initialised/);
    assert.doesNotMatch(second.output, /ig_(live|test)_/);
  });

  it('refuses to start with another master key than the one the database was first used with', async () => {
    const { code, output } = await runCli(['migrate'], { ...env, INFLUGENTIC_MASTER_KEY: Buffer.alloc(32, 9).toString('base64') });
    assert.equal(code, 2, output);
    assert.match(output, /first used with another master key: set secrets\.master_key \(INFLUGENTIC_MASTER_KEY\)/);
  });

  it('migrate says every plugin is up to date', async () => {
    const { code, output } = await runCli(['migrate'], env);
    assert.equal(code, 0, output);
    assert.match(output, /org: up to date/);
  });

  it('orgs create and list, keys create, list and revoke, with --json', async () => {
    const org = jsonOf<{ id: string; plan: string }>((await runCli(['orgs', 'create', '--name', 'Acme', '--plan', 'enterprise', '--json'], env)).output);
    assert.match(org.id, /^org_/);
    assert.equal(org.plan, 'enterprise');
    const orgs = jsonOf<{ id: string }[]>((await runCli(['orgs', 'list', '--json'], env)).output);
    assert.deepEqual(orgs.map((item) => item.id).sort(), ['org_default', org.id].sort());

    const key = jsonOf<{ id: string; key: string; mode: string; scopes: string[] }>(
      (await runCli(['keys', 'create', '--org', org.id, '--mode', 'live', '--scopes', 'agents:read,campaigns:write', '--json'], env)).output,
    );
    assert.match(key.key, /^ig_live_/);
    assert.deepEqual(key.scopes, ['agents:read', 'campaigns:write']);
    const listed = jsonOf<{ id: string; key?: string }[]>((await runCli(['keys', 'list', '--org', org.id, '--json'], env)).output);
    assert.deepEqual(listed.map((item) => item.id), [key.id]);
    assert.equal(listed[0]?.key, undefined, 'the secret is not shown again');
    const revoked = jsonOf<{ status: string }>((await runCli(['keys', 'revoke', key.id, '--json'], env)).output);
    assert.equal(revoked.status, 'revoked');
  });

  it('refuses bad CLI input with exit code 2 and a message', async () => {
    const badPlan = await runCli(['orgs', 'create', '--name', 'X', '--plan', 'platinum'], env);
    assert.equal(badPlan.code, 2);
    assert.match(badPlan.output, /--plan must be one of starter, growth, enterprise/);
    const badScope = await runCli(['keys', 'create', '--org', 'org_default', '--scopes', 'root'], env);
    assert.equal(badScope.code, 2);
    assert.match(badScope.output, /unknown scope root/);
    const noOrg = await runCli(['keys', 'create', '--org', 'org_nope'], env);
    assert.equal(noOrg.code, 2);
    assert.match(noOrg.output, /no organization org_nope/);
  });

  it('doctor prints a verdict line per check and exits 0 when all pass', async () => {
    const { code, output } = await runCli(['doctor'], env);
    assert.equal(code, 0, output);
    for (const check of ['config', 'data directory', 'database', 'migrations', 'plugins']) assert.match(output, new RegExp(`^\\[ok  \\] ${check}: `, 'm'));
  });

  it('doctor fails naming the database when it cannot be reached', async () => {
    const { code, output } = await runCli(['doctor'], { ...env, INFLUGENTIC_DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    assert.equal(code, 1, output);
    assert.match(output, /\[FAIL\] (database|start-up): /);
  });

  it('backup copies the SQLite database online into a file that holds the orgs', async () => {
    const file = join(dataDir, 'backup.db');
    const { code, output } = await runCli(['backup', file], env);
    assert.equal(code, 0, output);
    const copy = new Database(file, { readonly: true });
    try {
      const ids = (copy.prepare('select id from org_orgs order by id').all() as { id: string }[]).map((row) => row.id);
      assert.ok(ids.includes('org_default'));
    } finally {
      copy.close();
    }
    const again = await runCli(['backup', file], env);
    assert.equal(again.code, 2, 'an existing file is not overwritten');
  });

  it('backup on Postgres says to use pg_dump', { skip: !process.env.INFLUGENTIC_TEST_PG_URL }, async () => {
    // A schema of its own: the shared test database keeps no state between runs.
    const url = new URL(process.env.INFLUGENTIC_TEST_PG_URL ?? '');
    url.searchParams.set('schema', `t_cli_${process.pid}_${Date.now()}`);
    const { code, output } = await runCli(['backup', join(dataDir, 'x.db')], { ...env, INFLUGENTIC_DATABASE_URL: url.toString() });
    const admin = new pg.Client({ connectionString: process.env.INFLUGENTIC_TEST_PG_URL });
    await admin.connect();
    await admin.query(`drop schema if exists "${url.searchParams.get('schema')}" cascade`);
    await admin.end();
    assert.equal(code, 2, output);
    assert.match(output, /pg_dump/);
  });
});

describe('influgentic plugin new', () => {
  // Generated under plugins/ as a user would: tsx applies tsconfig.json (decorators) there.
  const name = `scaffold_${process.pid}`;
  const parent = join(root, 'plugins');
  const folder = join(parent, name.replace(/_/g, '-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('scaffolds a plugin laid out as STYLE.md shows, whose generated test passes', async () => {
    const { code, output } = await runCli(['plugin', 'new', name, '--dir', parent]);
    assert.equal(code, 0, output);
    for (const file of ['index.ts', 'plugin.ts', 'config.ts', 'tokens.ts', 'events.ts', 'errors.ts', 'db/migrations.ts', 'db/store.ts', 'operations/notes.ts', 'openapi.yaml', 'plugin.test.ts']) {
      assert.ok(existsSync(join(folder, file)), `${file} is generated`);
    }
    // NODE_TEST_CONTEXT would make the child report to this runner instead of printing.
    const { NODE_TEST_CONTEXT: _context, ...childEnv } = process.env;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', join(folder, 'plugin.test.ts')], {
      cwd: root,
      env: childEnv,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, /# pass 2/);
    const again = await runCli(['plugin', 'new', name, '--dir', parent]);
    assert.equal(again.code, 2, 'an existing folder is not overwritten');
  });
});
