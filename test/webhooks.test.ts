// The webhooks plugin through the real request path, on SQLite and Postgres, against real
// local receivers. Every delivery a receiver gets is verified with the `standardwebhooks`
// package, as a customer's receiver would verify it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { DATABASE, EVENT_BUS, SECRET_BOX, definePlugin, resolveToken, type Token } from '../core/index.js';
import { WEBHOOK_DELIVERIES } from '../plugins/webhooks/tokens.js';
import { deliverJob } from '../plugins/webhooks/jobs/deliver.js';
import { ManualClock } from '../core/clock.js';
import { forEachBackend } from '../core/db/testing.js';
import { waitFor } from '../core/jobs/testing.js';
import { KEY_SERVICE, ORG_SERVICE } from '../core/org/tokens.js';
import { startInProcess, type RunningApp } from '../core/testing/in-process.js';
import webhooks from '../plugins/webhooks/index.js';
import signals from './fixtures/plugins/signals/index.js';
import { Receiver, type Received } from './fixtures/plugins/signals/receiver.js';

// lead.captured belongs to the analytics plugin; registered here so the scope rule can be seen.
const leads = definePlugin({ name: 'leadsfixture', version: '1.0.0', events: { 'lead.captured': { description: 'A lead', payload: { type: 'object' } } } });

interface Delivery {
  id: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempts_count: number;
  next_attempt_at: string | null;
  attempts: { attempted_at: string; status_code: number | null; latency_ms: number; succeeded: boolean; error: string | null; response_body_excerpt: string | null }[];
}

interface Endpoint {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  disabled_reason: string | null;
  secret?: string;
}

function client(running: RunningApp, key: string) {
  return async function call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(`${running.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  };
}

/** Verifies a received request with the standardwebhooks package; returns the parsed payload. */
function verify(request: Received, secret: string): { type: string; timestamp: string; data: Record<string, unknown> } {
  const raw = !secret.startsWith('whsec_');
  return new Webhook(secret, raw ? { format: 'raw' } : undefined).verify(request.body, request.headers as Record<string, string>) as never;
}

const fast = { retry_schedule_ms: [150, 150, 150], retry_jitter: 0, allow_private_targets: true, timeout_ms: 2000 };

forEachBackend((backend) => {
  describe('webhooks', () => {
    let running: RunningApp;
    let api: ReturnType<typeof client>;
    const receivers: Receiver[] = [];

    async function receiver(): Promise<Receiver> {
      const made = await new Receiver().start();
      receivers.push(made);
      return made;
    }

    async function endpoint(url: string, events: string[] = ['signal.fired'], secret?: string): Promise<Endpoint> {
      const created = await api<Endpoint>('POST', '/v1/webhooks', { url, events, ...(secret ? { secret } : {}) });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body;
    }

    async function emit(count = 1, label?: string): Promise<string[]> {
      const reply = await api<{ ids: string[] }>('POST', '/v1/signals', { count, ...(label ? { label } : {}) });
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
      return reply.body.ids;
    }

    async function deliveries(webhookId: string, query = ''): Promise<Delivery[]> {
      const reply = await api<{ data: Delivery[] }>('GET', `/v1/webhooks/${webhookId}/deliveries${query}`);
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      return reply.body.data;
    }

    async function settled(webhookId: string, count: number): Promise<Delivery[]> {
      let last: Delivery[] = [];
      await waitFor(`${count} finished deliveries to ${webhookId}`, async () => {
        last = await deliveries(webhookId);
        return last.length === count && last.every((delivery) => delivery.status !== 'pending');
      }, 20_000);
      return last;
    }

    before(async () => {
      running = await startInProcess({
        databaseUrl: await backend.freshUrl(),
        plugins: [webhooks, signals, leads],
        config: { webhooks: fast, jobs: { poll_interval_ms: 20 } },
      });
      api = client(running, running.keys.test);
    });
    after(async () => {
      await running.close();
      await Promise.all(receivers.map((made) => made.close()));
    });

    describe('endpoints', () => {
      it('creates an endpoint with a generated whsec_ secret shown once, and lists, reads, changes and deletes it', async () => {
        const created = await endpoint('https://hooks.example.com/influgentic', ['signal.fired', '*']);
        assert.match(created.id, /^wh_/);
        assert.match(created.secret ?? '', /^whsec_[A-Za-z0-9+/]{43}=$/);
        assert.equal(Buffer.from((created.secret ?? '').slice(6), 'base64').length, 32);
        assert.deepEqual([created.enabled, created.disabled_reason, created.url], [true, null, 'https://hooks.example.com/influgentic']);

        const stored = await resolveToken(running.app.container, DATABASE).kysely.selectFrom('webhooks_endpoints').select('secret').where('id', '=', created.id).executeTakeFirstOrThrow();
        assert.ok(!String(stored.secret).includes((created.secret ?? '').slice(6)), 'the secret is stored encrypted');
        assert.equal(resolveToken(running.app.container, SECRET_BOX).open(String(stored.secret)), created.secret);

        const read = await api<Endpoint>('GET', `/v1/webhooks/${created.id}`);
        assert.equal(read.status, 200);
        assert.equal(read.body.secret, undefined, 'the secret is shown at creation only');
        assert.deepEqual(read.body.events, ['signal.fired', '*']);

        const changed = await api<Endpoint>('PATCH', `/v1/webhooks/${created.id}`, { url: 'https://hooks.example.com/v2', events: ['signal.fired'], enabled: false });
        assert.equal(changed.status, 200, JSON.stringify(changed.body));
        assert.deepEqual([changed.body.url, changed.body.events, changed.body.enabled, changed.body.disabled_reason], ['https://hooks.example.com/v2', ['signal.fired'], false, 'disabled_by_user']);
        const enabled = await api<Endpoint>('PATCH', `/v1/webhooks/${created.id}`, { enabled: true });
        assert.deepEqual([enabled.body.enabled, enabled.body.disabled_reason], [true, null]);

        const deleted = await api('DELETE', `/v1/webhooks/${created.id}`);
        assert.deepEqual([deleted.status, deleted.body], [200, { id: created.id, deleted: true }]);
        assert.equal((await api<{ code: string }>('GET', `/v1/webhooks/${created.id}`)).body.code, 'webhook_not_found');
        assert.equal((await api('DELETE', `/v1/webhooks/${created.id}`)).status, 404);
      });

      it('pages the list newest first with a cursor', async () => {
        const made: string[] = [];
        for (let i = 0; i < 3; i += 1) made.push((await endpoint(`https://page.example.com/${i}`)).id);
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page: { status: number; body: { data: Endpoint[]; meta: { next_cursor: string | null; total: number } } } = await api('GET', `/v1/webhooks?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
          assert.equal(page.status, 200);
          assert.ok(page.body.data.length <= 2);
          seen.push(...page.body.data.map((item) => item.id));
          cursor = page.body.meta.next_cursor;
        } while (cursor);
        const ours = seen.filter((id) => made.includes(id));
        assert.deepEqual(ours, [...made].reverse());
        assert.equal(new Set(seen).size, seen.length, 'no endpoint on two pages');
      });

      it('keeps a user-supplied secret and refuses what the schema or the registry does not allow', async () => {
        const own = await endpoint('https://hooks.example.com/own', ['signal.fired'], 'igsec_your_secret_here');
        assert.equal(own.secret, 'igsec_your_secret_here');

        const unknown = await api<{ code: string; errors: { field: string }[]; allowed: string[] }>('POST', '/v1/webhooks', { url: 'https://hooks.example.com/x', events: ['signal.fired', 'campaign.paused'] });
        assert.equal(unknown.status, 422);
        assert.equal(unknown.body.code, 'unknown_event');
        assert.deepEqual(unknown.body.errors.map((error) => error.field), ['events[1]']);
        for (const name of ['signal.fired', 'lead.captured', 'webhook.test', '*']) assert.ok(unknown.body.allowed.includes(name), name);

        const short = await api<{ code: string; errors: { field: string }[] }>('POST', '/v1/webhooks', { url: 'https://hooks.example.com/x', events: ['*'], secret: 'short' });
        assert.equal(short.status, 400);
        assert.ok(short.body.errors.some((error) => error.field.includes('secret')));
        // whsec_ promises base64 to every Standard Webhooks library: one that is not could never be verified.
        const before = (await api<{ meta: { total: number } }>('GET', '/v1/webhooks')).body.meta.total;
        const notBase64 = await api<{ code: string; errors: { field: string; code: string }[] }>('POST', '/v1/webhooks', { url: 'https://hooks.example.com/x', events: ['*'], secret: 'whsec_my-own-secret-password' });
        assert.deepEqual([notBase64.status, notBase64.body.code, notBase64.body.errors.map((error) => [error.field, error.code])], [400, 'validation_failed', [['secret', 'invalid_whsec_secret']]]);
        assert.equal((await api<{ meta: { total: number } }>('GET', '/v1/webhooks')).body.meta.total, before, 'nothing was created');
        const scheme = await api<{ status: number }>('POST', '/v1/webhooks', { url: 'ftp://hooks.example.com/x', events: ['*'] });
        assert.equal(scheme.status, 400);

        const patched = await api<{ code: string }>('PATCH', `/v1/webhooks/${own.id}`, { events: ['nope.never'] });
        assert.deepEqual([patched.status, patched.body.code], [422, 'unknown_event']);
        assert.deepEqual((await api<Endpoint>('GET', `/v1/webhooks/${own.id}`)).body.events, ['signal.fired'], 'a refused change writes nothing');
      });

      it('needs leads:read for lead.captured or *, and keeps each org and mode apart', async () => {
        const keys = resolveToken(running.app.container, KEY_SERVICE);
        const narrow = client(running, (await keys.create({ orgId: 'org_default', livemode: false, name: 'narrow', scopes: ['webhooks:write'] })).key);
        for (const events of [['lead.captured'], ['*'], ['signal.fired', '*']]) {
          const refused = await narrow<{ code: string; required_scope: string }>('POST', '/v1/webhooks', { url: 'https://hooks.example.com/l', events });
          assert.deepEqual([refused.status, refused.body.code, refused.body.required_scope], [403, 'insufficient_scope', 'leads:read'], events.join());
        }
        assert.equal((await narrow('POST', '/v1/webhooks', { url: 'https://hooks.example.com/l', events: ['signal.fired'] })).status, 201);
        const withLeads = client(running, (await keys.create({ orgId: 'org_default', livemode: false, name: 'leads', scopes: ['webhooks:write', 'leads:read'] })).key);
        assert.equal((await withLeads('POST', '/v1/webhooks', { url: 'https://hooks.example.com/l', events: ['lead.captured'] })).status, 201);

        const mine = await endpoint('https://hooks.example.com/mine');
        const live = client(running, running.keys.live);
        assert.equal((await live<{ code: string }>('GET', `/v1/webhooks/${mine.id}`)).body.code, 'webhook_not_found');
        const other = await resolveToken(running.app.container, ORG_SERVICE).create({ name: 'Other', plan: 'growth' });
        const stranger = client(running, (await keys.create({ orgId: other.id, livemode: false, name: 'x', scopes: ['admin'] })).key);
        assert.equal((await stranger('GET', `/v1/webhooks/${mine.id}`)).status, 404);
        assert.equal((await stranger('DELETE', `/v1/webhooks/${mine.id}`)).status, 404);
        assert.equal((await api('GET', `/v1/webhooks/${mine.id}`)).status, 200);
      });
    });

    describe('deliveries', () => {
      // An org of their own: the endpoints above (unreachable example.com hosts) get none of these events.
      let liveApi: ReturnType<typeof client>;
      before(async () => {
        const org = await resolveToken(running.app.container, ORG_SERVICE).create({ name: 'Deliveries', plan: 'growth' });
        const keys = resolveToken(running.app.container, KEY_SERVICE);
        api = client(running, (await keys.create({ orgId: org.id, livemode: false, name: 'admin', scopes: ['admin'] })).key);
        liveApi = client(running, (await keys.create({ orgId: org.id, livemode: true, name: 'admin', scopes: ['admin'] })).key);
      });

      it('signs every delivery per Standard Webhooks; only the subscribed endpoints of the same org and mode get it', async () => {
        const hook = await receiver();
        const otherMode = await receiver();
        const otherOrg = await receiver();
        const unsubscribed = await receiver();
        const target = await endpoint(hook.url(), ['signal.fired']);
        await endpoint(unsubscribed.url(), ['webhook.test']);
        assert.equal((await liveApi('POST', '/v1/webhooks', { url: otherMode.url(), events: ['*'] })).status, 201);
        const keys = resolveToken(running.app.container, KEY_SERVICE);
        const other = await resolveToken(running.app.container, ORG_SERVICE).create({ name: 'Elsewhere', plan: 'growth' });
        const stranger = client(running, (await keys.create({ orgId: other.id, livemode: false, name: 'x', scopes: ['admin'] })).key);
        assert.equal((await stranger('POST', '/v1/webhooks', { url: otherOrg.url(), events: ['*'] })).status, 201);

        const ids = await emit(3, 'hello');
        const log = await settled(target.id, 3);
        assert.equal(hook.received.length, 3);
        const payloads = hook.received.map((request) => verify(request, target.secret!));
        assert.deepEqual(new Set(hook.received.map((request) => request.headers['webhook-id'])), new Set(ids), 'webhook-id is the event id');
        for (const payload of payloads) {
          assert.equal(payload.type, 'signal.fired');
          assert.ok(!Number.isNaN(Date.parse(payload.timestamp)));
          assert.equal(payload.data['label'], 'hello');
        }
        assert.deepEqual(Object.keys(payloads[0]!), ['type', 'timestamp', 'data']);
        assert.match(String(hook.received[0]!.headers['webhook-timestamp']), /^\d+$/);
        assert.match(String(hook.received[0]!.headers['webhook-signature']), /^v1,[A-Za-z0-9+/=]+$/);
        assert.throws(() => new Webhook('whsec_' + Buffer.alloc(32, 1).toString('base64')).verify(hook.received[0]!.body, hook.received[0]!.headers as Record<string, string>), 'another secret does not verify');

        for (const delivery of log) {
          assert.equal(delivery.status, 'succeeded');
          assert.equal(delivery.event_type, 'signal.fired');
          assert.equal(delivery.attempts.length, 1);
          assert.deepEqual([delivery.attempts[0]!.status_code, delivery.attempts[0]!.succeeded, delivery.attempts[0]!.response_body_excerpt], [200, true, 'ok']);
          assert.ok(delivery.attempts[0]!.latency_ms >= 0);
        }
        // Give stray deliveries a moment to show up, then check nobody else got anything.
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.deepEqual([otherMode.received.length, otherOrg.received.length, unsubscribed.received.length], [0, 0, 0]);
      });

      it('makes no fan-out job for an event that no enabled endpoint of its org and mode subscribes to', async () => {
        const org = await resolveToken(running.app.container, ORG_SERVICE).create({ name: 'Quiet', plan: 'growth' });
        const quiet = client(running, (await resolveToken(running.app.container, KEY_SERVICE).create({ orgId: org.id, livemode: false, name: 'admin', scopes: ['admin'] })).key);
        const hook = await receiver();
        assert.equal((await quiet('POST', '/v1/webhooks', { url: hook.url(), events: ['webhook.test'] })).status, 201);
        const disabled = await quiet<Endpoint>('POST', '/v1/webhooks', { url: hook.url(), events: ['*'] });
        assert.equal((await quiet('PATCH', `/v1/webhooks/${disabled.body.id}`, { enabled: false })).status, 200);
        const fanOutJobs = (eventIds: string[]) =>
          resolveToken(running.app.container, DATABASE).kysely.selectFrom('jobs_jobs').select('dedupe_key').where('type', '=', 'event:webhooks.fan_out').where('dedupe_key', 'in', eventIds).execute();

        const unwanted = await quiet<{ ids: string[] }>('POST', '/v1/signals', { count: 2 });
        assert.equal(unwanted.status, 201);
        assert.deepEqual(await fanOutJobs(unwanted.body.ids), []);

        const wanted = await quiet<Endpoint>('POST', '/v1/webhooks', { url: hook.url(), events: ['signal.fired'] });
        const [id] = (await quiet<{ ids: string[] }>('POST', '/v1/signals', { count: 1 })).body.ids;
        assert.deepEqual((await fanOutJobs([id!])).map((job) => job.dedupe_key), [id]);
        await waitFor('the delivery to the subscribed endpoint', () => hook.received.length === 1);
        assert.equal(verify(hook.received[0]!, wanted.body.secret!).type, 'signal.fired');
      });

      it('makes one delivery and one job per (event, endpoint) however often the fan-out runs', async () => {
        const hook = await receiver();
        const target = await endpoint(hook.url());
        const [id] = await emit(1);
        await settled(target.id, 1);
        // The subscription runs at least once: a repeat (a process that died after the fan-out
        // committed, before its job was marked done) must not double anything.
        const event = await resolveToken(running.app.container, EVENT_BUS).get(id!);
        assert.ok(event);
        const fanOut = resolveToken(running.app.container, WEBHOOK_DELIVERIES);
        await Promise.all([fanOut.fanOut(event), fanOut.fanOut(event)]);
        await new Promise((resolve) => setTimeout(resolve, 400));
        assert.equal(hook.received.length, 1);
        assert.equal((await deliveries(target.id)).length, 1);
        const jobs = await resolveToken(running.app.container, DATABASE).kysely.selectFrom('jobs_jobs').select('id').where('type', '=', 'webhooks.deliver').where('dedupe_key', '=', `${id}:${target.id}`).execute();
        assert.equal(jobs.length, 1);
      });

      it('verifies a user-supplied (non-whsec) secret as its UTF-8 bytes', async () => {
        const hook = await receiver();
        const target = await endpoint(hook.url(), ['signal.fired'], 'igsec_your_secret_here');
        await emit(1);
        await settled(target.id, 1);
        assert.equal(verify(hook.received[0]!, 'igsec_your_secret_here').type, 'signal.fired');
      });

      it('retries failures on the schedule with the same webhook-id, each attempt signed afresh, until a 2xx', async () => {
        const hook = await receiver();
        hook.reply = (_request, index) => (index < 2 ? { status: 500, body: 'boom' } : { status: 204 });
        const target = await endpoint(hook.url());
        const [id] = await emit(1);
        const [delivery] = await settled(target.id, 1);
        assert.equal(delivery!.status, 'succeeded');
        assert.deepEqual(delivery!.attempts.map((attempt) => [attempt.status_code, attempt.succeeded]), [[500, false], [500, false], [204, true]]);
        assert.equal(delivery!.attempts[0]!.response_body_excerpt, 'boom');
        assert.equal(delivery!.attempts_count, 3);
        assert.equal(hook.received.length, 3);
        for (const request of hook.received) {
          assert.equal(request.headers['webhook-id'], id);
          verify(request, target.secret!);
        }
      });

      it('honours Retry-After on 429 and 503 instead of the schedule', async () => {
        const hook = await receiver();
        hook.reply = (_request, index) => (index === 0 ? { status: 429, headers: { 'retry-after': '1' } } : index === 1 ? { status: 503, headers: { 'retry-after': '1' } } : { status: 200 });
        const target = await endpoint(hook.url());
        await emit(1);
        const [delivery] = await settled(target.id, 1);
        assert.deepEqual(delivery!.attempts.map((attempt) => attempt.status_code), [429, 503, 200]);
        const [a, b, c] = hook.received.map((request) => request.at);
        // The schedule says 150 ms; the receiver asked for a second each time.
        assert.ok(b! - a! >= 900, `waited ${b! - a!} ms after the 429`);
        assert.ok(c! - b! >= 900, `waited ${c! - b!} ms after the 503`);
        for (const request of hook.received) verify(request, target.secret!);
      });

      it('disables the endpoint at once on 410 and sends it nothing more', async () => {
        const hook = await receiver();
        hook.reply = () => ({ status: 410, body: 'gone' });
        const target = await endpoint(hook.url());
        await emit(1);
        const [delivery] = await settled(target.id, 1);
        assert.deepEqual([delivery!.status, delivery!.attempts.length, delivery!.attempts[0]!.status_code], ['failed', 1, 410]);
        const read = await api<Endpoint>('GET', `/v1/webhooks/${target.id}`);
        assert.deepEqual([read.body.enabled, read.body.disabled_reason], [false, 'endpoint_gone']);
        verify(hook.received[0]!, target.secret!);
        await emit(2);
        await new Promise((resolve) => setTimeout(resolve, 400));
        assert.equal(hook.received.length, 1);
        assert.equal((await deliveries(target.id)).length, 1, 'a disabled endpoint gets no new deliveries');
      });

      it('fails a delivery when the schedule runs out; redelivery sends it again with the same webhook-id and logs the new attempts', async () => {
        const hook = await receiver();
        let healthy = false;
        hook.reply = () => (healthy ? { status: 200, body: 'thanks' } : { status: 500, body: 'x'.repeat(5000) });
        const target = await endpoint(hook.url());
        const [id] = await emit(1);
        const [failed] = await settled(target.id, 1);
        assert.equal(failed!.status, 'failed');
        assert.equal(failed!.attempts.length, 1 + fast.retry_schedule_ms.length);
        assert.equal(failed!.next_attempt_at, null);
        assert.equal(failed!.attempts[0]!.response_body_excerpt, 'x'.repeat(1024), 'the excerpt stops at 1 KB');

        healthy = true;
        const again = await api<Delivery>('POST', `/v1/webhooks/${target.id}/deliveries/${failed!.id}/redeliver`);
        assert.equal(again.status, 202, JSON.stringify(again.body));
        assert.equal(again.body.id, failed!.id);
        const [done] = await settled(target.id, 1);
        assert.equal(done!.status, 'succeeded');
        assert.equal(done!.attempts.length, 5);
        assert.deepEqual(done!.attempts.at(-1)!.response_body_excerpt, 'thanks');
        assert.equal(hook.received.at(-1)!.headers['webhook-id'], id);
        verify(hook.received.at(-1)!, target.secret!);

        const unknown = await api<{ code: string }>('POST', `/v1/webhooks/${target.id}/deliveries/whd_0000000000NOPE/redeliver`);
        assert.deepEqual([unknown.status, unknown.body.code], [404, 'delivery_not_found']);
      });

      it('refuses to redeliver a pending delivery (409 delivery_in_progress)', async () => {
        const hook = await receiver();
        hook.reply = () => ({ status: 200, hang: true });
        const target = await endpoint(hook.url());
        await emit(1);
        await waitFor('the first attempt to reach the receiver', () => hook.received.length >= 1);
        const [pending] = await deliveries(target.id);
        assert.equal(pending!.status, 'pending');
        const refused = await api<{ code: string }>('POST', `/v1/webhooks/${target.id}/deliveries/${pending!.id}/redeliver`);
        assert.deepEqual([refused.status, refused.body.code], [409, 'delivery_in_progress']);
      });

      it('counts no answer within the timeout as a failed attempt (timeout)', async () => {
        const hook = await receiver();
        hook.reply = (_request, index) => (index === 0 ? { status: 200, hang: true } : { status: 200 });
        const target = await endpoint(hook.url());
        await emit(1);
        const [delivery] = await settled(target.id, 1);
        assert.deepEqual(delivery!.attempts.map((attempt) => [attempt.status_code, attempt.error]), [[null, 'timeout'], [200, null]]);
        assert.equal(hook.received.length, 2);
        for (const request of hook.received) verify(request, target.secret!);
      });

      it('does not follow a redirect', async () => {
        const elsewhere = await receiver();
        const hook = await receiver();
        hook.reply = () => ({ status: 302, headers: { location: elsewhere.url('/stolen') } });
        const target = await endpoint(hook.url());
        await emit(1);
        const [delivery] = await settled(target.id, 1);
        assert.equal(delivery!.status, 'failed');
        assert.deepEqual(delivery!.attempts[0]!.status_code, 302);
        assert.equal(delivery!.attempts[0]!.error, 'redirect_not_followed');
        assert.equal(elsewhere.received.length, 0);
        for (const request of hook.received) verify(request, target.secret!);
      });

      it('sends webhook.test to one endpoint, even when it is disabled, and lists deliveries by status and type with a cursor', async () => {
        const hook = await receiver();
        const target = await endpoint(hook.url(), ['signal.fired']);
        await api('PATCH', `/v1/webhooks/${target.id}`, { enabled: false });
        const queued = await api<Delivery>('POST', `/v1/webhooks/${target.id}/test`);
        assert.equal(queued.status, 202, JSON.stringify(queued.body));
        assert.deepEqual([queued.body.event_type, queued.body.status, queued.body.attempts], ['webhook.test', 'pending', []]);
        await waitFor('the test delivery', () => hook.received.length >= 1);
        const payload = verify(hook.received[0]!, target.secret!);
        assert.equal(payload.type, 'webhook.test');
        assert.equal(payload.data['webhook_id'], target.id);
        assert.equal(hook.received[0]!.headers['webhook-id'], queued.body.event_id);

        await api('PATCH', `/v1/webhooks/${target.id}`, { enabled: true });
        await emit(2);
        await settled(target.id, 3);
        const tests = await deliveries(target.id, '?event_type=webhook.test');
        assert.deepEqual(tests.map((delivery) => delivery.id), [queued.body.id]);
        assert.equal((await deliveries(target.id, '?status=succeeded')).length, 3);
        assert.equal((await deliveries(target.id, '?status=failed')).length, 0);
        const first = await api<{ data: Delivery[]; meta: { next_cursor: string | null; total: number } }>('GET', `/v1/webhooks/${target.id}/deliveries?limit=2`);
        assert.equal(first.body.meta.total, 3);
        assert.equal(first.body.data.length, 2);
        const second = await api<{ data: Delivery[]; meta: { next_cursor: string | null } }>('GET', `/v1/webhooks/${target.id}/deliveries?limit=2&cursor=${first.body.meta.next_cursor}`);
        assert.equal(second.body.data.length, 1);
        assert.equal(second.body.meta.next_cursor, null);
        assert.equal(new Set([...first.body.data, ...second.body.data].map((delivery) => delivery.id)).size, 3);
        assert.equal((await api('POST', '/v1/webhooks/wh_0000000000NOPE/test')).status, 404);
      });

      it('signs with the old and the new secret for 24 hours after a rotation: a receiver with either verifies', async () => {
        const hook = await receiver();
        const target = await endpoint(hook.url());
        const rotated = await api<Endpoint & { previous_secret_expires_at: string }>('POST', `/v1/webhooks/${target.id}/rotate-secret`);
        assert.equal(rotated.status, 200, JSON.stringify(rotated.body));
        assert.match(rotated.body.secret!, /^whsec_/);
        assert.notEqual(rotated.body.secret, target.secret);
        const overlap = Date.parse(rotated.body.previous_secret_expires_at) - Date.now();
        assert.ok(overlap > 23.9 * 3_600_000 && overlap <= 24 * 3_600_000, `old secret kept ${overlap} ms`);

        await emit(1);
        await settled(target.id, 1);
        const request = hook.received[0]!;
        assert.equal(String(request.headers['webhook-signature']).split(' ').length, 2);
        assert.equal(verify(request, target.secret!).type, 'signal.fired', 'a receiver with only the old secret verifies');
        assert.equal(verify(request, rotated.body.secret!).type, 'signal.fired', 'a receiver with only the new secret verifies');
      });

      it('drops an endpoint’s pending deliveries and log when it is deleted', async () => {
        const hook = await receiver();
        hook.reply = () => ({ status: 500 });
        const target = await endpoint(hook.url());
        await emit(1);
        await waitFor('a first failed attempt', () => hook.received.length >= 1);
        assert.equal((await api('DELETE', `/v1/webhooks/${target.id}`)).status, 200);
        const seen = hook.received.length;
        await new Promise((resolve) => setTimeout(resolve, 600));
        assert.ok(hook.received.length <= seen + 1, 'no retries after the endpoint is gone (one may have been in flight)');
        assert.equal((await api('GET', `/v1/webhooks/${target.id}/deliveries`)).status, 404);
      });
    });
  });
});

forEachBackend((backend) => {
  describe('webhooks: an endpoint failing for 5 days', () => {
    let running: RunningApp;
    let hook: Receiver;
    const clock = new ManualClock(new Date());

    before(async () => {
      hook = await new Receiver().start();
      hook.reply = () => ({ status: 500, body: 'down' });
      running = await startInProcess({
        databaseUrl: await backend.freshUrl(),
        plugins: [webhooks, signals],
        clock,
        config: { webhooks: { ...fast, retry_schedule_ms: [60_000, 60_000] }, jobs: { poll_interval_ms: 20 } },
      });
    });
    after(async () => {
      await running.close();
      await hook.close();
    });

    it('is disabled (failing_for_5_days) by the first failed attempt 5 days after its failures began', async () => {
      const api = client(running, running.keys.test);
      const created = await api<Endpoint>('POST', '/v1/webhooks', { url: hook.url(), events: ['signal.fired'] });
      await api('POST', '/v1/signals', { count: 1 });
      await waitFor('the first failed attempt', () => hook.received.length === 1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal((await api<Endpoint>('GET', `/v1/webhooks/${created.body.id}`)).body.enabled, true, 'one failure disables nothing');

      clock.advance(5 * 24 * 3_600_000);
      await waitFor('the retry, due on the moved clock', () => hook.received.length === 2);
      await waitFor('the endpoint to be disabled', async () => (await api<Endpoint>('GET', `/v1/webhooks/${created.body.id}`)).body.disabled_reason === 'failing_for_5_days');
      const log = await api<{ data: Delivery[] }>('GET', `/v1/webhooks/${created.body.id}/deliveries`);
      assert.deepEqual([log.body.data[0]!.status, log.body.data[0]!.attempts.length], ['failed', 2]);
    });
  });
});

forEachBackend((backend) => {
  describe('webhooks: 24 hours after a rotation', () => {
    let running: RunningApp;
    let hook: Receiver;
    const clock = new ManualClock(new Date());

    before(async () => {
      hook = await new Receiver().start();
      running = await startInProcess({ databaseUrl: await backend.freshUrl(), plugins: [webhooks, signals], clock, config: { webhooks: fast, jobs: { poll_interval_ms: 20 } } });
    });
    after(async () => {
      await running.close();
      await hook.close();
    });

    it('signs with the new secret alone once the old one has expired', async () => {
      const api = client(running, running.keys.test);
      const created = await api<Endpoint>('POST', '/v1/webhooks', { url: hook.url(), events: ['signal.fired'] });
      const rotated = await api<Endpoint>('POST', `/v1/webhooks/${created.body.id}/rotate-secret`);
      clock.advance(24 * 3_600_000 + 1000);
      await api('POST', '/v1/signals', { count: 1 });
      await waitFor('the delivery', () => hook.received.length === 1);
      const request = hook.received[0]!;
      // The moved clock puts webhook-timestamp a day ahead, which verify() would refuse as too new; compare with sign() instead.
      const timestamp = new Date(Number(request.headers['webhook-timestamp']) * 1000);
      const expected = new Webhook(rotated.body.secret!).sign(String(request.headers['webhook-id']), timestamp, request.body);
      assert.equal(request.headers['webhook-signature'], expected);
      assert.notEqual(new Webhook(created.body.secret!).sign(String(request.headers['webhook-id']), timestamp, request.body), expected);
    });
  });

  describe('webhooks: an event for thousands of endpoints', () => {
    let running: RunningApp;
    before(async () => {
      // No job workers: the fan-out is run by hand and its deliveries are counted, not sent.
      running = await startInProcess({ databaseUrl: await backend.freshUrl(), plugins: [webhooks, signals], config: { webhooks: fast, jobs: { workers: false } } });
    });
    after(() => running.close());

    it('fails a delivery whose job died (its last attempt lost with its process), so it can be redelivered; a late outcome of that attempt still counts', async () => {
      // A receiver that answers 200 only when told to: the "lost" attempt is still in flight.
      let answer: () => void = () => undefined;
      const answered = new Promise<void>((resolve) => (answer = resolve));
      let reached: () => void = () => undefined;
      const inFlight = new Promise<void>((resolve) => (reached = resolve));
      const slow = createServer((request, response) => {
        request.resume();
        reached();
        void answered.then(() => response.end('late but fine'));
      });
      await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
      try {
        const api = client(running, running.keys.test);
        const target = await api<Endpoint>('POST', '/v1/webhooks', { url: `http://127.0.0.1:${(slow.address() as AddressInfo).port}/hook`, events: ['signal.fired'] });
        const [id] = (await api<{ ids: string[] }>('POST', '/v1/signals', { count: 1 })).body.ids;
        const deliveries = resolveToken(running.app.container, WEBHOOK_DELIVERIES);
        await deliveries.fanOut((await resolveToken(running.app.container, EVENT_BUS).get(id!))!);
        const listed = async () => (await api<{ data: Delivery[] }>('GET', `/v1/webhooks/${target.body.id}/deliveries`)).body.data[0]!;
        const pending = await listed();
        assert.equal(pending.status, 'pending');
        assert.equal((await api<{ code: string }>('POST', `/v1/webhooks/${target.body.id}/deliveries/${pending.id}/redeliver`)).body.code, 'delivery_in_progress');

        // A worker makes the last attempt and stalls past its lease; another takes the job,
        // finds it out of attempts and calls onDead, as the worker pool does.
        const payload = { orgId: 'org_default', livemode: false, webhookId: target.body.id, eventId: id!, round: 1 };
        const context = { id: 'job_x', type: 'webhooks.deliver', payload, attempt: 7, maxAttempts: 7, signal: new AbortController().signal, logger: running.app.logger, resolve: <T>(key: Token<T>) => resolveToken(running.app.container, key) };
        const lost = deliveries.attempt(payload, context);
        // In flight once the receiver has the request (a fixed wait could let onDead run first).
        await inFlight;
        await deliverJob.onDead!({ ...context, attempt: 8 }, 'the process running attempt 7 stopped before it finished');
        await deliverJob.onDead!({ ...context, attempt: 8 }, 'again: safe to repeat');
        const failed = await listed();
        assert.deepEqual([failed.id, failed.status, failed.next_attempt_at, failed.attempts.length], [pending.id, 'failed', null, 0]);

        answer();
        await lost;
        const done = await listed();
        assert.deepEqual([done.status, done.attempts.map((attempt) => attempt.status_code)], ['succeeded', [200]], 'the real outcome replaces the guess');
        assert.equal((await api('POST', `/v1/webhooks/${target.body.id}/deliveries/${pending.id}/redeliver`)).status, 202);
        assert.equal((await api('DELETE', `/v1/webhooks/${target.body.id}`)).status, 200, 'the next test counts endpoints of its own');
      } finally {
        answer();
        slow.closeAllConnections();
        await new Promise<void>((resolve) => slow.close(() => resolve()));
      }
    });

    it('makes a delivery and a job for each of 2,600 endpoints (past SQLite\'s bound-parameter limit in one statement)', async () => {
      const db = resolveToken(running.app.container, DATABASE).kysely;
      const secret = resolveToken(running.app.container, SECRET_BOX).seal('whsec_' + Buffer.alloc(32, 7).toString('base64'));
      const now = new Date().toISOString();
      const rows = Array.from({ length: 2600 }, (_, n) => ({
        id: `wh_bulk${String(n).padStart(5, '0')}`, org_id: 'org_default', livemode: 0, url: `https://hooks.example.com/${n}`, events: '["signal.fired"]', enabled: 1, disabled_reason: null,
        secret, previous_secret: null, previous_secret_expires_at: null, failing_since: null, created_at: now, updated_at: now,
      }));
      for (let i = 0; i < rows.length; i += 200) await db.insertInto('webhooks_endpoints' as never).values(rows.slice(i, i + 200) as never).execute();
      const api = client(running, running.keys.test);
      const [id] = (await api<{ ids: string[] }>('POST', '/v1/signals', { count: 1 })).body.ids;
      const event = await resolveToken(running.app.container, EVENT_BUS).get(id!);
      assert.equal(await resolveToken(running.app.container, WEBHOOK_DELIVERIES).fanOut(event!), 2600);
      const count = async (table: string, column: string, value: string) =>
        Number((await db.selectFrom(table as never).select((eb) => eb.fn.countAll<number>().as('n')).where(column as never, 'like', value as never).executeTakeFirstOrThrow()).n);
      assert.equal(await count('webhooks_deliveries', 'event_id', id!), 2600);
      assert.equal(await count('jobs_jobs', 'dedupe_key', `${id}:%`), 2600);
    });
  });

  describe('webhooks: delivery retention', () => {
    let running: RunningApp;
    const receivers: Receiver[] = [];
    const clock = new ManualClock(new Date('2026-01-05T00:00:00.000Z'));
    const DAY = 86_400_000;
    before(async () => {
      running = await startInProcess({
        databaseUrl: await backend.freshUrl(),
        plugins: [webhooks, signals],
        clock,
        config: { webhooks: { ...fast, retry_schedule_ms: [3_600_000] }, jobs: { poll_interval_ms: 60_000 } },
      });
    });
    after(async () => {
      await running.close();
      await Promise.all(receivers.map((made) => made.close()));
    });

    it('purges finished deliveries and their logs after webhooks.retention_days, and never a pending one', async () => {
      const api = client(running, running.keys.test);
      const good = await new Receiver().start();
      const bad = await new Receiver().start();
      receivers.push(good, bad);
      bad.reply = () => ({ status: 500 });
      const ok = (await api<Endpoint>('POST', '/v1/webhooks', { url: good.url(), events: ['signal.fired'] })).body;
      const failing = (await api<Endpoint>('POST', '/v1/webhooks', { url: bad.url(), events: ['signal.fired'] })).body;
      await api('POST', '/v1/signals', { count: 1 });
      const list = async (id: string) => (await api<{ data: Delivery[] }>('GET', `/v1/webhooks/${id}/deliveries`)).body.data;
      await waitFor('both first attempts', async () => (await list(ok.id))[0]?.status === 'succeeded' && (await list(failing.id))[0]?.attempts_count === 1);
      const attempts = async () => Number((await resolveToken(running.app.container, DATABASE).kysely.selectFrom('webhooks_attempts' as never).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      assert.equal(await attempts(), 2);

      const purge = webhooks.schedules!.find((schedule) => schedule.name === 'webhooks.purge_deliveries')!;
      const tick = () => ({ name: purge.name, firedAt: clock.now(), clock, signal: new AbortController().signal, logger: running.app.logger, resolve: <T>(key: Token<T>) => resolveToken(running.app.container, key) });
      clock.advance(29 * DAY);
      await purge.run(tick());
      assert.equal((await list(ok.id)).length, 1, 'kept for 30 days');

      clock.advance(2 * DAY);
      await purge.run(tick());
      assert.deepEqual(await list(ok.id), []);
      const [pending] = await list(failing.id);
      assert.deepEqual([pending?.status, pending?.attempts.length], ['pending', 1], 'a pending delivery and its log stay');
      assert.equal(await attempts(), 1);
    });
  });
});
