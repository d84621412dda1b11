// These counters run over every prompt and every text the builtin provider writes, and fit()
// runs countWords (words.ts) over each draft. Counting with a global regex's test() (which moves
// lastIndex along) builds no array of substrings, where match() and split() built hundreds
// per text for the next scavenge to sweep; a hand-written scanner over char codes measured
// no faster than irregexp's compiled code.

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** How many times the global regex `re` matches in `text`: test() builds no match array or substring. */
export function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.test(text)) n += 1;
  return n;
}

/**
 * An approximate token count, the same for prompt and completion: every run of letters or
 * digits is one token and every other non-space character is one token. It is not a model's
 * tokenizer (the builtin provider has no model); it is stable, documented and close enough
 * to budget with (real BPE tokenizers give about 1.3 tokens per English word, this ~1.2).
 */
export function approximateTokens(text: string): number {
  return countMatches(TOKEN, text);
}

/** Code points in `text`, which is what `[...text].length` counts, without building that array. */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i += 1) {
    const high = text.charCodeAt(i);
    if (high >= 0xd800 && high <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        n -= 1;
        i += 1;
      }
    }
  }
  return n;
}
