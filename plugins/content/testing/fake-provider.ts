import { setTimeout as sleep } from 'node:timers/promises';
import { definePlugin, llmErrors, type GenerationRecord, type GenerationRequest, type LlmProvider, type StreamPart } from 'influgentic';

/** What the fake provider does for the next call. */
export interface FakeScript {
  /** The text, in chunks; default one sentence naming the product. */
  readonly chunks?: readonly string[];
  /** Throw llm_unavailable before anything is produced. */
  readonly failAtStart?: boolean;
  /** Throw llm_timeout after this many chunks. */
  readonly failAfter?: number;
  /** Wait between chunks. */
  readonly delayMs?: number;
  /** The language it reports writing in (default the request's). */
  readonly language?: string;
}

/**
 * A scripted provider for tests: `fake.next(script)` decides the next call; every call's
 * request and whether its signal was aborted are kept in `calls`.
 */
export class FakeProvider implements LlmProvider {
  readonly id = 'fake';
  readonly calls: { request: GenerationRequest; signal: AbortSignal }[] = [];
  private scripts: FakeScript[] = [];

  next(...scripts: FakeScript[]): void {
    this.scripts.push(...scripts);
  }

  private take(request: GenerationRequest, signal: AbortSignal): FakeScript {
    this.calls.push({ request, signal });
    return this.scripts.shift() ?? {};
  }

  private record(request: GenerationRequest, script: FakeScript, text: string, finishReason: GenerationRecord['finishReason']): GenerationRecord {
    return { provider: 'fake', model: 'fake-1', promptTokens: 10, completionTokens: text.split(/\s+/u).filter(Boolean).length, latencyMs: 3, finishReason, language: script.language ?? request.language, warnings: [] };
  }

  async generate(request: GenerationRequest, signal: AbortSignal) {
    const script = this.take(request, signal);
    if (script.failAtStart) throw llmErrors.LLM_UNAVAILABLE('the fake provider is down');
    const text = (script.chunks ?? [`${request.product.name} is here.`]).join('');
    return { text, ...this.record(request, script, text, 'stop') };
  }

  async *stream(request: GenerationRequest, signal: AbortSignal): AsyncGenerator<StreamPart> {
    const script = this.take(request, signal);
    if (script.failAtStart) throw llmErrors.LLM_UNAVAILABLE('the fake provider is down');
    let sent = '';
    const chunks = script.chunks ?? [`${request.product.name}`, ' is here.'];
    for (const [index, text] of chunks.entries()) {
      if (script.failAfter !== undefined && index === script.failAfter) throw llmErrors.LLM_TIMEOUT('the fake provider stopped answering');
      // The wait ends when the call is aborted, as a real provider's read of its socket does.
      if (script.delayMs) await sleep(script.delayMs, undefined, { signal }).catch(() => undefined);
      if (signal.aborted) {
        yield { type: 'final', record: this.record(request, script, sent, 'client_closed') };
        return;
      }
      sent += text;
      yield { type: 'chunk', text };
    }
    yield { type: 'final', record: this.record(request, script, sent, 'stop') };
  }

  async check() {
    return { ok: true, detail: 'fake provider' };
  }
}

/** A plugin that registers `provider` (select it with `llm.sandbox_provider: fake`). */
export function fakeProviderPlugin(provider: FakeProvider) {
  return definePlugin({ name: 'fake_llm', version: '1.0.0', llmProviders: () => [provider] });
}
