// The openai provider's retry of a failed connection (the client's own, max_retries times):
// before any output it tries again, after output it does not.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { ProblemError } from '../../http/problem.js';
import type { StreamPart } from '../types.js';
import { sleep, startFakeServer, type FakeServer } from './testing/fake-http.js';
import { OpenAiProvider } from './openai.js';
import { sampleRequest } from './testing/sample-request.js';

function delta(content: string | null, finish: string | null = null): string {
  const chunk = { id: 'chatcmpl-R1', object: 'chat.completion.chunk', created: 1_795_000_000, model: 'gpt-4o-mini', choices: [{ index: 0, delta: finish ? {} : { content }, finish_reason: finish }] };
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

describe('openai provider: retry of a failed connection', () => {
  let server: FakeServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const provider = (baseUrl: string) => new OpenAiProvider({ baseUrl, apiKey: 'sk-retry', model: '', timeoutMs: 2000, maxRetries: 1 });

  it('retries a connection that fails before any reply, then streams', async () => {
    server = await startFakeServer((_request, res, raw) => {
      if (server?.requests.length === 1) return void raw.socket.destroy();
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.end(delta('Second') + delta(' time') + delta(null, 'stop') + 'data: [DONE]\n\n');
    });
    const generation = await provider(`${server.url}/v1`).generate(sampleRequest, new AbortController().signal);
    assert.equal(generation.text, 'Second time');
    assert.equal(server.requests.length, 2);
  });

  it('does not retry a connection that breaks after output was sent: llm_unavailable after the chunks', async () => {
    server = await startFakeServer(async (_request, res, raw) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write(delta('Already'));
      await sleep(50);
      raw.socket.destroy();
    });
    const chunks: string[] = [];
    let failure: unknown;
    try {
      for await (const part of provider(`${server.url}/v1`).stream(sampleRequest, new AbortController().signal) as AsyncIterable<StreamPart>) {
        if (part.type === 'chunk') chunks.push(part.text);
      }
    } catch (error) {
      failure = error;
    }
    assert.deepEqual(chunks, ['Already']);
    assert.ok(failure instanceof ProblemError, String(failure));
    assert.equal(failure.code, 'llm_unavailable');
    assert.equal(server.requests.length, 1);
  });
});
