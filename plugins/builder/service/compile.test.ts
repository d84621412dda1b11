import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GenerationRequest, LlmProvider } from 'influgentic';
import { createBuiltinProvider } from '../../../core/llm/index.js';
import { nova } from '../testing/harness.js';
import { compilePersona, firstJsonObject, fitForRegistry } from './compile.js';
import { extractPersona } from './extract.js';
import { BuildFailure } from './types.js';

const inputs = { ...nova, languages: [...nova.languages], expertise_domains: [...nova.expertise_domains], use_cases: [...nova.use_cases] };

function scripted(answers: readonly string[]): LlmProvider & { asked: GenerationRequest[] } {
  const asked: GenerationRequest[] = [];
  return {
    id: 'scripted',
    asked,
    async generate(request) {
      asked.push(request);
      const text = answers[Math.min(asked.length - 1, answers.length - 1)] ?? '';
      return { text, provider: 'scripted', model: 'm', promptTokens: 0, completionTokens: 0, latencyMs: 0, finishReason: 'stop', language: 'en', warnings: [] };
    },
    async *stream() {
      throw new Error('not used');
    },
    async check() {
      return { ok: true, detail: '' };
    },
  };
}

describe('compilePersona', () => {
  const signal = new AbortController().signal;

  it('finds the JSON in prose and code fences and repairs trailing commas', () => {
    assert.deepEqual(firstJsonObject('Sure!\n```json\n{"a": [1, 2,], "b": "}{",}\n```'), { a: [1, 2], b: '}{' });
    assert.equal(firstJsonObject('no json here'), undefined);
    assert.equal(firstJsonObject('{"unterminated": '), undefined);
  });

  it('uses the deterministic extraction with the builtin provider', async () => {
    const log: string[] = [];
    assert.deepEqual(await compilePersona(createBuiltinProvider(), inputs, [], 2, signal, (l) => log.push(l)), extractPersona(inputs));
    assert.match(log[0]!, /builtin, offline/);
  });

  it("takes a model's fields and fills the missing or malformed ones from the extraction", async () => {
    const provider = scripted([JSON.stringify({ bio: 'NOVA, a model-written bio.', topics: ['textile recycling'], adjectives: 'not a list', tone_modes: ['Not A Slug'] })]);
    const persona = await compilePersona(provider, inputs, [], 2, signal, () => undefined);
    const draft = extractPersona(inputs);
    assert.equal(persona.bio, 'NOVA, a model-written bio.');
    assert.deepEqual(persona.topics, [...nova.expertise_domains, 'textile recycling']);
    assert.deepEqual(persona.adjectives, draft.adjectives);
    assert.deepEqual(persona.tone_modes, draft.tone_modes);
    assert.match(provider.asked[0]!.product.description!, /Answer with one JSON object only/);
  });

  it('asks again, saying what was wrong, and gives up with persona_compile_failed after the retries', async () => {
    const provider = scripted(['nothing useful', '{"bio": "short"}']);
    await assert.rejects(compilePersona(provider, inputs, ['on_topic: failed'], 1, signal, () => undefined), (error: unknown) => {
      assert.ok(error instanceof BuildFailure);
      assert.equal(error.error.code, 'persona_compile_failed');
      assert.equal(error.error.reasons.length, 2);
      return true;
    });
    assert.equal(provider.asked.length, 2);
    assert.match(provider.asked[1]!.product.description!, /previous answer was not valid JSON/);
    assert.match(provider.asked[0]!.product.description!, /failed evaluation: on_topic: failed/);
  });

  it("keeps a long-winded model's persona within the registry's limits", async () => {
    const rules = Array.from({ length: 20 }, (_, i) => `Rule ${i}`);
    const provider = scripted([JSON.stringify({ bio: 'A bio that is long enough.', topics: ['t'.repeat(300), 'textile recycling'], style_rules: rules })]);
    const persona = await compilePersona(provider, inputs, ['on_topic: failed'], 0, signal, () => undefined);
    assert.equal(persona.style_rules.length, 20);
    assert.equal(persona.style_rules[0], 'Fix: on_topic: failed', 'the feedback survives the cut');
    assert.ok(persona.topics.every((topic) => topic.length <= 200));
    assert.equal(fitForRegistry({ ...persona, headline: 'h'.repeat(500) }).headline.length, 200);
  });
});
