import type { WordTarget } from '../types.js';

/**
 * A cap on completion tokens so a model that rambles stops: generous (scripts such as
 * Devanagari take several tokens a word), the length target itself is the prompt's job.
 */
export function tokenBudget(words: WordTarget): number {
  return Math.ceil(words.max * 4) + 64;
}
