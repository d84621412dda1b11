import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ctaLine } from './cta.js';
import { CONTENT_TYPES } from './types.js';

describe('ctaLine', () => {
  it('names the product in a distinct line per content type and language', () => {
    for (const language of ['en', 'de', 'fr', 'es', 'hi']) {
      const lines = CONTENT_TYPES.map((t) => ctaLine(t, language, 'EV Series X Pro'));
      for (const line of lines) assert.ok(line.includes('EV Series X Pro'), line);
      assert.equal(new Set(lines).size, CONTENT_TYPES.length, language);
    }
  });

  it('speaks the language, with regional codes mapped to it', () => {
    assert.equal(ctaLine('product_launch', 'de', 'X'), 'Entdecke X jetzt.');
    assert.equal(ctaLine('product_launch', 'de-CH', 'X'), 'Entdecke X jetzt.');
    assert.match(ctaLine('trivia', 'hi', 'X'), /[\u0900-\u097F]/u);
    assert.match(ctaLine('trivia', 'es', 'X'), /^¿/u);
  });

  it('falls back to English for a language it has no phrasing for', () => {
    assert.equal(ctaLine('testimonial', 'ja', ' X '), ctaLine('testimonial', 'en', 'X'));
    // Names every object has are not languages either.
    assert.equal(ctaLine('testimonial', 'constructor', 'X'), ctaLine('testimonial', 'en', 'X'));
    assert.equal(ctaLine('testimonial', 'toString', 'X'), ctaLine('testimonial', 'en', 'X'));
  });
});
