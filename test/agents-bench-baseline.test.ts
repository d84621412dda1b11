// The bench baseline for GET /v1/agents (scripts/bench/agents.ts) must answer what the server
// answers, or the ratio `npm run bench` reports would compare different work.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import express from 'express';
import { startInProcess, type RunningApp } from '../core/testing/in-process.js';
import agents from '../plugins/agents/index.js';
import { mountAgentsBaseline } from '../scripts/bench/agents.js';
import { synthesize } from '../scripts/catalog/synthesize.js';

describe('bench baseline for GET /v1/agents', () => {
  const directory = mkdtempSync(join(tmpdir(), 'ig-bench-baseline-'));
  const file = join(directory, 'influgentic.db');
  let running: RunningApp;
  let baseline: ReturnType<ReturnType<typeof express>['listen']>;
  let database: Database.Database;

  before(async () => {
    await synthesize(`sqlite:${file}`, 400, 5);
    running = await startInProcess({ plugins: [agents], databaseUrl: `sqlite:${file}` });
    database = new Database(file, { readonly: true });
    const app = express();
    mountAgentsBaseline(app, database);
    baseline = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => baseline.once('listening', resolve));
  });
  after(async () => {
    baseline.close();
    database.close();
    await running.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('returns the same agents and total as the server for each scenario shape', async () => {
    const headers = { authorization: `Bearer ${running.keys.live}` };
    const port = (baseline.address() as AddressInfo).port;
    const server = (await (await fetch(`${running.baseUrl}/v1/agents?category=fashion_lifestyle&sort=reach&limit=20`, { headers })).json()) as { meta: { next_cursor: string } };
    for (const path of [
      '/v1/agents?category=tech&language=en&sort=rating&limit=20',
      `/v1/agents?category=fashion_lifestyle&sort=reach&limit=20&cursor=${server.meta.next_cursor}`,
      '/v1/agents?q=fashion%20capsule&limit=20',
    ]) {
      const ours = (await (await fetch(`${running.baseUrl}${path}`, { headers })).json()) as { data: { id: string }[]; meta: { total: number } };
      const theirs = (await (await fetch(`http://127.0.0.1:${port}${path}`, { headers })).json()) as { data: { id: string }[]; meta: { total: number } };
      assert.ok(ours.data.length > 0, path);
      assert.deepEqual(theirs.data.map((agent) => agent.id), ours.data.map((agent) => agent.id), path);
      assert.equal(theirs.meta.total, ours.meta.total, path);
    }
  });
});
