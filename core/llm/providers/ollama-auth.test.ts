// An OLLAMA_HOST with `user:password@` (an Ollama behind a proxy with basic auth): the
// credentials travel as an Authorization header and appear nowhere a person or client reads.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { ProblemError } from '../../http/problem.js';
import { closedPort, startFakeServer, type FakeServer } from './testing/fake-http.js';
import { ollamaAddress, OllamaProvider } from './ollama.js';
import { sampleRequest } from './testing/sample-request.js';

const password = 'p@ss-5e7c1a9b';

function withCredentials(url: string): string {
  const parsed = new URL(url);
  parsed.username = 'ops';
  parsed.password = encodeURIComponent(password);
  return parsed.href;
}

describe('ollama provider: credentials in OLLAMA_HOST', () => {
  let server: FakeServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('sends them as Basic auth on every request and shows the address without them', async () => {
    server = await startFakeServer((request, res) => {
      res.writeHead(200, { 'Content-Type': request.path === '/api/chat' ? 'application/x-ndjson' : 'application/json' });
      if (request.path === '/api/tags') return void res.end(JSON.stringify({ models: [{ name: 'llama3.2:latest', model: 'llama3.2:latest' }] }));
      res.end(`${JSON.stringify({ model: 'llama3.2', message: { role: 'assistant', content: 'Hi.' }, done: false })}\n${JSON.stringify({ model: 'llama3.2', message: { role: 'assistant', content: '' }, done: true, done_reason: 'stop', prompt_eval_count: 5, eval_count: 1 })}\n`);
    });
    const provider = new OllamaProvider({ host: withCredentials(server.url), model: '', timeoutMs: 2000, retryDelayMs: 10 });
    assert.equal(provider.address, server.url);
    assert.equal(ollamaAddress(withCredentials(server.url)), server.url);
    const health = await provider.check(new AbortController().signal);
    assert.deepEqual(health, { ok: true, detail: `ollama at ${server.url}: model llama3.2 present` });
    const generation = await provider.generate(sampleRequest, new AbortController().signal);
    assert.equal(generation.text, 'Hi.');
    const basic = `Basic ${Buffer.from(`ops:${password}`).toString('base64')}`;
    assert.deepEqual(server.requests.map((request) => [request.path, request.headers.authorization]), [['/api/tags', basic], ['/api/chat', basic]]);
  });

  it('keeps them out of doctor lines and problems when the host cannot be reached', async () => {
    const port = await closedPort();
    const provider = new OllamaProvider({ host: withCredentials(`http://127.0.0.1:${port}`), model: '', timeoutMs: 2000, retryDelayMs: 10 });
    const health = await provider.check(new AbortController().signal);
    assert.equal(health.ok, false);
    assert.match(health.detail, /cannot be reached/u);
    assert.ok(!health.detail.includes(password) && !health.detail.includes(encodeURIComponent(password)), health.detail);
    await assert.rejects(provider.generate(sampleRequest, new AbortController().signal), (error) => {
      assert.ok(error instanceof ProblemError);
      assert.ok(!error.message.includes(encodeURIComponent(password)) && !error.message.includes(password), error.message);
      return true;
    });
  });
});
