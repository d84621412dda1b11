import { ProblemError, codePointLength, type GenerationRecord, type LlmProvider, type StreamPart } from 'influgentic';
import { cutAtWord } from './disclosures.js';
import { discloseText } from './finish.js';
import type { Content, GenerationRun, GenerationStep, PreparedGeneration } from './types.js';

/** Stores what a run produced: the record, the full text, whether the disclosures were appended. */
export type Save = (record: GenerationRecord, text: string, disclosed: boolean) => Promise<Content>;

/** Why a stream stopped early, when its signal's reason says so (a WebSocket `cancel`). */
export class GenerationCancelled extends Error {
  constructor() {
    super('the client cancelled the generation');
    this.name = 'GenerationCancelled';
  }
}

function recordAfterFailure(prepared: PreparedGeneration, provider: LlmProvider, started: number, produced: string): GenerationRecord {
  return {
    provider: provider.id,
    model: prepared.plan.request.model ?? '',
    promptTokens: 0,
    completionTokens: produced === '' ? 0 : produced.trim().split(/\s+/u).length,
    latencyMs: performance.now() - started,
    finishReason: 'error',
    language: prepared.plan.request.language,
    warnings: [],
  };
}

function errorEvent(error: unknown): { readonly type: 'error'; readonly code: string; readonly message: string } {
  if (error instanceof ProblemError) return { type: 'error', code: error.code, message: error.message };
  return { type: 'error', code: 'llm_bad_response', message: 'the LLM provider failed in the middle of the stream' };
}

/**
 * Opens the provider's stream and waits for its first part, so that a provider that cannot
 * start fails here (the caller still answers with a problem); then returns the run, whose
 * `pipe` pushes the steps (GenerationRun says why a push).
 */
export async function runStream(prepared: PreparedGeneration, provider: LlmProvider, signal: AbortSignal, save: Save): Promise<GenerationRun> {
  const started = performance.now();
  const iterator = provider.stream(prepared.plan.request, signal)[Symbol.asyncIterator]();
  const first = await iterator.next();
  return { pipe: (send) => steps(prepared, provider, signal, save, iterator, first, started, send) };
}

async function steps(
  prepared: PreparedGeneration,
  provider: LlmProvider,
  signal: AbortSignal,
  save: Save,
  iterator: AsyncIterator<StreamPart>,
  first: IteratorResult<StreamPart>,
  started: number,
  send: (step: GenerationStep) => void,
): Promise<void> {
  const { plan } = prepared;
  send({ event: { type: 'agent_start', agent: prepared.agentName, session_id: prepared.sessionId } });
  // A channel's limit holds for what was already sent: a provider that writes past the room
  // left for the disclosures is cut there and stopped.
  const room = plan.maxCharacters === undefined ? Number.POSITIVE_INFINITY : plan.maxCharacters - (plan.complianceMode === 'off' ? 0 : plan.reservedForDisclosures);
  let produced = '';
  let producedChars = 0;
  let record: GenerationRecord | undefined;
  let cut = false;
  try {
    for (let next = first; !next.done; next = await iterator.next()) {
      const part = next.value;
      if (part.type === 'final') {
        record = part.record;
        break;
      }
      let text = part.text;
      const chars = codePointLength(text);
      if (producedChars + chars > room) {
        text = cutAtWord(produced + text, room).slice(produced.length);
        cut = true;
      }
      produced += text;
      producedChars += cut ? codePointLength(text) : chars;
      if (text !== '') send({ event: { type: 'content_chunk', text } });
      if (cut) break;
    }
  } catch (error) {
    if (!signal.aborted) {
      const content = await save(recordAfterFailure(prepared, provider, started, produced), produced, false);
      send({ event: errorEvent(error), content });
      return;
    }
  } finally {
    if (cut) await iterator.return?.();
  }
  const base = record ?? recordAfterFailure(prepared, provider, started, produced);
  if (signal.aborted) {
    const finishReason = signal.reason instanceof GenerationCancelled ? 'cancelled' : 'client_closed';
    const content = await save({ ...base, finishReason: finishReason as GenerationRecord['finishReason'] }, produced, false);
    send({ event: { type: 'error', code: finishReason === 'cancelled' ? 'generation_cancelled' : 'client_closed', message: finishReason === 'cancelled' ? 'the generation was cancelled' : 'the client closed the stream' }, content });
    return;
  }
  const finished: GenerationRecord = cut ? { ...base, finishReason: 'length' } : base;
  const { suffix } = discloseText(plan, produced, finished.language);
  if (suffix !== '') send({ event: { type: 'content_chunk', text: suffix } });
  const content = await save(finished, produced + suffix, true);
  send({ event: { type: 'content_complete', tokens: content.tokens, latency_ms: content.latency_ms, content_id: content.id }, content });
}
