import { countMatches } from './token-count.js';

// Without /u: every whitespace character is in the BMP and both halves of a surrogate pair are
// non-space, so the runs are the same, and the non-Unicode matcher is faster.
const RUN = /\S+/g;

/**
 * How the builtin generator (and its tests) count words: whitespace-separated tokens of the
 * body, where the body is the text without the paragraph that is exactly the CTA line.
 * Labels such as "Pros:" or "1/4" count as words; they are part of what a reader reads.
 */
export function countWords(text: string): number {
  // The runs of non-space characters: what trim().split(/\s+/u).length counts (0 for blank text).
  return countMatches(RUN, text);
}

/** The text without its CTA paragraph (the one paragraph equal to `cta`), when there is one. */
export function bodyOf(text: string, cta: string | null): string {
  if (cta === null) return text;
  const paragraphs = text.split('\n\n');
  const at = paragraphs.findIndex((p) => p.trim() === cta.trim());
  if (at === -1) return text;
  return [...paragraphs.slice(0, at), ...paragraphs.slice(at + 1)].join('\n\n');
}

export function countBodyWords(text: string, cta: string | null): number {
  return countWords(bodyOf(text, cta));
}
