// Keys, scopes, orgs, modes and the agent header, end to end through a spawned server, on
// SQLite and on Postgres. Another org is made with the CLI against the same database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { forEachBackend } from '../core/db/testing.js';
import { waitFor } from '../core/jobs/testing.js';
import { runCli, spawnServer, type SpawnedServer } from './helpers/server.js';

interface Problem {
  readonly code: string;
  readonly message: string;
  readonly errors?: { field: string; code: string }[];
  readonly required_scope?: string;
}

forEachBackend((backend) => {
  let server: SpawnedServer;
  let databaseUrl: string;
  const env = { INFLUGENTIC_PLUGINS__EXTERNAL: '["./test/fixtures/plugins/greetings"]' };

  const call = (path: string, key: string | undefined, init: RequestInit & { headers?: Record<string, string> } = {}) =>
    fetch(`${server.baseUrl}${path}`, {
      ...init,
      headers: { ...(key ? { Authorization: `Bearer ${key}` } : {}), ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...init.headers },
    });

  async function expectProblem(response: Response, status: number, code: string): Promise<Problem> {
    assert.equal(response.status, status, `expected ${status} ${code}`);
    assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    const problem = (await response.json()) as Problem;
    assert.equal(problem.code, code);
    return problem;
  }

  async function createKey(key: string, body: Record<string, unknown>): Promise<{ id: string; key: string; mode: string; scopes: string[] }> {
    const response = await call('/v1/keys', key, { method: 'POST', body: JSON.stringify(body) });
    assert.equal(response.status, 201, await response.clone().text());
    return (await response.json()) as { id: string; key: string; mode: string; scopes: string[] };
  }

  before(async () => {
    databaseUrl = await backend.freshUrl();
    server = await spawnServer({ databaseUrl, env });
    assert.match(server.keys.live, /^ig_live_/);
    assert.match(server.keys.test, /^ig_test_/);
  });
  after(async () => {
    await server?.stop();
  });

  describe('authentication', () => {
    it('401 missing_api_key without Authorization, with WWW-Authenticate', async () => {
      const response = await call('/v1/org', undefined);
      await expectProblem(response, 401, 'missing_api_key');
      assert.equal(response.headers.get('www-authenticate'), 'Bearer realm="influgentic"');
    });

    it('401 malformed_api_key for another scheme or a key of the wrong shape', async () => {
      await expectProblem(await call('/v1/org', undefined, { headers: { Authorization: 'Basic dXNlcjpwYXNz' } }), 401, 'malformed_api_key');
      await expectProblem(await call('/v1/org', 'sk_live_abc'), 401, 'malformed_api_key');
    });

    it('401 unknown_api_key for a well-formed key nobody issued, saying nothing of orgs', async () => {
      const problem = await expectProblem(await call('/v1/org', `ig_live_${'A'.repeat(40)}`), 401, 'unknown_api_key');
      assert.doesNotMatch(problem.message, /org_/);
    });

    it('GET /v1/org answers for a good key with the org, plan, mode and rate limits', async () => {
      const response = await call('/v1/org', server.keys.live);
      assert.equal(response.status, 200);
      const org = (await response.json()) as { id: string; plan: string; mode: string; rate_limits: { window_seconds: number; read: number } };
      assert.equal(org.id, 'org_default');
      assert.equal(org.plan, 'growth');
      assert.equal(org.mode, 'live');
      assert.equal(org.rate_limits.window_seconds, 60);
      assert.equal(((await (await call('/v1/org', server.keys.test)).json()) as { mode: string }).mode, 'test');
    });

    it('401 revoked_api_key once a key is revoked, and the key stays listed as revoked', async () => {
      const doomed = await createKey(server.keys.test, { name: 'doomed' });
      assert.equal((await call('/v1/org', doomed.key)).status, 200);
      const revoked = await call(`/v1/keys/${doomed.id}`, server.keys.test, { method: 'DELETE' });
      assert.equal(revoked.status, 200);
      assert.equal(((await revoked.json()) as { status: string }).status, 'revoked');
      await expectProblem(await call('/v1/org', doomed.key), 401, 'revoked_api_key');
      const again = await call(`/v1/keys/${doomed.id}`, server.keys.test, { method: 'DELETE' });
      assert.equal(again.status, 200, 'revoking twice returns the key unchanged');
    });

    it('401 expired_api_key after expires_at', async () => {
      const soon = new Date(Date.now() + 1500).toISOString();
      const key = await createKey(server.keys.test, { name: 'short-lived', expires_at: soon });
      assert.equal((await call('/v1/org', key.key)).status, 200);
      await new Promise((resolve) => setTimeout(resolve, 1700));
      await expectProblem(await call('/v1/org', key.key), 401, 'expired_api_key');
    });
  });

  describe('scopes', () => {
    it('403 insufficient_scope naming the scope the operation needs', async () => {
      const reader = await createKey(server.keys.test, { name: 'agents only', scopes: ['agents:read'] });
      const problem = await expectProblem(await call('/v1/keys', reader.key), 403, 'insufficient_scope');
      assert.equal(problem.required_scope, 'keys:read');
      assert.match(problem.message, /keys:read/);
    });

    it('a live key refused for its scope or org is still counted and told its rate limit', async () => {
      const reader = await createKey(server.keys.live, { name: 'live agents only', scopes: ['agents:read'] });
      const first = await call('/v1/keys', reader.key);
      await expectProblem(first, 403, 'insufficient_scope');
      assert.match(first.headers.get('x-ratelimit-limit') ?? '', /^\d+$/, 'X-RateLimit-Limit on the 403');
      const remaining = Number(first.headers.get('x-ratelimit-remaining'));
      const second = await call('/v1/agents', reader.key, { headers: { 'X-Influgentic-Org': 'org_someone_else' } });
      await expectProblem(second, 403, 'org_mismatch');
      assert.equal(Number(second.headers.get('x-ratelimit-remaining')), remaining - 1, 'both count against the read class');
      assert.match(second.headers.get('x-ratelimit-reset') ?? '', /^\d+$/);
    });

    it('lets a :write scope read the same area', async () => {
      const writer = await createKey(server.keys.test, { name: 'keys writer', scopes: ['keys:write'] });
      assert.equal((await call('/v1/keys', writer.key)).status, 200);
    });

    it('refuses to create a key with a scope the calling key lacks, naming it', async () => {
      const writer = await createKey(server.keys.test, { name: 'keys writer 2', scopes: ['keys:write'] });
      const problem = await expectProblem(
        await call('/v1/keys', writer.key, { method: 'POST', body: JSON.stringify({ name: 'escalate', scopes: ['admin'] }) }),
        403,
        'insufficient_scope',
      );
      assert.deepEqual(problem.errors?.map((error) => error.field), ['scopes']);
    });

    it('refuses a key of the other mode and an expiry in the past', async () => {
      const mode = await expectProblem(await call('/v1/keys', server.keys.test, { method: 'POST', body: JSON.stringify({ name: 'x', mode: 'live' }) }), 403, 'mode_mismatch');
      assert.equal(mode.errors?.[0]?.field, 'mode');
      const past = await expectProblem(
        await call('/v1/keys', server.keys.test, { method: 'POST', body: JSON.stringify({ name: 'x', expires_at: '2020-01-01T00:00:00Z' }) }),
        422,
        'expires_at_in_past',
      );
      assert.equal(past.errors?.[0]?.field, 'expires_at');
    });

    it('does not let a key outlive the key that made it', async () => {
      const parentExpiry = new Date(Date.now() + 60 * 60 * 1000).toISOString();
      const parent = await createKey(server.keys.test, { name: 'expiring parent', scopes: ['keys:write', 'org:read'], expires_at: parentExpiry });
      const inherited = (await createKey(parent.key, { name: 'child' })) as unknown as { expires_at: string | null };
      assert.equal(inherited.expires_at, parentExpiry, 'a child without expires_at expires with its parent');
      const later = await expectProblem(
        await call('/v1/keys', parent.key, { method: 'POST', body: JSON.stringify({ name: 'forever', expires_at: new Date(Date.now() + 2 * 60 * 60 * 1000).toISOString() }) }),
        422,
        'expires_after_caller',
      );
      assert.equal(later.errors?.[0]?.field, 'expires_at');
    });

    it('does not let a narrow key revoke a key with scopes it lacks', async () => {
      const narrow = await createKey(server.keys.test, { name: 'narrow revoker', scopes: ['keys:write'] });
      const admins = ((await (await call('/v1/keys?limit=100', server.keys.test)).json()) as { data: { id: string; scopes: string[] }[] }).data.filter((key) =>
        key.scopes.includes('admin'),
      );
      const problem = await expectProblem(await call(`/v1/keys/${admins[0]!.id}`, narrow.key, { method: 'DELETE' }), 403, 'insufficient_scope');
      assert.equal(problem.required_scope, 'admin');
      assert.equal((await call('/v1/org', server.keys.test)).status, 200, 'the admin key still works');
      assert.equal((await call(`/v1/keys/${narrow.id}`, narrow.key, { method: 'DELETE' })).status, 200, 'a key may revoke itself');
    });

    it('400 naming the field for a scope that does not exist', async () => {
      const problem = await expectProblem(await call('/v1/keys', server.keys.test, { method: 'POST', body: JSON.stringify({ name: 'x', scopes: ['everything'] }) }), 400, 'validation_failed');
      assert.equal(problem.errors?.[0]?.field, 'scopes[0]');
    });
  });

  describe('org and agent headers', () => {
    it('403 org_mismatch when X-Influgentic-Org names another org; the own org is fine', async () => {
      await expectProblem(await call('/v1/org', server.keys.test, { headers: { 'X-Influgentic-Org': 'org_someone_else' } }), 403, 'org_mismatch');
      assert.equal((await call('/v1/org', server.keys.test, { headers: { 'X-Influgentic-Org': 'org_default' } })).status, 200);
    });

    it('hands X-Influgentic-Agent to the operation as the caller\'s agent narrowing', async () => {
      const response = await call('/v1/greetings-whoami', server.keys.live, { headers: { 'X-Influgentic-Agent': 'agent_velo_automotive' } });
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { org_id: 'org_default', livemode: true, plan: 'growth', agent_id: 'agent_velo_automotive' });
      const plain = (await (await call('/v1/greetings-whoami', server.keys.test)).json()) as { agent_id: string | null; livemode: boolean };
      assert.deepEqual(plain, { org_id: 'org_default', livemode: false, plan: 'growth', agent_id: null });
    });
  });

  describe('isolation', () => {
    it('a test key sees only test keys, a live key only live keys, and the secret is never listed', async () => {
      const listed = async (key: string) => ((await (await call('/v1/keys?limit=100', key)).json()) as { data: { mode: string; key?: string }[] }).data;
      const testKeys = await listed(server.keys.test);
      const liveKeys = await listed(server.keys.live);
      assert.ok(testKeys.length > 1 && liveKeys.length >= 1);
      assert.ok(testKeys.every((key) => key.mode === 'test'));
      assert.ok(liveKeys.every((key) => key.mode === 'live'));
      assert.ok([...testKeys, ...liveKeys].every((key) => key.key === undefined));
    });

    it('another org sees none of this org\'s keys, and cannot revoke them (404)', async () => {
      const org = await runCli(['orgs', 'create', '--name', 'Other agency', '--plan', 'starter', '--json'], { INFLUGENTIC_DATABASE_URL: databaseUrl });
      assert.equal(org.code, 0, org.output);
      const orgId = (JSON.parse(org.output.slice(org.output.indexOf('{'))) as { id: string }).id;
      const made = await runCli(['keys', 'create', '--org', orgId, '--mode', 'test', '--json'], { INFLUGENTIC_DATABASE_URL: databaseUrl });
      assert.equal(made.code, 0, made.output);
      const other = JSON.parse(made.output.slice(made.output.indexOf('{'))) as { key: string; id: string };

      const theirs = (await (await call('/v1/keys?limit=100', other.key)).json()) as { data: { id: string }[]; meta: { total: number } };
      assert.deepEqual(theirs.data.map((key) => key.id), [other.id]);
      assert.equal(theirs.meta.total, 1);
      const ours = (await (await call('/v1/keys?limit=100', server.keys.test)).json()) as { data: { id: string }[] };
      await expectProblem(await call(`/v1/keys/${ours.data[0]!.id}`, other.key, { method: 'DELETE' }), 404, 'key_not_found');
      assert.equal(((await (await call('/v1/org', other.key)).json()) as { plan: string }).plan, 'starter');
    });

    it('pages keys with a cursor, newest first, without a gap or a repeat', async () => {
      for (let i = 0; i < 3; i += 1) await createKey(server.keys.test, { name: `paged ${i}` });
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = (await (await call(`/v1/keys?limit=2${cursor ? `&cursor=${cursor}` : ''}`, server.keys.test)).json()) as {
          data: { id: string }[];
          meta: { total: number; next_cursor: string | null };
        };
        seen.push(...page.data.map((key) => key.id));
        cursor = page.meta.next_cursor;
        assert.ok(seen.length <= page.meta.total);
      } while (cursor);
      assert.deepEqual(seen, [...seen].sort().reverse(), 'newest first');
      assert.equal(new Set(seen).size, seen.length);
      const total = ((await (await call('/v1/keys', server.keys.test)).json()) as { meta: { total: number } }).meta.total;
      assert.equal(seen.length, total);
      await expectProblem(await call('/v1/keys?cursor=cur_garbage', server.keys.test), 400, 'validation_failed');
    });
  });

  describe('logs and metrics', () => {
    it('logs each request as JSON with its request id and never a key or Authorization header', async () => {
      const response = await call('/v1/org', server.keys.live, { headers: { 'X-Request-ID': 'trace-me-123' } });
      assert.equal(response.status, 200);
      // The child's log line comes over a pipe: wait for it rather than a fixed 100 ms.
      await waitFor('the request log line', () => server.output.some((text) => text.includes('trace-me-123')));
      const logLines = server.output.filter((line) => line.startsWith('{'));
      const line = logLines.map((text) => JSON.parse(text) as Record<string, unknown>).find((entry) => entry.request_id === 'trace-me-123');
      assert.ok(line, 'the request is logged with its id');
      assert.equal(line.operation_id, 'getOrg');
      assert.equal(line.status, 200);
      assert.equal(line.org_id, 'org_default');
      const logs = logLines.join('\n');
      assert.ok(!logs.includes(server.keys.live) && !logs.includes(server.keys.test), 'no secret in a log line');
      assert.doesNotMatch(logs, /authorization/i);
    });

    it('GET /metrics counts requests per operationId and status, with process metrics', async () => {
      await call('/v1/org', server.keys.test);
      const text = await (await fetch(`${server.baseUrl}/metrics`)).text();
      assert.match(text, /influgentic_http_requests_total\{operation_id="getOrg",method="GET",status="200"\} \d+/);
      assert.match(text, /influgentic_http_request_duration_seconds_bucket\{le="0\.005",operation_id="getOrg"/);
      assert.match(text, /influgentic_process_cpu_user_seconds_total/);
    });
  });
});
