// The ollama provider against a fake Ollama that speaks its wire format: POST /api/chat
// answers newline-delimited JSON chunks ending with `done: true` and the token counts.
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { afterEach, describe, it } from 'node:test';
import { ProblemError } from '../../http/problem.js';
import type { StreamPart } from '../types.js';
import { closedPort, sleep, startFakeServer, type FakeServer } from './testing/fake-http.js';
import { ollamaAddress, OllamaProvider } from './ollama.js';
import { sampleRequest } from './testing/sample-request.js';

const model = 'llama3.2';

function chunkLine(content: string): string {
  return `${JSON.stringify({ model, created_at: new Date().toISOString(), message: { role: 'assistant', content }, done: false })}\n`;
}

function doneLine(overrides: Record<string, unknown> = {}): string {
  return `${JSON.stringify({
    model,
    created_at: new Date().toISOString(),
    message: { role: 'assistant', content: '' },
    done: true,
    done_reason: 'stop',
    total_duration: 4_883_583_458,
    load_duration: 1_334_875,
    prompt_eval_count: 26,
    prompt_eval_duration: 342_546_000,
    eval_count: 3,
    eval_duration: 4_535_599_000,
    ...overrides,
  })}\n`;
}

function ndjson(res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
}

async function drain(parts: AsyncIterable<StreamPart>): Promise<{ chunks: string[]; final?: StreamPart & { type: 'final' }; error?: unknown }> {
  const chunks: string[] = [];
  try {
    for await (const part of parts) {
      if (part.type === 'chunk') chunks.push(part.text);
      else return { chunks, final: part };
    }
    return { chunks };
  } catch (error) {
    return { chunks, error };
  }
}

function problem(error: unknown): ProblemError {
  assert.ok(error instanceof ProblemError, `expected a problem, got ${String(error)}`);
  return error;
}

describe('ollama provider (fake Ollama on the wire)', () => {
  let server: FakeServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const provider = (host: string, timeoutMs = 2000) => new OllamaProvider({ host, model: '', timeoutMs, retryDelayMs: 10 });

  it('streams the chunks in order, then a final record with the token counts of the done chunk', async () => {
    server = await startFakeServer((_request, res) => {
      ndjson(res);
      res.write(chunkLine('Rain'));
      res.write(chunkLine(' again'));
      res.end(chunkLine('.') + doneLine());
    });
    const { chunks, final, error } = await drain(provider(server.url).stream(sampleRequest, new AbortController().signal));
    assert.equal(error, undefined);
    assert.deepEqual(chunks, ['Rain', ' again', '.']);
    assert.equal(final?.record.provider, 'ollama');
    assert.equal(final?.record.model, model);
    assert.equal(final?.record.promptTokens, 26);
    assert.equal(final?.record.completionTokens, 3);
    assert.equal(final?.record.finishReason, 'stop');
    assert.equal(final?.record.language, 'en');
    const seen = server.requests[0];
    assert.equal(seen?.method, 'POST');
    assert.equal(seen?.path, '/api/chat');
    const body = seen?.body as { model: string; stream: boolean; messages: { role: string; content: string }[]; options: { num_predict: number } };
    assert.equal(body.model, model);
    assert.equal(body.stream, true);
    assert.ok(body.messages.length >= 2 && body.messages[0]?.role === 'system', 'the prompt builder\'s messages, system first');
    assert.ok(body.messages.some((message) => message.content.includes('Lumo Light')), 'the product is in the prompt');
    assert.ok(body.options.num_predict > sampleRequest.words.max, 'a token cap above the word target');
  });

  it('generate joins the chunks and reports a request model override and done_reason length', async () => {
    server = await startFakeServer((request, res) => {
      ndjson(res);
      res.end(chunkLine('Short') + chunkLine(' and cut') + doneLine({ model: (request.body as { model: string }).model, done_reason: 'length', eval_count: 2 }));
    });
    const generation = await provider(server.url).generate({ ...sampleRequest, model: 'qwen2.5:7b' }, new AbortController().signal);
    assert.equal(generation.text, 'Short and cut');
    assert.equal(generation.model, 'qwen2.5:7b');
    assert.equal(generation.finishReason, 'length');
    assert.equal(generation.completionTokens, 2);
    assert.ok(generation.latencyMs >= 0);
  });

  it('a 404 for the model is llm_model_not_found (502), naming the model and how to pull it', async () => {
    server = await startFakeServer((_request, res) => {
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: `model "${model}" not found, try pulling it first` }));
    });
    const { error } = await drain(provider(server.url).stream(sampleRequest, new AbortController().signal));
    const failure = problem(error);
    assert.equal(failure.code, 'llm_model_not_found');
    assert.equal(failure.status, 502);
    assert.match(failure.message, /no model llama3\.2 .*ollama pull llama3\.2/);
    assert.equal(server.requests.length, 1, 'not retried');
  });

  it('a 5xx is llm_unavailable (503) with Retry-After, and a plain-text error body prints nothing to the console', async () => {
    server = await startFakeServer((_request, res) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('llama runner process has terminated');
    });
    const logged: unknown[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => void logged.push(args);
    try {
      const { error } = await drain(provider(server.url).stream(sampleRequest, new AbortController().signal));
      const failure = problem(error);
      assert.equal(failure.code, 'llm_unavailable');
      assert.equal(failure.status, 503);
      assert.equal(failure.options.headers?.['Retry-After'], '5');
      assert.match(failure.message, /answered 500: llama runner process has terminated/);
    } finally {
      console.log = original;
    }
    assert.deepEqual(logged, []);
  });

  it('an {"error": ...} line mid-stream is llm_bad_response (502) after the chunks already sent', async () => {
    server = await startFakeServer((_request, res) => {
      ndjson(res);
      res.end(chunkLine('Half') + chunkLine(' a') + `${JSON.stringify({ error: 'an error was encountered while running the model: unexpected EOF' })}\n`);
    });
    const { chunks, error } = await drain(provider(server.url).stream(sampleRequest, new AbortController().signal));
    assert.deepEqual(chunks, ['Half', ' a']);
    const failure = problem(error);
    assert.equal(failure.code, 'llm_bad_response');
    assert.equal(failure.status, 502);
    assert.match(failure.message, /unexpected EOF/);
  });

  it('a line that is not JSON is llm_bad_response after the good lines before it, with nothing on the console', async () => {
    server = await startFakeServer((_request, res) => {
      ndjson(res);
      // Both good lines and the bad one arrive in one TCP write.
      res.end(`${chunkLine('One')}${chunkLine(' two')}{"model":"llama3.2","message":{"content":"thr\n${doneLine()}`);
    });
    const warned: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args);
    try {
      const { chunks, error } = await drain(provider(server.url).stream(sampleRequest, new AbortController().signal));
      assert.deepEqual(chunks, ['One', ' two']);
      const failure = problem(error);
      assert.equal(failure.code, 'llm_bad_response');
      assert.match(failure.message, /not JSON: \{"model":"llama3\.2"/);
    } finally {
      console.warn = original;
    }
    assert.deepEqual(warned, []);
  });

  it('a stream that ends without done: true is llm_bad_response', async () => {
    server = await startFakeServer((_request, res) => {
      ndjson(res);
      res.end(chunkLine('Cut') + chunkLine(' off'));
    });
    const { chunks, error } = await drain(provider(server.url).stream(sampleRequest, new AbortController().signal));
    assert.deepEqual(chunks, ['Cut', ' off']);
    assert.equal(problem(error).code, 'llm_bad_response');
  });

  it('connection refused is llm_unavailable (503) naming the address, after one retry', async () => {
    const port = await closedPort();
    const { error } = await drain(provider(`127.0.0.1:${port}`).stream(sampleRequest, new AbortController().signal));
    const failure = problem(error);
    assert.equal(failure.code, 'llm_unavailable');
    assert.match(failure.message, new RegExp(`ollama at http://127\\.0\\.0\\.1:${port} cannot be reached \\(connection refused\\)`));
  });

  it('retries once when the connection fails before any output, and then streams', async () => {
    server = await startFakeServer((_request, res, raw) => {
      if (server?.requests.length === 1) return void raw.socket.destroy();
      ndjson(res);
      res.end(chunkLine('Second') + chunkLine(' time') + doneLine());
    });
    const generation = await provider(server.url).generate(sampleRequest, new AbortController().signal);
    assert.equal(generation.text, 'Second time');
    assert.equal(server.requests.length, 2);
  });

  it('does not retry a connection that breaks after output was sent: llm_unavailable after the chunks', async () => {
    server = await startFakeServer(async (_request, res, raw) => {
      ndjson(res);
      res.write(chunkLine('Already'));
      await sleep(50);
      raw.socket.destroy();
    });
    const { chunks, error } = await drain(provider(server.url).stream(sampleRequest, new AbortController().signal));
    assert.deepEqual(chunks, ['Already']);
    assert.equal(problem(error).code, 'llm_unavailable');
    assert.equal(server.requests.length, 1);
  });

  it('no reply within llm.timeout_ms is llm_timeout (504), and so is a stream that stalls between chunks', async () => {
    server = await startFakeServer(async (request, res) => {
      if ((request.body as { model: string }).model === 'silent') return; // never answers
      ndjson(res);
      res.write(chunkLine('Then'));
      // ... nothing more: the stream stalls
    });
    const silent = await drain(provider(server.url, 200).stream({ ...sampleRequest, model: 'silent' }, new AbortController().signal));
    const first = problem(silent.error);
    assert.equal(first.code, 'llm_timeout');
    assert.equal(first.status, 504);
    assert.match(first.message, /did not answer within 200 ms \(llm\.timeout_ms\)/);
    const stalled = await drain(provider(server.url, 200).stream(sampleRequest, new AbortController().signal));
    assert.deepEqual(stalled.chunks, ['Then']);
    assert.equal(problem(stalled.error).code, 'llm_timeout');
  });

  it('the timeout is the wait between chunks, not the whole generation: a steady stream longer than it completes', async () => {
    server = await startFakeServer(async (_request, res) => {
      ndjson(res);
      for (const word of ['a', ' b', ' c', ' d', ' e']) {
        res.write(chunkLine(word));
        await sleep(80);
      }
      res.end(doneLine({ eval_count: 5 }));
    });
    const generation = await provider(server.url, 300).generate(sampleRequest, new AbortController().signal);
    assert.equal(generation.text, 'a b c d e');
  });

  it('an abort mid-stream closes the connection and ends the stream with client_closed, counting what was sent', async () => {
    server = await startFakeServer(async (_request, res) => {
      ndjson(res);
      for (let index = 0; index < 50 && !res.destroyed; index += 1) {
        res.write(chunkLine(`w${index} `));
        await sleep(20);
      }
      res.end(doneLine());
    });
    const controller = new AbortController();
    const chunks: string[] = [];
    let final: StreamPart | undefined;
    for await (const part of provider(server.url).stream(sampleRequest, controller.signal)) {
      if (part.type === 'chunk') {
        chunks.push(part.text);
        if (chunks.length === 2) controller.abort();
      } else final = part;
    }
    assert.equal(final?.type, 'final');
    assert.equal(final?.type === 'final' && final.record.finishReason, 'client_closed');
    assert.equal(final?.type === 'final' && final.record.completionTokens, chunks.length);
    assert.ok(chunks.length >= 2 && chunks.length < 50);
    await server.clientClosed;
  });

  it('generate rejects with the signal\'s reason when aborted', async () => {
    server = await startFakeServer(async (_request, res) => {
      ndjson(res);
      res.write(chunkLine('slow'));
    });
    const controller = new AbortController();
    const reason = new Error('caller went away');
    setTimeout(() => controller.abort(reason), 50);
    await assert.rejects(provider(server.url).generate(sampleRequest, controller.signal), (error) => error === reason);
  });

  it('check() lists /api/tags: ok when the model is pulled (as name:latest), a pull hint when not, the reason when unreachable', async () => {
    let models = [{ name: 'llama3.2:latest', model: 'llama3.2:latest', modified_at: '2026-11-01T10:00:00Z', size: 2_019_393_189, digest: 'a80c4f17acd5', details: { format: 'gguf', family: 'llama' } }];
    server = await startFakeServer((request, res) => {
      assert.equal(request.path, '/api/tags');
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ models }));
    });
    const present = await provider(server.url).check(new AbortController().signal);
    assert.deepEqual(present, { ok: true, detail: `ollama at ${server.url}: model llama3.2 present` });
    models = [];
    const missing = await provider(server.url).check(new AbortController().signal);
    assert.equal(missing.ok, false);
    assert.match(missing.detail, /model llama3\.2 is not pulled \(run: ollama pull llama3\.2\)/);
    const port = await closedPort();
    const down = await provider(`http://127.0.0.1:${port}`).check(new AbortController().signal);
    assert.equal(down.ok, false);
    assert.match(down.detail, /cannot be reached \(connection refused\)/);
  });

  it('reads OLLAMA_HOST the way the ollama CLI does', () => {
    assert.equal(ollamaAddress('http://127.0.0.1:11434'), 'http://127.0.0.1:11434');
    assert.equal(ollamaAddress('127.0.0.1'), 'http://127.0.0.1:11434');
    assert.equal(ollamaAddress('0.0.0.0:11500'), 'http://127.0.0.1:11500');
    assert.equal(ollamaAddress(':11434'), 'http://127.0.0.1:11434');
    assert.equal(ollamaAddress('https://ollama.example.com/'), 'https://ollama.example.com');
  });
});
