// Nothing is lost across restarts: a delivery in flight when its server process is killed
// is attempted again by the next process on the same database, with the same webhook-id,
// once the dead process's job lease has run out.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { forEachBackend } from '../core/db/testing.js';
import { waitFor } from '../core/jobs/testing.js';
import { spawnServer, type SpawnedServer } from './helpers/server.js';
import { Receiver } from './fixtures/plugins/signals/receiver.js';

const env = {
  INFLUGENTIC_PLUGINS__EXTERNAL: '["./test/fixtures/plugins/signals"]',
  INFLUGENTIC_WEBHOOKS__ALLOW_PRIVATE_TARGETS: 'true',
  INFLUGENTIC_WEBHOOKS__RETRY_SCHEDULE_MS: '[200,200,200]',
  INFLUGENTIC_JOBS__LEASE_MS: '1000',
  INFLUGENTIC_JOBS__POLL_INTERVAL_MS: '50',
};

async function call<T>(server: SpawnedServer, key: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

forEachBackend((backend) => {
  describe('webhook deliveries across a restart', () => {
    it('retries a delivery whose process was killed mid-request in the next process', async () => {
      const url = await backend.freshUrl();
      const hook = await new Receiver().start();
      // The first request never gets an answer: the process sending it dies waiting.
      hook.reply = (_request, index) => (index === 0 ? { status: 200, hang: true } : { status: 200, body: 'got it' });
      const first = await spawnServer({ databaseUrl: url, env });
      let second: SpawnedServer | undefined;
      try {
        const key = first.keys.test;
        const created = await call<{ id: string; secret: string }>(first, key, 'POST', '/v1/webhooks', { url: hook.url(), events: ['signal.fired'] });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const emitted = await call<{ ids: string[] }>(first, key, 'POST', '/v1/signals', { count: 1 });
        assert.equal(emitted.status, 201);
        await waitFor('the first attempt to reach the receiver', () => hook.received.length === 1, 20_000);
        await first.stop('SIGKILL');

        second = await spawnServer({ databaseUrl: url, env });
        await waitFor('the delivery to be attempted again', () => hook.received.length >= 2, 30_000);
        let log: { status: string; attempts: { status_code: number | null; succeeded: boolean }[] }[] = [];
        await waitFor('the delivery to be logged as succeeded', async () => {
          log = (await call<{ data: typeof log }>(second!, key, 'GET', `/v1/webhooks/${created.body.id}/deliveries`)).body.data;
          return log[0]?.status === 'succeeded';
        });
        assert.equal(log.length, 1);
        // The killed attempt left no log line (its process died before writing one).
        assert.deepEqual(log[0]!.attempts.map((attempt) => [attempt.status_code, attempt.succeeded]), [[200, true]]);
        assert.equal(hook.received.length, 2);
        for (const request of hook.received) {
          assert.equal(request.headers['webhook-id'], emitted.body.ids[0]);
          assert.equal((new Webhook(created.body.secret).verify(request.body, request.headers as Record<string, string>) as { type: string }).type, 'signal.fired');
        }
        assert.equal(await second.stop('SIGTERM'), 0);
      } finally {
        await first.stop('SIGKILL');
        await second?.stop('SIGKILL');
        await hook.close();
      }
    });
  });
});
