// A shutdown in the middle of a generation: the SSE stream and the WebSocket each get a final
// `error` message `shutting_down` (then `[DONE]`, or a close with 1001), and what was
// generated is stored. On SQLite and Postgres.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WebSocket } from 'ws';
import { forEachBackend } from '../core/db/testing.js';
import { openDatabase } from '../core/db/index.js';
import { startInProcess } from '../core/testing/in-process.js';
import { builtinPlugins } from '../plugins/index.js';
import { FakeProvider, fakeProviderPlugin } from '../plugins/content/testing/fake-provider.js';
import { readSse } from '../plugins/content/testing/sse-parser.js';

type Json = Record<string, any>;
const body = { content_type: 'product_launch', product: { name: 'EV Series X Pro' } };

forEachBackend((backend) => {
  describe('content at shutdown', () => {
    it('ends an SSE stream and a socket with shutting_down and stores the partial text', async () => {
      const url = await backend.freshUrl();
      const fake = new FakeProvider();
      fake.next({ chunks: Array.from({ length: 500 }, (_, i) => ` s${i}`), delayMs: 5 }, { chunks: Array.from({ length: 500 }, (_, i) => ` w${i}`), delayMs: 5 });
      const running = await startInProcess({ databaseUrl: url, plugins: [...builtinPlugins, fakeProviderPlugin(fake)], config: { llm: { provider: 'fake' } } });
      const response = await fetch(`${running.baseUrl}/v1/agents/agent_velo_automotive/content`, {
        method: 'POST',
        headers: { authorization: `Bearer ${running.keys.live}`, 'content-type': 'application/json' },
        body: JSON.stringify({ ...body, stream: true }),
      });
      const socket = new WebSocket(`${running.baseUrl.replace('http', 'ws')}/v1/stream`, { headers: { authorization: `Bearer ${running.keys.live}` } });
      const messages: Json[] = [];
      const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
      socket.on('message', (data) => messages.push(JSON.parse(data.toString()) as Json));
      await new Promise((resolve) => socket.once('open', resolve));
      socket.send(JSON.stringify({ type: 'generate', request_id: 'r1', agent_id: 'agent_velo_automotive', ...body }));
      const reading = readSse(response);
      while (!messages.some((m) => m.type === 'content_chunk')) await new Promise((resolve) => setTimeout(resolve, 10));
      await running.close();

      const sse = (await reading).messages.map((m) => m.data);
      assert.equal(sse.at(-1), '[DONE]');
      assert.equal(JSON.parse(sse.at(-2)!).code, 'shutting_down');
      assert.equal(await closed, 1001);
      assert.ok(messages.some((m) => m.type === 'error' && m.code === 'shutting_down'));

      const db = await openDatabase({ url });
      try {
        const rows = await db.kysely.selectFrom('content_contents').select('document').execute();
        const stored = rows.map((row: { document: string }) => JSON.parse(row.document) as Json);
        const sseContent = stored.find((c) => c.text.startsWith(' s0'));
        assert.ok(sseContent, 'the SSE generation was stored');
        assert.equal(sseContent.finish_reason, 'client_closed');
        const wsContent = stored.find((c) => c.text.startsWith(' w0'));
        assert.ok(wsContent, 'the WebSocket generation was stored');
        assert.equal(wsContent.finish_reason, 'client_closed');
      } finally {
        await db.close();
      }
    });
  });
});
