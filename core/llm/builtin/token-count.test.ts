import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRng } from './prng.js';
import { approximateTokens, codePointLength } from './token-count.js';
import { countWords } from './words.js';

// Pieces that exercise every class: ASCII letters, digits, punctuation, Unicode letters and
// marks (Devanagari), Unicode spaces, astral characters (emoji, a surrogate pair) and lone
// surrogates, which a /u regex reads as code points of their own.
const PIECES = ['a', 'Zeta', '800', 'km', ',', '!', '—', ' ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', 'é', 'e\u0301', 'न', 'मस्ते', '।', '🚗', '𝒳', '\ud800', '\udc00', '\ud83d', '#ad'];

function randomText(seed: number): string {
  const rng = createRng(seed);
  let text = '';
  const n = rng.int(40);
  for (let i = 0; i < n; i += 1) text += PIECES[rng.int(PIECES.length)];
  return text;
}

describe('builtin token counting', () => {
  it('counts what its regex definitions match, on random text of every character class', () => {
    for (let seed = 1; seed <= 2000; seed += 1) {
      const text = randomText(seed);
      const label = JSON.stringify(text);
      assert.equal(approximateTokens(text), text.match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu)?.length ?? 0, label);
      const trimmed = text.trim();
      assert.equal(countWords(text), trimmed === '' ? 0 : trimmed.split(/\s+/u).length, label);
      assert.equal(codePointLength(text), [...text].length, label);
    }
  });

  it('counts known texts: words and marks as tokens, runs between spaces as words', () => {
    assert.equal(approximateTokens('Hello, world! 800km range.'), 7);
    assert.equal(countWords('  Hello, world! 800km range.  '), 4);
    assert.equal(countWords(''), 0);
    assert.equal(codePointLength('🚗 #ad'), 5);
  });
});
