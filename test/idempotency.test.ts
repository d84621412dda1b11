// Idempotency-Key through the real request path (in-process, on SQLite and Postgres), with a
// clock the test moves for the 24-hour expiry.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../core/clock.js';
import { forEachBackend } from '../core/db/testing.js';
import { startInProcess, type RunningApp } from '../core/testing/in-process.js';
import { builtinPlugins } from '../plugins/index.js';
import { DATABASE } from '../core/tokens.js';
import { resolveToken } from '../core/container.js';
import { waitFor } from '../core/jobs/testing.js';
import type { IdempotencyTables } from '../core/idempotency/store.js';
import greetings from './fixtures/plugins/greetings/index.js';

forEachBackend((backend) => {
  describe('Idempotency-Key', () => {
    let running: RunningApp;
    const clock = new ManualClock(new Date());
    before(async () => {
      running = await startInProcess({ databaseUrl: await backend.freshUrl(), plugins: [...builtinPlugins, greetings], clock });
    });
    after(() => running?.close());

    const order = (key: string | undefined, body: Record<string, unknown>, apiKey = running.keys.test) =>
      fetch(`${running.baseUrl}/v1/greetings-orders`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
        body: JSON.stringify(body),
      });
    const idOf = async (response: Response) => ((await response.json()) as { id: string }).id;

    it('runs once and replays the stored status and body with Idempotent-Replayed: true', async () => {
      const first = await order('replay-1', { item: 'tea' });
      assert.equal(first.status, 201);
      assert.equal(first.headers.get('idempotent-replayed'), null);
      const id = await idOf(first);
      const again = await order('replay-1', { item: 'tea' });
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.match(again.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(await idOf(again), id);
      assert.notEqual(await idOf(await order(undefined, { item: 'tea' })), id, 'without the header every request runs');
    });

    it('stores the reply sealed, so a secret shown once is not kept in the clear, and replays it', async () => {
      const create = () =>
        fetch(`${running.baseUrl}/v1/keys`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${running.keys.test}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'sealed-1' },
          body: JSON.stringify({ name: 'sealed', scopes: ['agents:read'] }),
        });
      const first = await create();
      assert.equal(first.status, 201);
      const { key } = (await first.json()) as { key: string };
      assert.match(key, /^ig_test_/);
      // The record is stored before the reply goes out (core/idempotency/middleware.test.ts).
      const db = resolveToken(running.app.container, DATABASE).tables<IdempotencyTables>();
      const stored = await db.selectFrom('idempotency_keys').select('response_body').where('key', '=', 'sealed-1').executeTakeFirst();
      assert.ok(stored?.response_body, 'the reply was recorded');
      assert.ok(!stored.response_body.includes(key), 'the new key is not in the stored reply');
      assert.match(stored.response_body, /^v1\./);
      const again = await create();
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.equal(((await again.json()) as { key: string }).key, key, 'the replay shows the same key');
    });

    it('treats the same JSON with keys in another order as the same request', async () => {
      const id = await idOf(await order('order-1', { item: 'tea', delay_ms: 0 }));
      const again = await order('order-1', { delay_ms: 0, item: 'tea' });
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.equal(await idOf(again), id);
    });

    it('422 idempotency_key_reused for the same key with another body', async () => {
      await order('reuse-1', { item: 'tea' });
      const response = await order('reuse-1', { item: 'coffee' });
      assert.equal(response.status, 422);
      const problem = (await response.json()) as { code: string; errors: { field: string }[] };
      assert.equal(problem.code, 'idempotency_key_reused');
      assert.equal(problem.errors[0]?.field, 'Idempotency-Key');
    });

    it('409 idempotency_key_in_flight while the first is running, then the replay', async () => {
      const first = order('flight-1', { item: 'slow tea', delay_ms: 2000 });
      // Once the first request holds the key (its row is there), not after a fixed wait: on a
      // loaded machine the first request could claim it late and the second run instead.
      const db = resolveToken(running.app.container, DATABASE).tables<IdempotencyTables>();
      await waitFor('the first request to hold flight-1', async () => (await db.selectFrom('idempotency_keys').select('key').where('key', '=', 'flight-1').executeTakeFirst()) !== undefined);
      const during = await order('flight-1', { item: 'slow tea', delay_ms: 2000 });
      assert.equal(during.status, 409);
      assert.equal(((await during.json()) as { code: string }).code, 'idempotency_key_in_flight');
      assert.equal(during.headers.get('retry-after'), '1');
      const id = await idOf(await first);
      const later = await order('flight-1', { item: 'slow tea', delay_ms: 2000 });
      assert.equal(later.headers.get('idempotent-replayed'), 'true');
      assert.equal(await idOf(later), id);
    });

    it('runs two different keys in parallel, each once', async () => {
      const [a, b] = await Promise.all([order('par-a', { item: 'x', delay_ms: 200 }), order('par-b', { item: 'x', delay_ms: 200 })]);
      assert.equal(a.status, 201);
      assert.equal(b.status, 201);
      assert.notEqual(await idOf(a), await idOf(b));
    });

    it('keeps keys apart per org mode: a live key with the same Idempotency-Key runs anew', async () => {
      const testId = await idOf(await order('mode-1', { item: 'tea' }));
      const live = await order('mode-1', { item: 'tea' }, running.keys.live);
      assert.equal(live.status, 201);
      assert.equal(live.headers.get('idempotent-replayed'), null);
      assert.notEqual(await idOf(live), testId);
    });

    it('expires after 24 hours: the same key runs again', async () => {
      const id = await idOf(await order('expire-1', { item: 'tea' }));
      clock.advance(23 * 60 * 60 * 1000);
      assert.equal(await idOf(await order('expire-1', { item: 'tea' })), id);
      clock.advance(60 * 60 * 1000 + 1);
      const after = await order('expire-1', { item: 'tea' });
      assert.equal(after.headers.get('idempotent-replayed'), null);
      assert.notEqual(await idOf(after), id);
    });

    it('records a client error and replays it, but not a 5xx: that retry runs again', async () => {
      const missing = await order('err-404', { item: 'missing' });
      assert.equal(missing.status, 404);
      const replayed = await order('err-404', { item: 'missing' });
      assert.equal(replayed.status, 404);
      assert.equal(replayed.headers.get('idempotent-replayed'), 'true');
      assert.match(replayed.headers.get('content-type') ?? '', /^application\/problem\+json/);

      const broken = await order('err-500', { item: 'explode' });
      assert.equal(broken.status, 500);
      const retried = await order('err-500', { item: 'explode' });
      assert.equal(retried.status, 500);
      assert.equal(retried.headers.get('idempotent-replayed'), null);
    });

    it('400 naming the header for a streaming request or an operation that does not take it', async () => {
      const stream = await fetch(`${running.baseUrl}/v1/agents/agent_velo_automotive/content`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${running.keys.test}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'stream-1' },
        body: JSON.stringify({ content_type: 'product_review', product: { name: 'Nike Air Zoom Pegasus 41' }, format: 'instagram_caption', stream: true }),
      });
      assert.equal(stream.status, 400);
      const problem = (await stream.json()) as { code: string; errors: { field: string }[] };
      assert.equal(problem.code, 'idempotency_key_not_supported');
      assert.equal(problem.errors[0]?.field, 'Idempotency-Key');
      const ticket = await fetch(`${running.baseUrl}/v1/stream/tickets`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${running.keys.test}`, 'Idempotency-Key': 'ticket-1' },
      });
      assert.equal(ticket.status, 400);
      assert.equal(((await ticket.json()) as { code: string }).code, 'idempotency_key_not_supported');
    });

    it('400 validation_failed for a key longer than 255 characters', async () => {
      const response = await order('k'.repeat(256), { item: 'tea' });
      assert.equal(response.status, 400);
      assert.deepEqual(((await response.json()) as { errors: { field: string }[] }).errors.map((error) => error.field), ['Idempotency-Key']);
    });
  });
});
