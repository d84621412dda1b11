/**
 * An approximate token count, the same for prompt and completion: every run of letters or
 * digits is one token and every other non-space character is one token. It is not a model's
 * tokenizer (the builtin provider has no model); it is stable, documented and close enough
 * to budget with (real BPE tokenizers give about 1.3 tokens per English word, this ~1.2).
 */
export function approximateTokens(text: string): number {
  return text.match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu)?.length ?? 0;
}
