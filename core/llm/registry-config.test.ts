// llm.* settings: defaults, and the environment names the ollama and openai tools use.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Writable } from 'node:stream';
import { ConfigError, loadConfig } from '../config/index.js';
import { createLogger } from '../logger.js';

describe('llm.* configuration', () => {
  it('defaults to the offline builtin provider for live and test keys', () => {
    const { llm } = loadConfig({ env: {} }).core;
    assert.deepEqual(llm, {
      provider: 'builtin',
      model: '',
      sandbox_provider: 'builtin',
      timeout_ms: 60000,
      ollama: { host: 'http://127.0.0.1:11434' },
      openai: { base_url: 'https://api.openai.com/v1', api_key: '', max_retries: 1 },
    });
  });

  it('reads INFLUGENTIC_LLM_PROVIDER, OLLAMA_HOST, OPENAI_BASE_URL and OPENAI_API_KEY', () => {
    const { core, sources } = loadConfig({
      env: { INFLUGENTIC_LLM_PROVIDER: 'openai', OLLAMA_HOST: '0.0.0.0:11500', OPENAI_BASE_URL: 'http://127.0.0.1:8000/v1', OPENAI_API_KEY: '1234567890' },
    });
    assert.equal(core.llm.provider, 'openai');
    assert.equal(core.llm.ollama.host, '0.0.0.0:11500');
    assert.equal(core.llm.openai.base_url, 'http://127.0.0.1:8000/v1');
    assert.equal(core.llm.openai.api_key, '1234567890', 'a key of digits stays a string');
    assert.equal(sources.get('llm.ollama.host'), 'OLLAMA_HOST');
  });

  it('lets an INFLUGENTIC_* variable win over the tool\'s own name, and treats an empty OLLAMA_HOST as unset', () => {
    const both = loadConfig({ env: { OLLAMA_HOST: 'http://a:1', INFLUGENTIC_LLM__OLLAMA__HOST: 'http://b:2' } });
    assert.equal(both.core.llm.ollama.host, 'http://b:2');
    const empty = loadConfig({ env: { OLLAMA_HOST: '' } });
    assert.equal(empty.core.llm.ollama.host, 'http://127.0.0.1:11434');
  });

  it('rejects a bad value naming the key and the variable', () => {
    assert.throws(
      () => loadConfig({ env: { OPENAI_BASE_URL: 'api.openai.com/v1' } }),
      (error) => error instanceof ConfigError && /llm\.openai\.base_url: expected an http\(s\) URL .* \(from OPENAI_BASE_URL\)/.test(error.message),
    );
    assert.throws(
      () => loadConfig({ env: { INFLUGENTIC_LLM_PROVIDER: 'Open AI' } }),
      (error) => error instanceof ConfigError && /llm\.provider: expected a provider id/.test(error.message),
    );
    assert.throws(() => loadConfig({ env: {}, overrides: { llm: { timeout_ms: 5 } } }), (error) => error instanceof ConfigError && /llm\.timeout_ms/.test(error.message));
  });

  it('never writes the API key to the log, even when the whole configuration is logged', () => {
    const key = 'sk-log-check-0a1b2c3d4e5f6a7b8c9d';
    const { core } = loadConfig({ env: { OPENAI_API_KEY: key } });
    let written = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        done();
      },
    });
    const logger = createLogger('info', sink);
    logger.info(core, 'configuration');
    logger.info({ config: core }, 'configuration');
    logger.info({ openai: core.llm.openai }, 'openai settings');
    assert.equal(written.split('\n').filter(Boolean).length, 3);
    assert.ok(!written.includes(key), written);
    assert.match(written, /"api_key":"\[redacted\]"/);
  });
});
