// The WebSocket stream (GET /v1/stream): Bearer and ticket authentication, parallel
// generations tagged with request_id and session_id, live domain events, cancel, bad
// messages, and the message-rate limit. On SQLite and Postgres.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { WebSocket } from 'ws';
import { resolveToken } from '../core/container.js';
import { forEachBackend } from '../core/db/testing.js';
import { KEY_SERVICE } from '../core/org/tokens.js';
import { startInProcess, type RunningApp } from '../core/testing/in-process.js';
import { builtinPlugins } from '../plugins/index.js';
import { FakeProvider, fakeProviderPlugin } from '../plugins/content/testing/fake-provider.js';

type Json = Record<string, any>;

/** A client socket that keeps every message and waits for the one a predicate wants. */
class Client {
  readonly messages: Json[] = [];
  closed: { code: number; reason: string } | undefined;
  private waiters: { test: () => boolean; resolve: () => void }[] = [];

  constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.messages.push(JSON.parse(data.toString()) as Json);
      this.wake();
    });
    socket.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
  }

  static async open(url: string, headers: Record<string, string> = {}): Promise<Client> {
    const socket = new WebSocket(url, { headers });
    const client = new Client(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return client;
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.test()) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  /** Resolves once `test` holds (checked on every message and on close); fails after 10 s. */
  until(test: () => boolean, what: string): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.messages)}`)), 10_000);
      this.waiters.push({ test, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  of(requestId: string): Json[] {
    return this.messages.filter((m) => m.request_id === requestId);
  }

  async ended(requestId: string): Promise<Json[]> {
    await this.until(() => this.of(requestId).some((m) => m.type === 'content_complete' || m.type === 'error'), `the end of ${requestId}`);
    return this.of(requestId);
  }

  close(): void {
    this.socket.close();
  }
}

const product = { name: 'EV Series X Pro', key_features: ['800km range', 'AI-drive'] };

forEachBackend((backend) => {
  describe('content over WebSocket', () => {
    let running: RunningApp;
    let wsUrl: string;
    const fake = new FakeProvider();
    let now = new Date('2026-11-28T12:00:00.000Z');
    const clock = { now: () => new Date(now) };

    function bearer(key: 'test' | 'live'): Record<string, string> {
      return { authorization: `Bearer ${running.keys[key]}` };
    }

    async function http(method: string, path: string, key: 'test' | 'live', body?: unknown): Promise<{ status: number; body: Json }> {
      const response = await fetch(`${running.baseUrl}${path}`, {
        method,
        headers: { ...bearer(key), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as Json };
    }

    before(async () => {
      running = await startInProcess({
        databaseUrl: await backend.freshUrl(),
        plugins: [...builtinPlugins, fakeProviderPlugin(fake)],
        clock,
        config: { llm: { provider: 'fake' }, content: { ws_messages_per_second: 3 }, events: { live_poll_interval_ms: 20 }, ratelimit: { plans: { growth: { read: 100000, write: 100000, generate: 100000, events: 100000 } } } },
      });
      wsUrl = `${running.baseUrl.replace('http', 'ws')}/v1/stream`;
    });
    after(() => running.close());

    it('runs several generations in parallel on one socket, each tagged with its request_id and session_id', async () => {
      const client = await Client.open(wsUrl, bearer('test'));
      client.send({ type: 'generate', request_id: 'r1', agent_id: 'agent_velo_automotive', content_type: 'product_launch', product });
      client.send({ type: 'generate', request_id: 'r2', agent_id: 'agent_stride_fitness', content_type: 'product_review', product, format: 'tweet', language: 'de' });
      const [one, two] = [await client.ended('r1'), await client.ended('r2')];
      for (const [events, agent] of [[one, 'VELO'], [two, 'STRIDE']] as const) {
        assert.deepEqual([events[0]?.type, events.at(-1)?.type], ['agent_start', 'content_complete']);
        assert.equal(events[0]?.agent, agent);
        const sessionId = events[0]?.session_id;
        assert.match(sessionId, /^sess_/);
        assert.ok(events.every((e) => e.session_id === sessionId));
        assert.ok(events.slice(1, -1).every((e) => e.type === 'content_chunk'));
        const stored = await http('GET', `/v1/content/${events.at(-1)?.content_id}`, 'test');
        assert.equal(stored.body.session_id, sessionId);
        assert.equal(events.slice(1, -1).map((e) => e.text).join(''), stored.body.text);
      }
      assert.notEqual(one[0]?.session_id, two[0]?.session_id);
      assert.ok(!client.messages.some((m) => m.type === 'error'));
      client.close();
    });

    it('authenticates by a single-use ticket that expires after 60 seconds', async () => {
      const issued = await http('POST', '/v1/stream/tickets', 'test');
      assert.equal(issued.status, 201);
      assert.match(issued.body.ticket, /^wst_[A-Za-z0-9]+$/);
      assert.equal(issued.body.url, `/v1/stream?ticket=${issued.body.ticket}`);
      assert.equal(new Date(issued.body.expires_at).getTime() - now.getTime(), 60_000);
      const client = await Client.open(`${running.baseUrl.replace('http', 'ws')}${issued.body.url}`);
      client.send({ type: 'generate', request_id: 't1', agent_id: 'agent_velo_automotive', content_type: 'trivia', product });
      assert.equal((await client.ended('t1')).at(-1)?.type, 'content_complete');
      client.close();

      const reused = await Client.open(`${wsUrl}?ticket=${issued.body.ticket}`);
      await reused.until(() => reused.closed !== undefined, 'the close of a reused ticket');
      assert.equal(reused.messages[0]?.code, 'invalid_stream_ticket');
      assert.equal(reused.closed?.code, 1008);

      const late = await http('POST', '/v1/stream/tickets', 'test');
      now = new Date(now.getTime() + 60_001);
      const expired = await Client.open(`${running.baseUrl.replace('http', 'ws')}${late.body.url}`);
      await expired.until(() => expired.closed !== undefined, 'the close of an expired ticket');
      assert.equal(expired.messages[0]?.code, 'invalid_stream_ticket');
    });

    it('refuses a socket without a valid key, and answers a plain GET with 426', async () => {
      const anonymous = await Client.open(wsUrl);
      await anonymous.until(() => anonymous.closed !== undefined, 'the close');
      assert.equal(anonymous.messages[0]?.code, 'missing_api_key');
      assert.equal(anonymous.closed?.code, 1008);
      const plain = await fetch(`${running.baseUrl}/v1/stream`, { headers: bearer('test') });
      assert.equal(plain.status, 426);
      assert.equal(((await plain.json()) as Json).code, 'upgrade_required');
    });

    it('streams the org\'s domain events of the key\'s mode live', async () => {
      const client = await Client.open(wsUrl, bearer('test'));
      client.send({ type: 'subscribe', events: ['agent.content_generated'], request_id: 's1' });
      await client.until(() => client.messages.some((m) => m.type === 'subscribed'), 'subscribed');
      assert.deepEqual(client.messages[0], { type: 'subscribed', events: ['agent.content_generated'], request_id: 's1' });
      fake.next({});
      await http('POST', '/v1/agents/agent_velo_automotive/content', 'live', { content_type: 'trivia', product });
      const made = await http('POST', '/v1/agents/agent_velo_automotive/content', 'test', { content_type: 'trivia', product });
      await client.until(() => client.messages.some((m) => m.type === 'event'), 'an event');
      const events = client.messages.filter((m) => m.type === 'event');
      assert.equal(events.length, 1, 'the live-mode event is not sent to a test key');
      assert.equal(events[0]?.event, 'agent.content_generated');
      assert.match(events[0]?.id, /^evt_/);
      assert.deepEqual(events[0]?.data, made.body);

      client.send({ type: 'subscribe', events: ['campaign.nonexistent'] });
      await client.until(() => client.messages.some((m) => m.type === 'error'), 'an error');
      const error = client.messages.find((m) => m.type === 'error');
      assert.equal(error?.code, 'unknown_event');
      assert.equal(error?.request_id, null);
      client.close();
    });

    it('cancels a running generation: an error message, and the text stored as cancelled', async () => {
      fake.next({ chunks: Array.from({ length: 100 }, (_, i) => ` w${i}`), delayMs: 10 });
      const client = await Client.open(wsUrl, bearer('live'));
      client.send({ type: 'generate', request_id: 'c1', agent_id: 'agent_velo_automotive', content_type: 'product_launch', product });
      await client.until(() => client.of('c1').some((m) => m.type === 'content_chunk'), 'a chunk');
      client.send({ type: 'cancel', request_id: 'c1' });
      const events = await client.ended('c1');
      const last = events.at(-1)!;
      assert.equal(last.type, 'error');
      assert.equal(last.code, 'generation_cancelled');
      assert.ok(fake.calls.at(-1)?.signal.aborted);
      const list = await http('GET', '/v1/content?limit=1', 'live');
      assert.equal(list.body.data[0].session_id, events[0]?.session_id);
      assert.equal(list.body.data[0].finish_reason, 'cancelled');
      client.send({ type: 'cancel', request_id: 'c1' });
      await client.until(() => client.messages.some((m) => m.code === 'unknown_request'), 'unknown_request');
      client.close();
    });

    it('answers a bad message with an error message and keeps the socket open', async () => {
      const client = await Client.open(wsUrl, bearer('test'));
      client.send('not json');
      client.send({ type: 'generate', request_id: 'b1', agent_id: 'agent_velo_automotive', content_type: 'poem', product });
      client.send({ type: 'dance' });
      client.send({ type: 'generate', request_id: 'b2', agent_id: 'agent_nobody', content_type: 'trivia', product });
      client.send({ type: 'generate', request_id: 'b3', agent_id: 'agent_velo_automotive', content_type: 'testimonial', product, compliance_mode: 'strict' });
      await client.until(() => client.messages.length >= 5, 'five errors');
      // The first three are refused as they arrive; the two generations run in parallel, so
      // their errors may come in either order.
      const [json, field, type] = client.messages;
      const agent = client.messages.find((m) => m.request_id === 'b2');
      const testimonial = client.messages.find((m) => m.request_id === 'b3');
      assert.deepEqual([json?.code, json?.request_id], ['invalid_message', null]);
      assert.deepEqual([field?.code, field?.request_id], ['invalid_message', 'b1']);
      assert.match(field?.message, /content_type/);
      assert.deepEqual([type?.code, type?.request_id], ['invalid_message', null]);
      assert.deepEqual([agent?.code, agent?.request_id], ['agent_not_found', 'b2']);
      assert.deepEqual([testimonial?.code, testimonial?.request_id], ['testimonial_needs_source', 'b3']);
      assert.equal(client.closed, undefined);
      client.send({ type: 'generate', request_id: 'b4', agent_id: 'agent_velo_automotive', content_type: 'trivia', product });
      assert.equal((await client.ended('b4')).at(-1)?.type, 'content_complete');
      client.close();
    });

    it('checks the scopes a message needs', async () => {
      const { key } = await resolveToken(running.app.container, KEY_SERVICE).create({ orgId: 'org_default', livemode: false, name: 'reader', scopes: ['content:read'] });
      const client = await Client.open(wsUrl, { authorization: `Bearer ${key}` });
      client.send({ type: 'generate', request_id: 'g1', agent_id: 'agent_velo_automotive', content_type: 'trivia', product });
      client.send({ type: 'subscribe', events: ['agent.content_generated'], request_id: 's9' });
      await client.until(() => client.messages.length >= 2, 'two errors');
      assert.deepEqual(client.messages.map((m) => [m.code, m.request_id]).sort(), [['insufficient_scope', 'g1'], ['insufficient_scope', 's9']]);
      client.close();
      const { key: narrow } = await resolveToken(running.app.container, KEY_SERVICE).create({ orgId: 'org_default', livemode: false, name: 'none', scopes: ['agents:read'] });
      const refused = await Client.open(wsUrl, { authorization: `Bearer ${narrow}` });
      await refused.until(() => refused.closed !== undefined, 'the close');
      assert.equal(refused.messages[0]?.code, 'insufficient_scope');
      assert.equal(refused.closed?.code, 1008);
    });

    it('closes a socket over its message rate with 1008', async () => {
      const client = await Client.open(wsUrl, bearer('test'));
      for (let i = 0; i < 40; i += 1) client.send({ type: 'cancel', request_id: `x${i}` });
      await client.until(() => client.closed !== undefined, 'the close');
      assert.equal(client.closed?.code, 1008);
      assert.ok(client.messages.some((m) => m.code === 'rate_limited'));
    });
  });
});
