// Rate limits through spawned servers: headers, 429 with Retry-After, test keys exempt,
// plans apart, classes apart, and the database store shared by two processes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { forEachBackend } from '../core/db/testing.js';
import { runCli, spawnServer, type SpawnedServer } from './helpers/server.js';

const plans = {
  INFLUGENTIC_RATELIMIT__PLANS__GROWTH: '{"read":3,"write":2,"generate":1,"events":1}',
  INFLUGENTIC_RATELIMIT__PLANS__STARTER: '{"read":2,"write":1,"generate":1,"events":1}',
};

const get = (server: SpawnedServer, key: string, path = '/v1/org') => fetch(`${server.baseUrl}${path}`, { headers: { Authorization: `Bearer ${key}` } });

function limits(response: Response): [string | null, string | null, string | null] {
  return [response.headers.get('x-ratelimit-limit'), response.headers.get('x-ratelimit-remaining'), response.headers.get('x-ratelimit-reset')];
}

forEachBackend((backend) => {
  describe('rate limits (memory store)', () => {
    let server: SpawnedServer;
    let databaseUrl: string;
    before(async () => {
      databaseUrl = await backend.freshUrl();
      server = await spawnServer({ databaseUrl, env: plans });
    });
    after(() => server?.stop());

    it('counts a live key down with headers, then answers 429 rate_limited with Retry-After', async () => {
      const seen = [];
      for (let i = 0; i < 3; i += 1) {
        const response = await get(server, server.keys.live);
        assert.equal(response.status, 200);
        seen.push(limits(response));
      }
      assert.deepEqual(seen.map(([limit, remaining]) => [limit, remaining]), [['3', '2'], ['3', '1'], ['3', '0']]);
      assert.deepEqual(seen.slice(0, 2).map(([, , reset]) => reset), ['0', '0'], 'while requests remain, no wait');
      const refused = await get(server, server.keys.live);
      assert.equal(refused.status, 429);
      const problem = (await refused.json()) as { code: string; retry_after: number };
      assert.equal(problem.code, 'rate_limited');
      const retryAfter = Number(refused.headers.get('retry-after'));
      assert.ok(retryAfter >= 1 && retryAfter <= 120, `Retry-After ${retryAfter}`);
      assert.equal(refused.headers.get('x-ratelimit-reset'), String(retryAfter));
      assert.equal(refused.headers.get('x-ratelimit-remaining'), '0');
      assert.equal(problem.retry_after, retryAfter);
    });

    it('keeps endpoint classes apart: writes still pass when reads are used up', async () => {
      const response = await fetch(`${server.baseUrl}/v1/keys`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.keys.live}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'write class' }),
      });
      assert.equal(response.status, 201);
      assert.deepEqual(limits(response).slice(0, 2), ['2', '1']);
    });

    it('neither counts nor tells test keys: sandbox calls do not count against rate limits', async () => {
      for (let i = 0; i < 6; i += 1) {
        const response = await get(server, server.keys.test);
        assert.equal(response.status, 200);
        assert.deepEqual(limits(response), [null, null, null]);
      }
    });

    it('applies each org\'s plan', async () => {
      const org = await runCli(['orgs', 'create', '--name', 'Small', '--plan', 'starter', '--json'], { INFLUGENTIC_DATABASE_URL: databaseUrl });
      const orgId = (JSON.parse(org.output.slice(org.output.indexOf('{'))) as { id: string }).id;
      const made = await runCli(['keys', 'create', '--org', orgId, '--mode', 'live', '--json'], { INFLUGENTIC_DATABASE_URL: databaseUrl });
      const key = (JSON.parse(made.output.slice(made.output.indexOf('{'))) as { key: string }).key;
      const first = await get(server, key);
      assert.deepEqual(limits(first).slice(0, 2), ['2', '1']);
      assert.equal((await get(server, key)).status, 200);
      assert.equal((await get(server, key)).status, 429);
    });
  });

  describe('rate limits (database store, two processes)', () => {
    let one: SpawnedServer;
    let two: SpawnedServer;
    before(async () => {
      const databaseUrl = await backend.freshUrl();
      const env = { ...plans, INFLUGENTIC_RATELIMIT__STORE: 'database', INFLUGENTIC_RATELIMIT__PLANS__GROWTH: '{"read":5,"write":2,"generate":1,"events":1}' };
      one = await spawnServer({ databaseUrl, env });
      two = await spawnServer({ databaseUrl, env });
    });
    after(async () => {
      await one?.stop();
      await two?.stop();
    });

    it('shares one key\'s counter between the processes', async () => {
      const statuses = [];
      for (let i = 0; i < 8; i += 1) statuses.push((await get(i % 2 ? one : two, one.keys.live)).status);
      assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429, 429]);
    });
  });
});
