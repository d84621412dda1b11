// Streamed generation over SSE, read with a spec-following SSE parser: exactly the
// reference's event sequence, pings, a provider failing mid-stream, a provider failing
// before the stream opens, and a client that disconnects (the provider is aborted and what
// was generated is stored with finish_reason client_closed). On SQLite and Postgres.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { resolveToken } from '../core/container.js';
import { forEachBackend } from '../core/db/testing.js';
import { DATABASE, OPEN_STREAMS } from '../core/tokens.js';
import { startInProcess, type RunningApp } from '../core/testing/in-process.js';
import { builtinPlugins } from '../plugins/index.js';
import { FakeProvider, fakeProviderPlugin } from '../plugins/content/testing/fake-provider.js';
import { readSse } from '../plugins/content/testing/sse-parser.js';

type Json = Record<string, any>;

const body = { content_type: 'product_launch', product: { name: 'EV Series X Pro', key_features: ['800km range', 'AI-drive'] }, stream: true };

forEachBackend((backend) => {
  describe('content over SSE', () => {
    let running: RunningApp;
    const fake = new FakeProvider();

    function post(key: 'test' | 'live', payload: Json, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<Response> {
      return fetch(`${running.baseUrl}/v1/agents/agent_velo_automotive/content`, {
        method: 'POST',
        headers: { authorization: `Bearer ${running.keys[key]}`, 'content-type': 'application/json', 'accept-encoding': 'gzip, br', ...headers },
        body: JSON.stringify(payload),
        ...(signal ? { signal } : {}),
      });
    }

    async function getContent(key: 'test' | 'live', id: string): Promise<Json> {
      const response = await fetch(`${running.baseUrl}/v1/content/${id}`, { headers: { authorization: `Bearer ${running.keys[key]}` } });
      assert.equal(response.status, 200);
      return (await response.json()) as Json;
    }

    async function rows(): Promise<{ id: string; document: string }[]> {
      const result = await sql<{ id: string; document: string }>`select id, document from content_contents order by id`.execute(resolveToken(running.app.container, DATABASE).kysely);
      return result.rows;
    }

    before(async () => {
      running = await startInProcess({
        databaseUrl: await backend.freshUrl(),
        plugins: [...builtinPlugins, fakeProviderPlugin(fake)],
        config: { llm: { provider: 'fake' }, content: { sse_ping_ms: 25 }, ratelimit: { plans: { growth: { read: 100000, write: 100000, generate: 100000, events: 100000 } } } },
      });
    });
    after(() => running.close());

    it('sends exactly agent_start, content_chunk..., content_complete, [DONE], flushed and unbuffered', async () => {
      const response = await post('test', body);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
      assert.equal(response.headers.get('x-accel-buffering'), 'no');
      assert.match(response.headers.get('cache-control') ?? '', /no-cache/);
      assert.equal(response.headers.get('content-encoding'), null);
      const parser = await readSse(response);
      const messages = parser.messages;
      assert.ok(messages.every((m) => m.event === 'message'), 'only data: lines');
      assert.equal(messages.at(-1)?.data, '[DONE]');
      const events = messages.slice(0, -1).map((m) => JSON.parse(m.data) as Json);
      const types = events.map((e) => e.type);
      assert.equal(types[0], 'agent_start');
      assert.equal(types.at(-1), 'content_complete');
      assert.ok(types.slice(1, -1).length >= 2 && types.slice(1, -1).every((t) => t === 'content_chunk'), types.join(','));
      const start = events[0]!;
      assert.deepEqual(Object.keys(start).sort(), ['agent', 'session_id', 'type']);
      assert.equal(start.agent, 'VELO');
      const complete = events.at(-1)!;
      assert.deepEqual(Object.keys(complete).sort(), ['content_id', 'latency_ms', 'tokens', 'type']);
      const content = await getContent('test', complete.content_id);
      assert.equal(content.session_id, start.session_id);
      assert.equal(events.slice(1, -1).map((e) => e.text).join(''), content.text, 'the chunks concatenate to the stored text');
      assert.equal(complete.tokens, content.tokens);
      assert.equal(complete.latency_ms, content.latency_ms);
      assert.equal(content.finish_reason, 'stop');
      assert.ok(content.text.endsWith('#ad #AIgenerated'), 'the disclosures are streamed too');
    });

    it('sends a comment ping while the provider is slow', async () => {
      fake.next({ chunks: ['one', ' two', ' three'], delayMs: 80 });
      const parser = await readSse(await post('live', body));
      assert.ok(parser.comments >= 2, `${parser.comments} pings`);
      assert.deepEqual(parser.messages.slice(0, -1).map((m) => JSON.parse(m.data).type), ['agent_start', 'content_chunk', 'content_chunk', 'content_chunk', 'content_chunk', 'content_complete']);
    });

    it('ends with an error event when the provider fails mid-stream, and stores what was generated', async () => {
      fake.next({ chunks: ['The future', ' of driving', ' is here.'], failAfter: 2 });
      const parser = await readSse(await post('live', body));
      const events = parser.messages.map((m) => m.data);
      assert.equal(events.at(-1), '[DONE]');
      const parsed = events.slice(0, -1).map((d) => JSON.parse(d) as Json);
      assert.deepEqual(parsed.map((e) => e.type), ['agent_start', 'content_chunk', 'content_chunk', 'error']);
      assert.equal(parsed[3]!.code, 'llm_timeout');
      assert.equal(typeof parsed[3]!.message, 'string');
      const last = JSON.parse((await rows()).at(-1)!.document) as Json;
      assert.equal(last.session_id, parsed[0]!.session_id);
      assert.equal(last.finish_reason, 'error');
      assert.equal(last.text, 'The future of driving');
      assert.equal(last.compliance.disclosures_added, false);
    });

    it('answers a provider that cannot start with a problem, and stores nothing', async () => {
      const before = (await rows()).length;
      fake.next({ failAtStart: true });
      const response = await post('live', body);
      assert.equal(response.status, 503);
      assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.equal(((await response.json()) as Json).code, 'llm_unavailable');
      assert.equal((await rows()).length, before);
    });

    it('refuses Idempotency-Key on a streaming request', async () => {
      const response = await post('test', body, { 'idempotency-key': 'k1' });
      assert.equal(response.status, 400);
      assert.equal(((await response.json()) as Json).code, 'idempotency_key_not_supported');
    });

    it('ends a started stream with an internal_error event when storing fails', async () => {
      const db = resolveToken(running.app.container, DATABASE).kysely;
      await sql`alter table content_contents rename to content_contents_away`.execute(db);
      try {
        const response = await post('test', body);
        assert.equal(response.status, 200);
        const parsed = (await readSse(response)).messages.map((m) => m.data);
        assert.equal(parsed.at(-1), '[DONE]');
        const last = JSON.parse(parsed.at(-2)!) as Json;
        assert.deepEqual([last.type, last.code], ['error', 'internal_error']);
      } finally {
        await sql`alter table content_contents_away rename to content_contents`.execute(db);
      }
    });

    it('aborts the provider when the client leaves before the first chunk, stores nothing generated, and keeps no open stream', async () => {
      const streams = resolveToken(running.app.container, OPEN_STREAMS);
      const [open, before, calls] = [streams.size, (await rows()).length, fake.calls.length];
      fake.next({ chunks: [' late', ' words'], delayMs: 10_000 });
      const controller = new AbortController();
      const response = post('live', body, {}, controller.signal).catch(() => undefined);
      // Leaves once the provider has been called, while it has produced nothing.
      for (let i = 0; i < 200 && fake.calls.length === calls; i += 1) await sleep(5);
      assert.equal(fake.calls.length, calls + 1, 'the provider was called');
      controller.abort();
      await response;
      let stored: Json | undefined;
      for (let i = 0; i < 100 && stored === undefined; i += 1) {
        await sleep(20);
        const all = await rows();
        if (all.length > before) stored = JSON.parse(all.at(-1)!.document) as Json;
      }
      assert.ok(fake.calls.at(-1)!.signal.aborted, 'the provider call was aborted');
      assert.deepEqual([stored?.finish_reason, stored?.text], ['client_closed', '']);
      assert.equal(streams.size, open, 'the stream that opened after the client left is not kept open');
    });

    it('aborts the provider when the client disconnects and stores the text with client_closed', async () => {
      const before = (await rows()).length;
      fake.next({ chunks: Array.from({ length: 200 }, (_, i) => ` w${i}`), delayMs: 10 });
      const controller = new AbortController();
      const response = await post('live', body, {}, controller.signal);
      let sessionId = '';
      await readSse(response, (message) => {
        const event = JSON.parse(message.data) as Json;
        if (event.type === 'agent_start') sessionId = event.session_id;
        return event.type === 'content_chunk';
      }).catch(() => undefined);
      controller.abort();
      const call = fake.calls.at(-1)!;
      let stored: Json | undefined;
      for (let i = 0; i < 100 && stored === undefined; i += 1) {
        await sleep(20);
        const all = await rows();
        if (all.length > before) stored = JSON.parse(all.at(-1)!.document) as Json;
      }
      assert.ok(call.signal.aborted, 'the provider call was aborted');
      assert.ok(stored, 'the partial generation was stored');
      assert.equal(stored.session_id, sessionId);
      assert.equal(stored.finish_reason, 'client_closed');
      assert.ok(stored.text.startsWith(' w0'), stored.text);
      assert.ok(stored.text.split(' w').length - 1 < 200, 'stopped before the end');
    });
  });
});
