// The openai provider against a fake OpenAI-compatible server that speaks the real wire
// format: POST /v1/chat/completions answers server-sent events, `data: {chunk}` lines, a
// usage chunk (stream_options.include_usage) and `data: [DONE]`.
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { afterEach, describe, it } from 'node:test';
import { ProblemError } from '../../http/problem.js';
import type { StreamPart } from '../types.js';
import { closedPort, sleep, startFakeServer, type FakeServer } from './testing/fake-http.js';
import { OpenAiProvider } from './openai.js';
import { sampleRequest } from './testing/sample-request.js';

const served = 'gpt-4o-mini-2024-07-18';
const apiKey = 'sk-test-4f9a1c0e7b2d4e8f9a1c0e7b2d4e8f9a';

function event(data: unknown): string {
  return `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;
}

function delta(content: string | null, finish: string | null = null, role?: string): string {
  return event({
    id: 'chatcmpl-AbC123',
    object: 'chat.completion.chunk',
    created: 1_795_000_000,
    model: served,
    system_fingerprint: 'fp_0ba0d124f1',
    choices: [{ index: 0, delta: finish ? {} : { ...(role ? { role } : {}), content, refusal: null }, logprobs: null, finish_reason: finish }],
    usage: null,
  });
}

function usage(prompt: number, completion: number): string {
  return event({
    id: 'chatcmpl-AbC123',
    object: 'chat.completion.chunk',
    created: 1_795_000_000,
    model: served,
    system_fingerprint: 'fp_0ba0d124f1',
    choices: [],
    usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
  });
}

function sse(res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
}

function apiError(res: ServerResponse, status: number, error: Record<string, unknown>, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify({ error }));
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

describe('openai provider (fake OpenAI-compatible server on the wire)', () => {
  let server: FakeServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const provider = (baseUrl: string, options: { timeoutMs?: number; maxRetries?: number; apiKey?: string; model?: string } = {}) =>
    new OpenAiProvider({ baseUrl, apiKey: options.apiKey ?? apiKey, model: options.model ?? '', timeoutMs: options.timeoutMs ?? 2000, maxRetries: options.maxRetries ?? 0 });

  it('streams the deltas in order, then a final record with the usage chunk\'s counts', async () => {
    server = await startFakeServer((_request, res) => {
      sse(res);
      res.write(delta('', null, 'assistant'));
      res.write(delta('Rain'));
      res.write(delta(' again.'));
      res.write(delta(null, 'stop'));
      res.write(usage(212, 4));
      res.end(event('[DONE]'));
    });
    const { chunks, final, error } = await drain(provider(`${server.url}/v1`).stream(sampleRequest, new AbortController().signal));
    assert.equal(error, undefined);
    assert.deepEqual(chunks, ['Rain', ' again.']);
    assert.deepEqual({ ...final?.record, latencyMs: 0 }, {
      provider: 'openai',
      model: served,
      promptTokens: 212,
      completionTokens: 4,
      latencyMs: 0,
      finishReason: 'stop',
      language: 'en',
      warnings: [],
    });
    const seen = server.requests[0];
    assert.equal(seen?.method, 'POST');
    assert.equal(seen?.path, '/v1/chat/completions');
    assert.equal(seen?.headers.authorization, `Bearer ${apiKey}`);
    const body = seen?.body as { model: string; stream: boolean; stream_options: unknown; messages: { role: string; content: string }[] };
    assert.equal(body.model, 'gpt-4o-mini');
    assert.equal(body.stream, true);
    assert.deepEqual(body.stream_options, { include_usage: true });
    assert.equal(body.messages[0]?.role, 'system');
    assert.ok(body.messages.some((message) => message.content.includes('Lumo Light')));
  });

  it('generate joins the text; finish_reason length is kept; no usage chunk gives estimates and says so', async () => {
    server = await startFakeServer((_request, res) => {
      sse(res);
      res.write(delta('Cut'));
      res.write(delta(' short'));
      res.write(delta(null, 'length'));
      res.end(event('[DONE]'));
    });
    const generation = await provider(server.url, { model: 'local-model' }).generate(sampleRequest, new AbortController().signal);
    assert.equal(generation.text, 'Cut short');
    assert.equal(generation.finishReason, 'length');
    assert.equal(generation.completionTokens, 2);
    assert.ok(generation.promptTokens > 0);
    assert.deepEqual(generation.warnings.map((warning) => warning.code), ['usage_estimated']);
    assert.equal((server.requests[0]?.body as { model: string }).model, 'local-model');
  });

  it('a 404 model_not_found is llm_model_not_found (502)', async () => {
    server = await startFakeServer((_request, res) =>
      apiError(res, 404, { message: 'The model `gpt-9` does not exist or you do not have access to it.', type: 'invalid_request_error', param: null, code: 'model_not_found' }),
    );
    const { error } = await drain(provider(server.url, { model: 'gpt-9', maxRetries: 1 }).stream(sampleRequest, new AbortController().signal));
    const failure = problem(error);
    assert.equal(failure.code, 'llm_model_not_found');
    assert.equal(failure.status, 502);
    assert.match(failure.message, /has no model gpt-9/);
    assert.equal(server.requests.length, 1, 'a 404 is not retried');
  });

  it('a 5xx is retried max_retries times and then is llm_unavailable (503) with Retry-After', async () => {
    server = await startFakeServer((_request, res) => apiError(res, 500, { message: 'The server had an error while processing your request.', type: 'server_error' }, { 'retry-after-ms': '10' }));
    const { error } = await drain(provider(server.url, { maxRetries: 1 }).stream(sampleRequest, new AbortController().signal));
    const failure = problem(error);
    assert.equal(failure.code, 'llm_unavailable');
    assert.equal(failure.status, 503);
    assert.equal(failure.options.headers?.['Retry-After'], '5');
    assert.equal(server.requests.length, 2);
  });

  it('a 5xx followed by a good answer succeeds within max_retries', async () => {
    server = await startFakeServer((_request, res) => {
      if (server?.requests.length === 1) return apiError(res, 503, { message: 'overloaded', type: 'server_error' }, { 'retry-after-ms': '10' });
      sse(res);
      res.end(delta('Fine') + delta(null, 'stop') + usage(10, 1) + event('[DONE]'));
    });
    const generation = await provider(server.url, { maxRetries: 1 }).generate(sampleRequest, new AbortController().signal);
    assert.equal(generation.text, 'Fine');
    assert.equal(server.requests.length, 2);
  });

  it('a 429 is llm_unavailable saying the provider rate limits this server', async () => {
    server = await startFakeServer((_request, res) => apiError(res, 429, { message: 'Rate limit reached for gpt-4o-mini', type: 'requests', code: 'rate_limit_exceeded' }));
    const { error } = await drain(provider(server.url).stream(sampleRequest, new AbortController().signal));
    const failure = problem(error);
    assert.equal(failure.code, 'llm_unavailable');
    assert.match(failure.message, /rate limiting this server \(429\)/);
  });

  it('a refused API key is llm_unavailable, and the key never appears in the message even when the server echoes it', async () => {
    server = await startFakeServer((request, res) =>
      apiError(res, 401, { message: `Incorrect API key provided: ${String(request.headers.authorization).slice(7)}.`, type: 'invalid_request_error', code: 'invalid_api_key' }),
    );
    const { error } = await drain(provider(server.url).stream(sampleRequest, new AbortController().signal));
    const failure = problem(error);
    assert.equal(failure.code, 'llm_unavailable');
    assert.match(failure.message, /refused the API key \(401\)/);
    assert.doesNotMatch(failure.message, new RegExp(apiKey));
    assert.doesNotMatch(inspect(failure, { depth: 10 }), new RegExp(apiKey), 'not in the cause the error log would print either');
  });

  it('a data line that is not JSON is llm_bad_response (502) after the chunks before it, with nothing on the console', async () => {
    server = await startFakeServer((_request, res) => {
      sse(res);
      res.end(delta('Good') + event('{"id":"chatcmpl-AbC123","choices":[{"delta":{"content":"ba') + delta(null, 'stop') + event('[DONE]'));
    });
    const printed: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void printed.push(args);
    try {
      const { chunks, error } = await drain(provider(server.url).stream(sampleRequest, new AbortController().signal));
      assert.deepEqual(chunks, ['Good']);
      const failure = problem(error);
      assert.equal(failure.code, 'llm_bad_response');
      assert.match(failure.message, /not JSON/);
    } finally {
      console.error = original;
    }
    assert.deepEqual(printed, []);
  });

  it('an error object mid-stream is llm_bad_response after the chunks already sent', async () => {
    server = await startFakeServer((_request, res) => {
      sse(res);
      res.end(delta('Half') + event({ error: { message: 'The server had an error processing your request.', type: 'server_error' } }));
    });
    const { chunks, error } = await drain(provider(server.url).stream(sampleRequest, new AbortController().signal));
    assert.deepEqual(chunks, ['Half']);
    const failure = problem(error);
    assert.equal(failure.code, 'llm_bad_response');
    assert.match(failure.message, /error mid-stream: The server had an error/);
  });

  it('a stream that ends with no finish_reason is llm_bad_response', async () => {
    server = await startFakeServer((_request, res) => {
      sse(res);
      res.end(delta('Cut') + delta(' off'));
    });
    const { chunks, error } = await drain(provider(server.url).stream(sampleRequest, new AbortController().signal));
    assert.deepEqual(chunks, ['Cut', ' off']);
    assert.equal(problem(error).code, 'llm_bad_response');
  });

  it('connection refused is llm_unavailable (503) naming the base URL', async () => {
    const port = await closedPort();
    const { error } = await drain(provider(`http://127.0.0.1:${port}/v1`).stream(sampleRequest, new AbortController().signal));
    const failure = problem(error);
    assert.equal(failure.code, 'llm_unavailable');
    assert.match(failure.message, new RegExp(`openai at http://127\\.0\\.0\\.1:${port}/v1 cannot be reached`));
  });

  it('no answer within llm.timeout_ms is llm_timeout (504), and so is a stream that stalls', async () => {
    server = await startFakeServer(async (request, res) => {
      if ((request.body as { model: string }).model === 'silent') return;
      sse(res);
      res.write(delta('Then'));
    });
    const silent = await drain(provider(server.url, { timeoutMs: 200, model: 'silent' }).stream(sampleRequest, new AbortController().signal));
    const failure = problem(silent.error);
    assert.equal(failure.code, 'llm_timeout');
    assert.equal(failure.status, 504);
    const stalled = await drain(provider(server.url, { timeoutMs: 200 }).stream(sampleRequest, new AbortController().signal));
    assert.deepEqual(stalled.chunks, ['Then']);
    assert.equal(problem(stalled.error).code, 'llm_timeout');
  });

  it('an abort mid-stream closes the connection and ends the stream with client_closed', async () => {
    server = await startFakeServer(async (_request, res) => {
      sse(res);
      for (let index = 0; index < 50 && !res.destroyed; index += 1) {
        res.write(delta(`w${index} `));
        await sleep(20);
      }
      res.end(delta(null, 'stop') + event('[DONE]'));
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
    assert.equal(final?.type === 'final' && final.record.finishReason, 'client_closed');
    assert.equal(final?.type === 'final' && final.record.completionTokens, chunks.length);
    assert.ok(chunks.length < 50);
    await server.clientClosed;
  });

  it('generate rejects with the signal\'s reason when aborted', async () => {
    server = await startFakeServer((_request, res) => {
      sse(res);
      res.write(delta('slow'));
    });
    const controller = new AbortController();
    const reason = new Error('caller went away');
    setTimeout(() => controller.abort(reason), 50);
    await assert.rejects(provider(server.url).generate(sampleRequest, controller.signal), (error) => error === reason);
  });

  it('check() asks GET /models: ok when the model is listed, says what is listed when not', async () => {
    server = await startFakeServer((request, res) => {
      assert.equal(request.path, '/v1/models');
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model', created: 1_721_172_741, owned_by: 'system' }, { id: 'gpt-4o', object: 'model', created: 1_715_367_049, owned_by: 'system' }] }));
    });
    const ok = await provider(`${server.url}/v1`).check(new AbortController().signal);
    assert.deepEqual(ok, { ok: true, detail: `openai at ${server.url}/v1: model gpt-4o-mini available` });
    const missing = await provider(`${server.url}/v1`, { model: 'llama-3.1-8b' }).check(new AbortController().signal);
    assert.equal(missing.ok, false);
    assert.match(missing.detail, /does not list model llama-3\.1-8b \(it lists gpt-4o-mini, gpt-4o\)/);
    assert.doesNotMatch(JSON.stringify([ok, missing]), new RegExp(apiKey));
  });
});
