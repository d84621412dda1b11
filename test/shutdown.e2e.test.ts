// Graceful shutdown on SIGTERM: stop accepting, end open streams and sockets with a final
// message, let in-flight requests finish, exit 0.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WebSocket } from 'ws';
import { forEachBackend } from '../core/db/testing.js';
import { waitFor } from '../core/jobs/testing.js';
import { spawnServer } from './helpers/server.js';

forEachBackend((backend) => {
  describe('SIGTERM', () => {
    it('ends streams and sockets with a final message and finishes in-flight requests', async () => {
      const server = await spawnServer({
        databaseUrl: await backend.freshUrl(),
        env: { INFLUGENTIC_PLUGINS__EXTERNAL: '["./test/fixtures/plugins/greetings"]' },
      });
      try {
        // An SSE stream, read until it ends.
        const stream = await fetch(`${server.baseUrl}/v1/greetings-stream`);
        assert.equal(stream.status, 200);
        assert.equal(stream.headers.get('x-accel-buffering'), 'no');
        const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
        let text = '';
        while (!text.includes('"n":1')) text += (await reader.read()).value ?? '';
        const streamEnded = (async () => {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) return text;
            text += value;
          }
        })();

        // A WebSocket.
        const socket = new WebSocket(`${server.baseUrl.replace('http', 'ws')}/v1/greetings/socket`);
        await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
        const messages: string[] = [];
        socket.on('message', (data) => messages.push(data.toString()));
        const socketClosed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

        // A request in flight: the server has it once its handler logs that it started (a
        // fixed wait could send the signal before a loaded machine had read the request).
        const slow = fetch(`${server.baseUrl}/v1/greetings-slow?ms=800`);
        await waitFor('the slow request to reach its handler', () => server.output.some((line) => line.includes('slow greeting started')));

        const exitCode = server.stop('SIGTERM');
        const slowResponse = await slow;
        assert.equal(slowResponse.status, 200, 'the in-flight request finishes');
        assert.deepEqual(await slowResponse.json(), { greeting: 'hello, slowly' });

        const final = await streamEnded;
        assert.match(final, /data: \{"type":"error","code":"shutting_down"[^\n]*\n\ndata: \[DONE\]\n\n$/);

        assert.equal(await socketClosed, 1001);
        assert.deepEqual(messages.map((message) => JSON.parse(message)), [{ type: 'shutdown' }]);

        assert.equal(await exitCode, 0);
        await assert.rejects(fetch(`${server.baseUrl}/healthz`), 'no longer accepting connections');
      } finally {
        await server.stop('SIGKILL');
      }
    });
  });
});
