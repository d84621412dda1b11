// `influgentic doctor` reports whether the configured LLM providers answer, against a fake
// Ollama and a fake OpenAI-compatible server, changes nothing and never prints the API key.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { closedPort, startFakeServer, type FakeServer } from '../core/llm/providers/testing/fake-http.js';
import { runCli } from './helpers/server.js';

const apiKey = 'sk-doctor-secret-5b7d9f1a3c5e7b9d1f3a5c7e';

describe('influgentic doctor: LLM providers', () => {
  let ollama: FakeServer;
  let openai: FakeServer;
  let pulled = ['llama3.2:latest'];
  before(async () => {
    ollama = await startFakeServer((request, res) => {
      if (request.path !== '/api/tags') {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ models: pulled.map((name) => ({ name, model: name, modified_at: '2026-11-01T10:00:00Z', size: 2_019_393_189, digest: 'a80c4f17acd5', details: { format: 'gguf' } })) }));
    });
    openai = await startFakeServer((request, res) => {
      if (request.headers.authorization !== `Bearer ${apiKey}`) {
        // Some servers echo what they were sent: the doctor must not pass it on.
        res.writeHead(401, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `Incorrect API key provided: ${String(request.headers.authorization)}`, type: 'invalid_request_error', code: 'invalid_api_key' } }));
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model', created: 1_721_172_741, owned_by: 'system' }] }));
    });
  });
  after(async () => {
    await ollama.close();
    await openai.close();
  });

  it('on a machine never started: reports the live provider and the sandbox one, asks only GET /api/tags, creates nothing', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'ig-doctor-llm-')), 'data');
    const before = ollama.requests.length;
    const { code, output } = await runCli(['doctor'], { INFLUGENTIC_DATA_DIR: dataDir, INFLUGENTIC_LLM_PROVIDER: 'ollama', OLLAMA_HOST: ollama.url });
    assert.equal(code, 0, output);
    assert.match(output, new RegExp(`^\\[ok  \\] llm \\(live keys\\): ollama at ${ollama.url}: model llama3\\.2 present$`, 'm'));
    assert.match(output, /^\[ok {2}\] llm \(test keys\): .*builtin/m);
    assert.deepEqual(ollama.requests.slice(before).map((request) => `${request.method} ${request.path}`), ['GET /api/tags']);
    assert.equal(existsSync(dataDir), false, 'nothing was created');
  });

  it('after init: the same line from the running app\'s registry; one line when both modes use one provider', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ig-doctor-llm-'));
    const env = { INFLUGENTIC_DATA_DIR: dataDir, OLLAMA_HOST: ollama.url, INFLUGENTIC_LLM_PROVIDER: 'ollama', INFLUGENTIC_LLM__SANDBOX_PROVIDER: 'ollama' };
    const init = await runCli(['init'], env);
    assert.equal(init.code, 0, init.output);
    const files = readdirSync(dataDir).sort();
    const { code, output } = await runCli(['doctor'], env);
    assert.equal(code, 0, output);
    assert.match(output, /^\[ok {2}\] migrations: current$/m);
    assert.match(output, new RegExp(`^\\[ok  \\] llm: ollama at ${ollama.url}: model llama3\\.2 present$`, 'm'));
    assert.doesNotMatch(output, /llm \((live|test) keys\)/);
    assert.deepEqual(readdirSync(dataDir).sort(), files, 'doctor changed nothing');
  });

  it('never prints the password of an OLLAMA_HOST with user:password@ (an Ollama behind a proxy)', async () => {
    const password = 'proxy-pass-8c2e4a6b';
    const host = ollama.url.replace('http://', `http://ops:${password}@`);
    const { code, output } = await runCli(['doctor'], { INFLUGENTIC_LLM_PROVIDER: 'ollama', OLLAMA_HOST: host });
    assert.equal(code, 0, output);
    assert.match(output, new RegExp(`^\\[ok  \\] llm \\(live keys\\): ollama at ${ollama.url}: model llama3\\.2 present$`, 'm'));
    assert.ok(!output.includes(password), output);
    assert.equal(ollama.requests.at(-1)?.headers.authorization, `Basic ${Buffer.from(`ops:${password}`).toString('base64')}`);
  });

  it('fails (exit 1) when the model is not pulled, saying how to pull it', async () => {
    pulled = ['qwen2.5:7b'];
    try {
      const { code, output } = await runCli(['doctor'], { INFLUGENTIC_LLM_PROVIDER: 'ollama', OLLAMA_HOST: ollama.url });
      assert.equal(code, 1, output);
      assert.match(output, /^\[FAIL\] llm \(live keys\): ollama at .* model llama3\.2 is not pulled \(run: ollama pull llama3\.2\)$/m);
    } finally {
      pulled = ['llama3.2:latest'];
    }
  });

  it('fails (exit 1) naming the address when nothing answers there', async () => {
    const port = await closedPort();
    const { code, output } = await runCli(['doctor'], { INFLUGENTIC_LLM_PROVIDER: 'ollama', OLLAMA_HOST: `127.0.0.1:${port}` });
    assert.equal(code, 1, output);
    assert.match(output, new RegExp(`^\\[FAIL\\] llm \\(live keys\\): ollama at http://127\\.0\\.0\\.1:${port} cannot be reached \\(connection refused\\)$`, 'm'));
  });

  it('checks an OpenAI-compatible server with GET /models and never prints the API key, accepted or refused', async () => {
    const good = await runCli(['doctor'], { INFLUGENTIC_LLM_PROVIDER: 'openai', OPENAI_BASE_URL: `${openai.url}/v1`, OPENAI_API_KEY: apiKey });
    assert.equal(good.code, 0, good.output);
    assert.match(good.output, new RegExp(`^\\[ok  \\] llm \\(live keys\\): openai at ${openai.url}/v1: model gpt-4o-mini available$`, 'm'));
    assert.equal(openai.requests.at(-1)?.path, '/v1/models');
    assert.ok(!good.output.includes(apiKey), good.output);

    const refused = await runCli(['doctor'], { INFLUGENTIC_LLM_PROVIDER: 'openai', OPENAI_BASE_URL: `${openai.url}/v1`, OPENAI_API_KEY: `${apiKey}-old` });
    assert.equal(refused.code, 1, refused.output);
    assert.match(refused.output, /^\[FAIL\] llm \(live keys\): openai at .* refused the API key \(401\); check llm\.openai\.api_key \(OPENAI_API_KEY\)$/m);
    assert.ok(!refused.output.includes(apiKey), refused.output);
  });

  it('fails naming llm.provider when it names no registered provider', async () => {
    const { code, output } = await runCli(['doctor'], { INFLUGENTIC_LLM_PROVIDER: 'olama' });
    assert.equal(code, 1, output);
    assert.match(output, /^\[FAIL\] llm: llm\.provider: no LLM provider "olama" is registered \(known: builtin, ollama, openai\)$/m);
  });
});
