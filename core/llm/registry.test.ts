// Which provider writes: llm.provider for live keys, llm.sandbox_provider for test keys; an
// unknown id or an id registered twice stops start-up; plugins bring providers of their own.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createApp } from '../app.js';
import { resolveToken } from '../container.js';
import { loadConfig, type ConfigTree } from '../config/index.js';
import { createLogger } from '../logger.js';
import { definePlugin } from '../plugin/define.js';
import { PluginHostError } from '../plugin/errors.js';
import { ERROR_CATALOG, LLM_PROVIDERS } from '../tokens.js';
import { UnknownLlmProviderError } from './errors.js';
import { LlmRegistry, kernelProviders } from './registry.js';
import { sampleRequest } from './providers/testing/sample-request.js';
import type { LlmProvider } from './types.js';

const echoFixture = fileURLToPath(new URL('../../test/fixtures/plugins/llm-echo', import.meta.url));

function configWith(llm: ConfigTree, env: Record<string, string> = {}, extra: ConfigTree = {}) {
  return loadConfig({
    env,
    overrides: { database: { url: 'sqlite::memory:' }, data_dir: mkdtempSync(join(tmpdir(), 'ig-llm-')), log: { level: 'silent' }, llm, ...extra },
  });
}

function fake(id: string): LlmProvider {
  return {
    id,
    generate: () => Promise.reject(new Error('unused')),
    stream: () => ({ [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('unused')) }) }),
    check: async () => ({ ok: true, detail: id }),
  };
}

describe('LLM provider registry', () => {
  it('holds builtin, ollama and openai, and picks llm.provider for live keys and llm.sandbox_provider for test keys', () => {
    const config = configWith({ provider: 'ollama', sandbox_provider: 'builtin' }).core.llm;
    const registry = new LlmRegistry(kernelProviders(config), config);
    assert.deepEqual(registry.ids(), ['builtin', 'ollama', 'openai']);
    assert.equal(registry.forMode(true).id, 'ollama');
    assert.equal(registry.forMode(false).id, 'builtin');
    assert.equal(registry.get('openai').id, 'openai');
    assert.equal(registry.has('nope'), false);
    assert.throws(() => registry.get('nope'), /no LLM provider "nope" is registered \(known: builtin, ollama, openai\)/);
  });

  it('defaults to builtin for both modes, so a fresh install generates offline', () => {
    const config = configWith({}).core.llm;
    const registry = new LlmRegistry(kernelProviders(config), config);
    assert.equal(registry.forMode(true).id, 'builtin');
    assert.equal(registry.forMode(false).id, 'builtin');
  });

  it('refuses an unknown llm.provider at boot, naming the key, the variable it came from and the known ids', async () => {
    const config = configWith({}, { INFLUGENTIC_LLM_PROVIDER: 'olama' });
    await assert.rejects(createApp({ config, plugins: [], logger: createLogger('silent') }), (error) => {
      assert.ok(error instanceof UnknownLlmProviderError);
      assert.match(error.message, /llm\.provider: no LLM provider "olama" is registered \(known: builtin, ollama, openai\) \(from INFLUGENTIC_LLM_PROVIDER\)/);
      return true;
    });
  });

  it('refuses an unknown llm.sandbox_provider the same way', () => {
    assert.throws(() => new LlmRegistry(kernelProviders(configWith({}).core.llm), { provider: 'builtin', sandbox_provider: 'gpt' }), (error) => {
      assert.ok(error instanceof UnknownLlmProviderError);
      assert.match(error.message, /llm\.sandbox_provider: no LLM provider "gpt"/);
      return true;
    });
  });

  it('refuses a provider id registered twice, naming both owners', async () => {
    const squatter = definePlugin({ name: 'squatter', version: '1.0.0', llmProviders: () => [fake('ollama')] });
    await assert.rejects(createApp({ config: configWith({}), plugins: [squatter], logger: createLogger('silent') }), (error) => {
      assert.ok(error instanceof PluginHostError);
      assert.equal(error.code, 'LLM_PROVIDER_TAKEN');
      assert.match(error.message, /LLM provider "ollama" is registered by both "kernel" and "squatter"/);
      return true;
    });
  });

  it('an external plugin registers a provider with its own config, and llm.provider picks it for live keys', async () => {
    const config = configWith({ provider: 'echo' }, {}, { plugins: { external: [echoFixture] }, llm_echo: { prefix: 'said' } });
    const app = await createApp({ config, plugins: [], logger: createLogger('silent') });
    try {
      const registry = resolveToken(app.container, LLM_PROVIDERS);
      assert.ok(registry.ids().includes('echo'));
      const live = registry.forMode(true);
      assert.equal(live.id, 'echo');
      const generation = await live.generate(sampleRequest, new AbortController().signal);
      assert.equal(generation.text, 'said: Lumo Light');
      assert.equal(registry.forMode(false).id, 'builtin', 'test keys still write with the sandbox provider');
    } finally {
      await app.close();
    }
  });

  it('lists the llm_* problem codes in the error catalog behind /docs/errors', async () => {
    const app = await createApp({ config: configWith({}), plugins: [], logger: createLogger('silent') });
    try {
      const llm = resolveToken(app.container, ERROR_CATALOG).find((entry) => entry.area === 'llm');
      assert.deepEqual(
        Object.values(llm?.errors ?? {}).map((factory) => `${factory.code} ${factory.status}`),
        ['llm_unavailable 503', 'llm_timeout 504', 'llm_model_not_found 502', 'llm_bad_response 502'],
      );
    } finally {
      await app.close();
    }
  });

  it('binds LLM_PROVIDERS before plugins register, so a plugin can resolve it in register()', async () => {
    let seen: string | undefined;
    const consumer = definePlugin({
      name: 'consumer',
      version: '1.0.0',
      register: ({ container }) => {
        seen = resolveToken(container, LLM_PROVIDERS).forMode(false).id;
      },
    });
    const app = await createApp({ config: configWith({}), plugins: [consumer], logger: createLogger('silent') });
    await app.close();
    assert.equal(seen, 'builtin');
  });
});
