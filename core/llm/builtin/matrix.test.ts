import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONTENT_LENGTHS, CONTENT_TYPES, STRUCTURAL_FORMATS } from '../types.js';
import { BARE_PRODUCT, fixtureRequest, VELO } from '../testing/fixtures.js';
import { emptySections, repeatedSentences, templateHoles } from '../testing/text-checks.js';
import { composeText } from './generate.js';
import { countBodyWords } from './words.js';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'hi'] as const;

describe('builtin generator: every content type x format x language x length', () => {
  for (const language of LANGUAGES) {
    it(`writes complete, in-target, deterministic text in ${language}`, () => {
      const failures: string[] = [];
      for (const contentType of CONTENT_TYPES) {
        for (const format of STRUCTURAL_FORMATS) {
          for (const length of CONTENT_LENGTHS) {
            const request = fixtureRequest({ contentType, format, length, language });
            const where = `${contentType}/${format}/${length}/${language}`;
            const out = composeText(request);
            const words = countBodyWords(out.text, request.cta);
            const fail = (why: string): void => {
              failures.push(`${where}: ${why}`);
            };
            if (templateHoles(out.text).length > 0) fail(`holes ${JSON.stringify(templateHoles(out.text))}`);
            if (emptySections(out.text).length > 0) fail(`empty sections ${JSON.stringify(emptySections(out.text))}`);
            if (repeatedSentences(out.text).length > 0) fail(`repeats ${JSON.stringify(repeatedSentences(out.text))}`);
            if (!out.text.includes(request.product.name)) fail('does not name the product');
            if (words < request.words.min || words > request.words.max) fail(`${words} words, target ${request.words.min}-${request.words.max}`);
            if (!out.text.split('\n\n').some((p) => p === request.cta)) fail('CTA paragraph missing');
            if (out.language !== language || out.warnings.length > 0 || out.finishReason !== 'stop') fail(`record ${out.language} ${out.finishReason} ${JSON.stringify(out.warnings)}`);
            if (composeText(request).text !== out.text) fail('not deterministic');
          }
        }
      }
      assert.deepEqual(failures, []);
    });
  }

  it('still reaches every word target for a persona with no topics, adjectives, style rules or example posts', () => {
    const persona = { ...VELO, topics: [], adjectives: [], style_rules: [], example_posts: [] };
    const failures: string[] = [];
    for (const language of LANGUAGES) {
      for (const contentType of CONTENT_TYPES) {
        for (const format of STRUCTURAL_FORMATS) {
          for (const length of CONTENT_LENGTHS) {
            const request = fixtureRequest({ persona, contentType, format, length, language });
            const out = composeText(request);
            const words = countBodyWords(out.text, request.cta);
            if (words < request.words.min || words > request.words.max || repeatedSentences(out.text).length > 0 || templateHoles(out.text).length > 0) {
              failures.push(`${contentType}/${format}/${length}/${language}: ${words} words`);
            }
          }
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  it('writes a product with nothing but its name without holes, repeats or invented facts, and says when it falls short', () => {
    const failures: string[] = [];
    for (const language of LANGUAGES) {
      for (const contentType of CONTENT_TYPES) {
        for (const format of STRUCTURAL_FORMATS) {
          const request = fixtureRequest({ contentType, format, language, product: BARE_PRODUCT });
          const out = composeText(request);
          const words = countBodyWords(out.text, request.cta);
          const where = `${contentType}/${format}/${language}`;
          if (templateHoles(out.text).length > 0 || emptySections(out.text).length > 0) failures.push(`${where}: holes or empty sections`);
          if (repeatedSentences(out.text).length > 0) failures.push(`${where}: repeats ${JSON.stringify(repeatedSentences(out.text))}`);
          if (!out.text.includes(BARE_PRODUCT.name)) failures.push(`${where}: no product name`);
          if (/800|AI-drive|SUV/u.test(out.text)) failures.push(`${where}: facts of another product`);
          if (words > request.words.max) failures.push(`${where}: ${words} words over ${request.words.max}`);
          const warned = out.warnings.some((w) => w.code === 'word_target_unmet');
          if (words < request.words.min !== warned) failures.push(`${where}: ${words} words, warned=${warned}`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });
});
