import { buildPrompt } from '../prompt/index.js';
import type { FinishReason, Generation, GenerationRecord, GenerationRequest, LlmProvider, StreamPart } from '../types.js';
import { composeText } from './generate.js';
import type { Composed } from './generate.js';
import { createRng, seedFrom } from './prng.js';
import { approximateTokens } from './token-count.js';

/** The name the builtin generator reports as its model: a template set, not a model. */
export const BUILTIN_MODEL = 'builtin-template-1';

/**
 * The text in chunks of two to five words, each chunk carrying the whitespace before its
 * words, so the chunks concatenate to exactly the text. Sizes are seeded by the text.
 */
export function wordGroups(text: string): string[] {
  const tokens = text.match(/\s*\S+|\s+$/gu) ?? [];
  const rng = createRng(seedFrom(text));
  const chunks: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const size = 2 + rng.int(4);
    chunks.push(tokens.slice(i, i + size).join(''));
    i += size;
  }
  return chunks;
}

/**
 * Token counts of system messages: one per persona, the longest part of every prompt, counted
 * once rather than on each generation. Bounded; emptied when full.
 */
const systemTokens = new Map<string, number>();
const SYSTEM_TOKENS_KEPT = 256;

/** The tokens of the prompt a model would have been given (its messages joined by newlines). */
function promptTokens(request: GenerationRequest): number {
  // A token never spans the newline between messages, so the prompt's count is the sum.
  let total = 0;
  for (const message of buildPrompt(request)) {
    if (message.role !== 'system') {
      total += approximateTokens(message.content);
      continue;
    }
    let tokens = systemTokens.get(message.content);
    if (tokens === undefined) {
      tokens = approximateTokens(message.content);
      if (systemTokens.size >= SYSTEM_TOKENS_KEPT) systemTokens.clear();
      systemTokens.set(message.content, tokens);
    }
    total += tokens;
  }
  return total;
}

function recordOf(request: GenerationRequest, composed: Composed, produced: string, started: number, finishReason: FinishReason): GenerationRecord {
  return {
    provider: 'builtin',
    model: BUILTIN_MODEL,
    promptTokens: promptTokens(request),
    completionTokens: approximateTokens(produced),
    latencyMs: Math.round(performance.now() - started),
    finishReason,
    language: composed.language,
    warnings: composed.warnings,
  };
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The offline provider: deterministic copy from the persona and the request, no model and no
 * network. Token counts use `approximateTokens` (words and punctuation marks); the prompt
 * count is that of the prompt a model would have been given for the same request, so usage
 * figures compare across providers.
 */
export function createBuiltinProvider(): LlmProvider {
  return {
    id: 'builtin',
    async generate(request: GenerationRequest, signal: AbortSignal): Promise<Generation> {
      signal.throwIfAborted();
      const started = performance.now();
      const composed = composeText(request);
      return { text: composed.text, ...recordOf(request, composed, composed.text, started, composed.finishReason) };
    },
    async *stream(request: GenerationRequest, signal: AbortSignal): AsyncIterable<StreamPart> {
      const started = performance.now();
      const composed = composeText(request);
      let sent = '';
      for (const text of wordGroups(composed.text)) {
        // A turn of the event loop between chunks lets an abort (a closed client) land.
        await nextTurn();
        if (signal.aborted) {
          yield { type: 'final', record: recordOf(request, composed, sent, started, 'client_closed') };
          return;
        }
        sent += text;
        yield { type: 'chunk', text };
      }
      yield { type: 'final', record: recordOf(request, composed, sent, started, composed.finishReason) };
    },
    async check() {
      return { ok: true, detail: `builtin: offline template generator (${BUILTIN_MODEL}), no model or network needed` };
    },
  };
}
