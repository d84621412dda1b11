import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nova } from '../testing/harness.js';
import { evaluateSamples } from './evaluate.js';
import { extractPersona } from './extract.js';
import type { Sample } from './types.js';

const persona = extractPersona({ ...nova, languages: [...nova.languages], expertise_domains: [...nova.expertise_domains], use_cases: [...nova.use_cases] });
const good = 'Circular fashion is where I start with this jacket: recycled fibres, repairs that are easy, and a label that says what it is made of. I checked the seams and the certificate before I wrote a word.';
const sample = (text: string, extra: Partial<Sample> = {}): Sample => ({ use_case: 'product_review', content_type: 'product_review', language: 'en', written_language: 'en', text: `${text}\n\n#AIgenerated`, words: { min: 20, max: 50 }, ...extra });

describe('evaluateSamples', () => {
  it('passes on-topic, labelled, complete posts of the right length and language', () => {
    const result = evaluateSamples([sample(good)], persona);
    assert.deepEqual(result, { passed: true, scores: { disclosure: 1, language: 1, no_template_holes: 1, on_topic: 1, length: 1 }, reasons: [] });
  });

  it('scores each check as the share of samples that pass it and names the failed ones', () => {
    const result = evaluateSamples([sample(good), sample('Buy {{product_name}} today, it is [PRODUCT NAME] and great for undefined people who like things a lot.')], persona);
    assert.equal(result.scores['no_template_holes'], 0.5);
    assert.equal(result.passed, false);
    assert.deepEqual(result.reasons.map((r) => r.split(':')[0]), ['no_template_holes']);
  });

  it('fails a missing label, another language, an off-topic post and a wrong length', () => {
    const off = { ...sample('Short.'), text: 'Short.' };
    const result = evaluateSamples([{ ...off, language: 'fr', written_language: 'de' }], persona);
    assert.deepEqual(result.reasons.map((r) => r.split(':')[0]), ['disclosure', 'language', 'on_topic', 'length']);
  });

  it('accepts a language the generator fell back to English for', () => {
    assert.equal(evaluateSamples([sample(good, { language: 'sw', written_language: 'en' })], persona).scores['language'], 1);
  });
});
