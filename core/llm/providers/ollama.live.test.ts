// Against a real Ollama, when one answers at OLLAMA_HOST (default http://127.0.0.1:11434)
// with a model pulled; skipped otherwise, with the reason in the test output.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StreamPart } from '../types.js';
import { ollamaAddress, OllamaProvider } from './ollama.js';
import { sampleRequest } from './testing/sample-request.js';

const address = ollamaAddress(process.env.OLLAMA_HOST || 'http://127.0.0.1:11434');

/** The model to use: INFLUGENTIC_TEST_OLLAMA_MODEL, else llama3.2 if pulled, else the first pulled. */
async function probe(): Promise<{ model?: string; skip: string | false }> {
  try {
    const response = await fetch(`${address}/api/tags`, { signal: AbortSignal.timeout(2000) });
    if (!response.ok) return { skip: `Ollama at ${address} answered ${response.status}` };
    const { models = [] } = (await response.json()) as { models?: { name: string }[] };
    const names = models.map((entry) => entry.name);
    const wanted = process.env.INFLUGENTIC_TEST_OLLAMA_MODEL;
    const model = wanted ?? names.find((name) => name.startsWith('llama3.2')) ?? names[0];
    if (!model) return { skip: `Ollama at ${address} has no model pulled (ollama pull llama3.2)` };
    return { model, skip: false };
  } catch (error) {
    return { skip: `no Ollama answers at ${address} (${(error as Error).message}); set OLLAMA_HOST to run this` };
  }
}

const { model, skip } = await probe();

describe('ollama provider against a real Ollama', () => {
  it('streams a short post and reports the real token counts', { skip, timeout: 300_000 }, async () => {
    const provider = new OllamaProvider({ host: address, model: model ?? '', timeoutMs: 120_000 });
    const chunks: string[] = [];
    let final: StreamPart | undefined;
    for await (const part of provider.stream(sampleRequest, AbortSignal.timeout(280_000))) {
      if (part.type === 'chunk') chunks.push(part.text);
      else final = part;
    }
    assert.ok(chunks.join('').trim().length > 0, 'some text');
    assert.equal(final?.type, 'final');
    if (final?.type !== 'final') return;
    assert.equal(final.record.provider, 'ollama');
    assert.ok(final.record.promptTokens > 0);
    assert.ok(final.record.completionTokens > 0);
    assert.ok(['stop', 'length'].includes(final.record.finishReason));
    const health = await provider.check(AbortSignal.timeout(10_000));
    assert.equal(health.ok, true, health.detail);
  });
});
