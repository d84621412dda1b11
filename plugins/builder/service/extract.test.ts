import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nova } from '../testing/harness.js';
import { contentTypeOf, extractPersona, topicsFromPrompt } from './extract.js';

describe('extractPersona (the builtin compile)', () => {
  const inputs = { ...nova, languages: [...nova.languages], expertise_domains: [...nova.expertise_domains], use_cases: [...nova.use_cases] };

  it("turns NOVA's prompt into topics, adjectives, tone modes and style rules", () => {
    const persona = extractPersona(inputs);
    assert.deepEqual(persona.expertise_domains, nova.expertise_domains);
    assert.deepEqual(persona.topics.slice(0, 3), nova.expertise_domains, 'expertise first: the builtin generator voices the first topics');
    for (const topic of ['sustainable fashion', 'circular economy', 'supply chain transparency', 'OEKO-TEX', 'GOTS']) assert.ok(persona.topics.includes(topic), topic);
    assert.deepEqual(persona.adjectives, ['knowledgeable', 'inspiring']);
    assert.deepEqual(persona.tone_modes, ['knowledgeable', 'inspiring']);
    assert.ok(persona.style_rules.includes('Never sound preachy.'));
    assert.ok(persona.style_rules.includes('Write for eco conscious millennials.'));
    assert.deepEqual(persona.content_types, ['product_review', 'product_launch']);
    assert.ok(!persona.bio.includes('Tone:'), 'the tone line is style, not biography');
    assert.match(persona.headline, /^NOVA is a forward-thinking AI influencer/);
    assert.equal(persona.example_posts.length, 2);
  });

  it('is deterministic, and carries evaluation feedback into the style rules', () => {
    assert.deepEqual(extractPersona(inputs), extractPersona(inputs));
    assert.ok(extractPersona(inputs, ['on_topic: 0% passed']).style_rules.includes('Fix: on_topic: 0% passed'));
  });

  it('falls back to plain adjectives without a tone line, and maps unknown use cases to reviews', () => {
    const plain = extractPersona({ ...inputs, persona_prompt: 'Pip writes about coffee gear for people who brew at home every morning.', use_cases: ['unboxing'] });
    assert.deepEqual(plain.adjectives, ['knowledgeable', 'friendly']);
    assert.deepEqual(plain.content_types, ['product_review']);
    assert.equal(contentTypeOf('lead_gen'), 'lead_magnet');
    assert.equal(contentTypeOf('brand_launch'), 'product_launch');
  });

  it("leaves the agent's own name out of the topics", () => {
    assert.ok(!topicsFromPrompt(nova.persona_prompt, 'NOVA').includes('NOVA'));
  });
});
