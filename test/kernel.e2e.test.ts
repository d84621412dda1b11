// The kernel's request path, end to end: a spawned server (the real CLI), on SQLite and on
// Postgres, with the example external plugin loaded from test/fixtures.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { WebSocket } from 'ws';
import { forEachBackend } from '../core/db/testing.js';
import { spawnServer, type SpawnedServer } from './helpers/server.js';

const fixturePlugin = './test/fixtures/plugins/greetings';

async function problemOf(response: Response): Promise<Record<string, unknown>> {
  assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  const body = (await response.json()) as Record<string, unknown>;
  for (const field of ['type', 'title', 'status', 'detail', 'instance', 'code', 'message', 'request_id']) {
    assert.ok(field in body, `problem lacks ${field}: ${JSON.stringify(body)}`);
  }
  assert.equal(body.status, response.status);
  assert.equal(body.request_id, response.headers.get('x-request-id'));
  return body;
}

forEachBackend((backend) => {
  let server: SpawnedServer;

  before(async () => {
    server = await spawnServer({
      databaseUrl: await backend.freshUrl(),
      env: {
        INFLUGENTIC_PLUGINS__EXTERNAL: JSON.stringify([fixturePlugin]),
        INFLUGENTIC_GREETINGS__PUNCTUATION: '?',
        INFLUGENTIC_HTTP__BODY_LIMIT: '2kb',
        INFLUGENTIC_REGION: 'test-1',
      },
    });
  });
  after(async () => {
    await server?.stop();
  });

  describe('operations endpoints', () => {
    it('GET /healthz answers with the request headers every response carries', async () => {
      const response = await fetch(`${server.baseUrl}/healthz`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { status: 'ok' });
      assert.match(response.headers.get('x-request-id') ?? '', /^req_[0-9A-Z]{26}$/);
      assert.equal(response.headers.get('x-region'), 'test-1');
      assert.match(response.headers.get('x-response-time') ?? '', /^\d+\.\dms$/);
    });

    it('GET /readyz reports the database reachable and migrations current', async () => {
      const response = await fetch(`${server.baseUrl}/readyz`);
      assert.equal(response.status, 200);
      const body = (await response.json()) as { status: string; checks: { name: string; ok: boolean }[] };
      assert.equal(body.status, 'ready');
      assert.deepEqual(body.checks.map((check) => [check.name, check.ok]), [['database', true], ['migrations', true]]);
    });

    it('GET /openapi.yaml serves the contract with plugin fragments merged', async () => {
      const response = await fetch(`${server.baseUrl}/openapi.yaml`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^application\/yaml/);
      const text = await response.text();
      assert.match(text, /^openapi: 3\.1\.\d/m);
      assert.match(text, /\/v1\/campaigns:/);
      assert.match(text, /\/v1\/greetings\/\{name\}:/, 'the external plugin fragment is merged');
    });

    it('GET /docs is a reference page whose assets come from this server, not a CDN', async () => {
      const response = await fetch(`${server.baseUrl}/docs`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      const html = await response.text();
      const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
      assert.ok(sources.length >= 2);
      for (const source of sources) {
        assert.match(source, /^\/docs\/assets\//, `${source} must be served locally`);
        const asset = await fetch(`${server.baseUrl}${source}`);
        assert.equal(asset.status, 200, source);
        await asset.arrayBuffer();
      }
    });

    it('GET /docs/errors lists the kernel error codes that problem types point at', async () => {
      const problem = await problemOf(await fetch(`${server.baseUrl}/nope`));
      const [page, anchor] = String(problem.type).split('#');
      assert.equal(new URL(page ?? '').pathname, '/docs/errors');
      const html = await (await fetch(`${server.baseUrl}/docs/errors`)).text();
      assert.match(html, new RegExp(`id="${anchor}"`));
      assert.match(html, /id="validation_failed"/);
    });
  });

  describe('request ids', () => {
    it('echoes a sane incoming X-Request-ID', async () => {
      const response = await fetch(`${server.baseUrl}/healthz`, { headers: { 'X-Request-ID': 'abc-123.def' } });
      assert.equal(response.headers.get('x-request-id'), 'abc-123.def');
    });

    it('replaces one that is not sane', async () => {
      const response = await fetch(`${server.baseUrl}/healthz`, { headers: { 'X-Request-ID': 'a b<script>' } });
      assert.match(response.headers.get('x-request-id') ?? '', /^req_/);
    });
  });

  describe('errors leave as problem+json', () => {
    it('404 for a route the contract does not have', async () => {
      const response = await fetch(`${server.baseUrl}/v1/nothing-here`);
      assert.equal(response.status, 404);
      assert.equal((await problemOf(response)).code, 'not_found');
    });

    it('405 with Allow for a method the path does not take', async () => {
      const response = await fetch(`${server.baseUrl}/healthz`, { method: 'DELETE' });
      assert.equal(response.status, 405);
      assert.equal((await problemOf(response)).code, 'method_not_allowed');
      assert.match(response.headers.get('allow') ?? '', /GET/);
    });

    it('400 malformed_json for a body that is not JSON', async () => {
      const response = await fetch(`${server.baseUrl}/v1/greetings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"name": "ada",',
      });
      assert.equal(response.status, 400);
      assert.equal((await problemOf(response)).code, 'malformed_json');
    });

    it('413 payload_too_large past http.body_limit', async () => {
      const response = await fetch(`${server.baseUrl}/v1/greetings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'x'.repeat(4096), language: 'en' }),
      });
      assert.equal(response.status, 413);
      assert.equal((await problemOf(response)).code, 'payload_too_large');
    });

    it('415 for a body in a media type the operation does not take', async () => {
      const response = await fetch(`${server.baseUrl}/v1/greetings`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hi' });
      assert.equal(response.status, 415);
      assert.equal((await problemOf(response)).code, 'unsupported_media_type');
    });

    it('415 naming the missing Content-Type for a body sent without one', async () => {
      const response = await fetch(`${server.baseUrl}/v1/greetings`, { method: 'POST', body: new TextEncoder().encode('{"name":"ada"}') });
      assert.equal(response.status, 415);
      const problem = await problemOf(response);
      assert.equal(problem.code, 'unsupported_media_type');
      assert.match(String(problem.detail), /no Content-Type header/);
      assert.deepEqual((problem.errors as { field: string }[]).map((error) => error.field), ['Content-Type']);
    });

    it('404 problem, not an HTML page, for a known path with a trailing slash, before any key or body is read', async () => {
      for (const [method, path] of [['GET', '/v1/greetings/ada/'], ['GET', '/healthz/'], ['DELETE', '/v1/keys/key_x/']] as const) {
        const response = await fetch(`${server.baseUrl}${path}`, { method });
        assert.equal(response.status, 404, `${method} ${path}`);
        const problem = await problemOf(response);
        assert.equal(problem.code, 'not_found');
        assert.match(String(problem.detail), new RegExp(`did you mean ${path.slice(0, -1)}\\?`));
      }
      // POST /v1/keys wants a key: with the slash, no key is asked for and the body is not
      // validated (the validator, whose routes are not strict, said "body is required").
      const posted = await fetch(`${server.baseUrl}/v1/keys/`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":"x"}' });
      assert.equal(posted.status, 404);
      assert.equal((await problemOf(posted)).code, 'not_found');
    });

    it('400 naming Content-Encoding for a body that is not the gzip it claims to be', async () => {
      const response = await fetch(`${server.baseUrl}/v1/greetings`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, body: '{"name":"ada"}' });
      assert.equal(response.status, 400);
      const problem = await problemOf(response);
      assert.equal(problem.code, 'validation_failed');
      assert.deepEqual((problem.errors as { field: string; code: string }[]).map((error) => [error.field, error.code]), [['Content-Encoding', 'invalid_encoding']]);
    });

    it('400 naming the path for one that is not valid percent-encoding', async () => {
      const response = await fetch(`${server.baseUrl}/v1/greetings/%ZZ`);
      assert.equal(response.status, 400);
      const problem = await problemOf(response);
      assert.deepEqual((problem.errors as { field: string; code: string }[]).map((error) => [error.field, error.code]), [['path', 'malformed_uri']]);
    });

    it('400 validation_failed, not malformed_json, for a JSON scalar where an object belongs', async () => {
      for (const body of ['null', '12', 'true', '"ada"']) {
        const response = await fetch(`${server.baseUrl}/v1/greetings`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
        assert.equal(response.status, 400, body);
        const problem = await problemOf(response);
        assert.equal(problem.code, 'validation_failed', body);
        assert.deepEqual((problem.errors as { field: string; message: string }[]).map((error) => [error.field, error.message]), [['(body)', 'must be object']], body);
      }
    });

    it('400 validation_failed naming every invalid field at once', async () => {
      const response = await fetch(`${server.baseUrl}/v1/greetings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ language: 'english', times: 9, colour: 'red' }),
      });
      assert.equal(response.status, 400);
      const problem = await problemOf(response);
      assert.equal(problem.code, 'validation_failed');
      const fields = (problem.errors as { field: string; code: string }[]).map((error) => error.field).sort();
      assert.deepEqual(fields, ['colour', 'language', 'name', 'times']);
    });

    it('400 naming a bad query parameter and a bad path parameter', async () => {
      const response = await fetch(`${server.baseUrl}/v1/greetings/ADA?times=7`);
      assert.equal(response.status, 400);
      const fields = ((await problemOf(response)).errors as { field: string }[]).map((error) => error.field).sort();
      assert.deepEqual(fields, ['name', 'times']);
    });

    it('400 for an unknown query parameter', async () => {
      const response = await fetch(`${server.baseUrl}/v1/greetings/ada?colour=red`);
      assert.equal(response.status, 400);
      assert.deepEqual(((await problemOf(response)).errors as { field: string }[]).map((error) => error.field), ['colour']);
    });
  });

  describe('the external plugin', () => {
    it('serves its route through the real HTTP stack with its config section applied', async () => {
      const response = await fetch(`${server.baseUrl}/v1/greetings/ada?times=2`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { greeting: 'hello ada? hello ada?' });
    });

    it('takes a validated JSON body', async () => {
      const response = await fetch(`${server.baseUrl}/v1/greetings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'grace', language: 'en' }),
      });
      assert.equal(response.status, 201);
      assert.deepEqual(await response.json(), { greeting: 'hello grace?' });
    });

    it('mounts its WebSocket path on the shared upgrade, and refuses other paths', async () => {
      const url = server.baseUrl.replace('http', 'ws');
      const socket = new WebSocket(`${url}/v1/greetings/socket`);
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      const reply = new Promise<string>((resolve) => socket.once('message', (data) => resolve(data.toString())));
      socket.send('hi');
      assert.deepEqual(JSON.parse(await reply), { type: 'echo', data: 'hi' });
      socket.close();
      const refused = new WebSocket(`${url}/v1/elsewhere`);
      const status = await new Promise<number>((resolve) => refused.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)).once('error', () => resolve(-1)));
      assert.equal(status, 404);
    });
  });
});

forEachBackend((backend) => {
  describe('protocol edges', () => {
    let server: SpawnedServer;
    before(async () => {
      server = await spawnServer({ databaseUrl: await backend.freshUrl() });
    });
    after(async () => {
      await server?.stop();
    });

    it('HEAD is GET without a body, authentication included', async () => {
      const health = await fetch(`${server.baseUrl}/healthz`, { method: 'HEAD' });
      assert.equal(health.status, 200);
      assert.equal(await health.text(), '');
      assert.match(health.headers.get('x-request-id') ?? '', /^req_/);
      const org = await fetch(`${server.baseUrl}/v1/org`, { method: 'HEAD', headers: { Authorization: `Bearer ${server.keys.test}` } });
      assert.equal(org.status, 200);
      assert.equal((await fetch(`${server.baseUrl}/v1/org`, { method: 'HEAD' })).status, 401);
    });

    it('OPTIONS answers 204 with the methods the contract gives the path', async () => {
      const response = await fetch(`${server.baseUrl}/v1/keys`, { method: 'OPTIONS' });
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('allow'), 'GET, HEAD, OPTIONS, POST');
    });

    it('refuses a NUL character in a body, a query or a path as 400 naming the field, on both backends', async () => {
      const headers = { Authorization: `Bearer ${server.keys.test}`, 'Content-Type': 'application/json' };
      const body = await fetch(`${server.baseUrl}/v1/keys`, { method: 'POST', headers, body: JSON.stringify({ name: 'x\u0000y' }) });
      assert.equal(body.status, 400);
      assert.deepEqual(((await problemOf(body)).errors as { field: string; code: string }[]).map((e) => [e.field, e.code]), [['name', 'nul_character']]);
      const cursor = `cur_${Buffer.from(JSON.stringify(['\u0000'])).toString('base64url')}`;
      const query = await fetch(`${server.baseUrl}/v1/keys?cursor=${cursor}`, { headers });
      assert.equal(query.status, 400);
      const path = await fetch(`${server.baseUrl}/v1/keys/key_%00`, { method: 'DELETE', headers });
      assert.equal(path.status, 400);
    });

    it('answers problems for the docs assets path instead of errors or bare replies', async () => {
      const missing = await fetch(`${server.baseUrl}/docs/assets/nothing.js`);
      assert.equal(missing.status, 404);
      assert.equal((await problemOf(missing)).code, 'not_found');
      const range = await fetch(`${server.baseUrl}/docs/assets/swagger-ui.css`, { headers: { Range: 'bytes=999999999-' } });
      assert.equal(range.status, 416);
      assert.equal((await problemOf(range)).code, 'range_not_satisfiable');
      const post = await fetch(`${server.baseUrl}/docs/assets/swagger-ui.css`, { method: 'POST' });
      assert.equal(post.status, 404);
      await problemOf(post);
    });

    it('answers 431 with a problem body when the headers are too large', async () => {
      const response = await fetch(`${server.baseUrl}/healthz`, { headers: { 'X-Big': 'x'.repeat(20_000) } });
      assert.equal(response.status, 431);
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
      assert.equal(((await response.json()) as { code: string }).code, 'headers_too_large');
    });
  });
});
