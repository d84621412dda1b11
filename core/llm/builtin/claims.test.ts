// The builtin generator says only what the request gives: no audience the product was not
// given, no hands-on testing the persona never did, and English attribution punctuated right.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONTENT_LENGTHS, CONTENT_TYPES, STRUCTURAL_FORMATS } from '../types.js';
import { BARE_PRODUCT, EV_SERIES_X_PRO, fixtureRequest, VELO } from '../testing/fixtures.js';
import { repeatedSentences, templateHoles } from '../testing/text-checks.js';
import { factsOf } from './facts.js';
import { PHRASEBOOKS } from './lang/index.js';
import { countBodyWords } from './words.js';
import { composeText } from './generate.js';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'hi'] as const;
/** Enough product names that every seeded choice of a phrase comes up. */
const NAMES = Array.from({ length: 40 }, (_, i) => `Nova ${i + 1}`);

describe('builtin generator: claims only from the request', () => {
  it("never presents the persona's own audience as the product's target audience", () => {
    assert.equal(factsOf(fixtureRequest({ product: BARE_PRODUCT })).audience, null);
    const failures: string[] = [];
    for (const language of LANGUAGES) {
      for (const contentType of CONTENT_TYPES) {
        for (const format of STRUCTURAL_FORMATS) {
          const text = composeText(fixtureRequest({ contentType, format, language, product: { ...EV_SERIES_X_PRO, target_audience: undefined } })).text;
          if (/tech enthusiasts/u.test(text)) failures.push(`${contentType}/${format}/${language}`);
        }
      }
    }
    assert.deepEqual(failures, []);
    assert.match(composeText(fixtureRequest({ format: 'landing_copy', persona: { ...VELO, target_audience: null } })).text, /tech enthusiasts 25–45/u, "the product's own audience is still used");
  });

  it('never claims hands-on time or testing in a review: the request gives no test', () => {
    const claims: Record<(typeof LANGUAGES)[number], RegExp> = {
      en: /\b(spent (real )?time with|on my desk|I (tested|tried|used|drove))\b/iu,
      de: /\bich\b[^.!?]*\b(getestet|ausprobiert|benutzt|gefahren)\b/iu,
      fr: /\b(j'ai (testé|essayé|utilisé|conduit)|le temps de tester)\b/iu,
      es: /\b(he (probado|usado|conducido)|pasado tiempo)\b/iu,
      hi: /को अच्छी तरह परखा|इस्तेमाल किया|चलाकर देखा/u,
    };
    const failures: string[] = [];
    for (const language of LANGUAGES) {
      for (const name of NAMES) {
        for (const format of STRUCTURAL_FORMATS) {
          const text = composeText(fixtureRequest({ contentType: 'product_review', format, language, product: { ...EV_SERIES_X_PRO, name } })).text;
          const found = text.match(claims[language]);
          if (found) failures.push(`${name}/${format}/${language}: "${found[0]}"`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  it("writes a testimonial with the customer's words, verbatim, in every format with an opening line", () => {
    const failures: string[] = [];
    for (const language of LANGUAGES) {
      for (const format of STRUCTURAL_FORMATS.filter((f) => !['press_release', 'question', 'quiz'].includes(f))) {
        for (const length of CONTENT_LENGTHS) {
          const request = fixtureRequest({ contentType: 'testimonial', format, length, language, sourceQuote: 'Charging stops stopped being a thing' });
          const out = composeText(request);
          if (!out.text.includes('Charging stops stopped being a thing.')) failures.push(`${format}/${length}/${language}: no customer words`);
          if (repeatedSentences(out.text).length > 0 || templateHoles(out.text).length > 0) failures.push(`${format}/${length}/${language}: repeats or holes`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  it('heads an article section only when the request gives something for it, and still meets the word target', () => {
    const failures: string[] = [];
    const noAudience = { ...EV_SERIES_X_PRO, target_audience: undefined };
    for (const language of LANGUAGES) {
      const f = factsOf(fixtureRequest({ language }));
      const heads = PHRASEBOOKS[language].article.heads;
      const headed = (text: string, alts: readonly string[]): boolean => alts.some((alt) => text.includes(`## ${alt}\n`));
      for (const contentType of CONTENT_TYPES) {
        for (const length of CONTENT_LENGTHS) {
          const where = `${contentType}/${length}/${language}`;
          const request = fixtureRequest({ contentType, format: 'article', length, language, product: noAudience });
          const out = composeText(request);
          if (headed(out.text, heads.use(f))) failures.push(`${where}: a "who it's for" heading with no use or audience`);
          if (!headed(out.text, heads.facts(f))) failures.push(`${where}: no "what stands out" heading although features were given`);
          const words = countBodyWords(out.text, request.cta);
          if (words < request.words.min || words > request.words.max || out.warnings.length > 0) failures.push(`${where}: ${words} words`);
          const bare = composeText(fixtureRequest({ contentType, format: 'article', length, language, product: BARE_PRODUCT })).text;
          if (headed(bare, heads.facts(f)) || headed(bare, heads.use(f))) failures.push(`${where}: a heading over filler for a bare product`);
        }
      }
      const withUse = composeText(fixtureRequest({ format: 'article', language, product: { ...noAudience, target_use: 'long motorway runs' } })).text;
      if (!headed(withUse, heads.use(f))) failures.push(`${language}: no "who it's for" heading although a target use was given`);
    }
    assert.deepEqual(failures, []);
  });

  it('punctuates an English attribution after a quotation with a comma inside the marks', () => {
    let attributions = 0;
    for (const name of NAMES) {
      for (const length of CONTENT_LENGTHS) {
        const text = composeText(fixtureRequest({ contentType: 'product_launch', format: 'press_release', length, product: { ...EV_SERIES_X_PRO, name } })).text;
        assert.doesNotMatch(text, /\.” says /u, `${name}/${length}`);
        attributions += text.match(/[,!?]” says VELO\./gu)?.length ?? 0;
      }
    }
    assert.ok(attributions > 0, 'the "... says VELO." form came up');
  });
});
