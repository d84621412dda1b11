import { countRuns } from './token-count.js';

/**
 * How the builtin generator (and its tests) count words: whitespace-separated tokens of the
 * body, where the body is the text without the paragraph that is exactly the CTA line.
 * Labels such as "Pros:" or "1/4" count as words; they are part of what a reader reads.
 */
export function countWords(text: string): number {
  return countRuns(text);
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
