import { Ollama, type ChatResponse } from 'ollama';
import { ProblemError } from '../../http/problem.js';
import { llmErrors } from '../errors.js';
import { buildPrompt } from '../prompt/index.js';
import type { FinishReason, Generation, GenerationRequest, LlmProvider, ProviderHealth, StreamPart } from '../types.js';
import { collect } from './collect.js';
import { excerpt, networkFailure, timedOut, unavailable } from './failures.js';
import { malformedMarker, OllamaHttpError, ollamaFetch } from './ollama-wire.js';
import { tokenBudget } from './token-budget.js';
import { CallTransport, pause } from './transport.js';

export interface OllamaProviderOptions {
  /** `llm.ollama.host`: a URL, or an address without a scheme as OLLAMA_HOST is often written. */
  readonly host: string;
  /** Empty: `llama3.2`. */
  readonly model: string;
  readonly timeoutMs: number;
  /** The wait before the one retry of a connection that failed before any output. */
  readonly retryDelayMs?: number;
}

export const defaultOllamaModel = 'llama3.2';

/**
 * Ollama's chat API through the `ollama` package, streaming. A client is made per call (it
 * is only a host and a fetch) so each call's abort signal and timeout reach its requests.
 */
export class OllamaProvider implements LlmProvider {
  readonly id = 'ollama';
  /** The base URL requests go to, e.g. `http://127.0.0.1:11434`. */
  readonly address: string;
  readonly model: string;
  private readonly timeoutMs: number;
  private readonly retryDelayMs: number;
  /** Basic auth from `user:password@` in the host (an Ollama behind a proxy); never shown. */
  private readonly headers: Record<string, string> | undefined;

  constructor({ host, model, timeoutMs, retryDelayMs = 250 }: OllamaProviderOptions) {
    this.address = ollamaAddress(host);
    this.headers = ollamaAuthHeaders(host);
    this.model = model || defaultOllamaModel;
    this.timeoutMs = timeoutMs;
    this.retryDelayMs = retryDelayMs;
  }

  generate(request: GenerationRequest, signal: AbortSignal): Promise<Generation> {
    return collect(this.stream(request, signal), signal);
  }

  async *stream(request: GenerationRequest, signal: AbortSignal): AsyncGenerator<StreamPart> {
    const started = performance.now();
    const model = request.model || this.model;
    const messages = buildPrompt(request).map(({ role, content }) => ({ role, content }));
    let chunks = 0;
    for (let attempt = 1; ; attempt += 1) {
      const transport = new CallTransport(this.timeoutMs, signal);
      try {
        const client = new Ollama({ host: this.address, headers: this.headers, fetch: ollamaFetch(transport.fetch) });
        const reply = await client.chat({ model, messages, stream: true, options: { num_predict: tokenBudget(request.words) } });
        let last: ChatResponse | undefined;
        for await (const part of reply) {
          const text = part.message?.content ?? '';
          if (text) {
            chunks += 1;
            yield { type: 'chunk', text };
          }
          if (part.done) last = part;
        }
        // The client throws when the stream ends without `done: true`, so `last` is set here.
        const done = last as ChatResponse;
        yield {
          type: 'final',
          record: {
            provider: this.id,
            model: done.model || model,
            promptTokens: count(done.prompt_eval_count),
            completionTokens: count(done.eval_count) || chunks,
            latencyMs: Math.round(performance.now() - started),
            finishReason: finishReasonOf(done.done_reason),
            language: request.language,
            warnings: [],
          },
        };
        return;
      } catch (error) {
        if (signal.aborted) {
          // Each streamed chunk is one token: what was produced so far, as the contract asks.
          yield { type: 'final', record: { provider: this.id, model, promptTokens: 0, completionTokens: chunks, latencyMs: Math.round(performance.now() - started), finishReason: 'client_closed', language: request.language, warnings: [] } };
          return;
        }
        if (attempt === 1 && chunks === 0 && !transport.timedOut && networkFailure(error)) {
          await pause(this.retryDelayMs, signal);
          continue;
        }
        throw this.problem(error, transport, model);
      } finally {
        transport.dispose();
      }
    }
  }

  /** GET /api/tags: reachable, and is the model pulled? */
  async check(signal: AbortSignal): Promise<ProviderHealth> {
    const where = `ollama at ${this.address}`;
    const transport = new CallTransport(this.timeoutMs, signal);
    try {
      const client = new Ollama({ host: this.address, headers: this.headers, fetch: ollamaFetch(transport.fetch) });
      const { models } = await client.list();
      const names = (models ?? []).flatMap((entry) => [entry.name, entry.model]);
      if (hasModel(names, this.model)) return { ok: true, detail: `${where}: model ${this.model} present` };
      return { ok: false, detail: `${where} answers, but model ${this.model} is not pulled (run: ollama pull ${this.model})` };
    } catch (error) {
      if (signal.aborted) return { ok: false, detail: `${where}: check cancelled` };
      return { ok: false, detail: this.problem(error, transport, this.model).message };
    } finally {
      transport.dispose();
    }
  }

  private problem(error: unknown, transport: CallTransport, model: string): ProblemError {
    const where = `ollama at ${this.address}`;
    if (error instanceof ProblemError) return error;
    if (transport.timedOut) return timedOut(where, this.timeoutMs, error);
    if (error instanceof OllamaHttpError) {
      const detail = excerpt(error.detail);
      if (error.status === 404 && /model/i.test(error.detail)) {
        return llmErrors.LLM_MODEL_NOT_FOUND(`${where} has no model ${model} (${detail}); pull it with: ollama pull ${model}`, { cause: error });
      }
      if (error.status >= 500 || error.status === 429 || error.status === 404) return unavailable(`${where} answered ${error.status}: ${detail}`, error);
      return llmErrors.LLM_BAD_RESPONSE(`${where} refused the request (${error.status}): ${detail}`, { cause: error });
    }
    const network = networkFailure(error);
    if (network) return unavailable(`${where} cannot be reached (${network})`, error);
    const message = error instanceof Error ? error.message : String(error);
    if (message.startsWith(malformedMarker)) return llmErrors.LLM_BAD_RESPONSE(`${where} sent a line that is not JSON: ${excerpt(message.slice(malformedMarker.length))}`, { cause: error });
    return llmErrors.LLM_BAD_RESPONSE(`${where} broke off the stream: ${excerpt(message)}`, { cause: error });
  }
}

function parseHost(host: string): URL {
  let text = host.trim();
  if (text.startsWith(':')) text = `127.0.0.1${text}`;
  const explicit = text.includes('://');
  const url = new URL(explicit ? text : `http://${text}`);
  if (!url.port && !explicit) url.port = '11434';
  if (url.hostname === '0.0.0.0' || url.hostname === '[::]') url.hostname = '127.0.0.1';
  return url;
}

/**
 * The base URL for an OLLAMA_HOST-style value, as the ollama CLI reads it: no scheme means
 * http, no port means 11434, and the listen-everywhere address means this machine. Without
 * any `user:password@`: the address is printed by doctor and named in problems, and fetch
 * refuses a URL with credentials (its error would repeat them).
 */
export function ollamaAddress(host: string): string {
  const url = parseHost(host);
  url.username = '';
  url.password = '';
  return url.href.replace(/\/+$/, '');
}

/** `user:password@` in the host as a Basic Authorization header, or none. */
function ollamaAuthHeaders(host: string): Record<string, string> | undefined {
  const url = parseHost(host);
  if (url.username === '' && url.password === '') return undefined;
  const pair = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return { Authorization: `Basic ${Buffer.from(pair, 'utf8').toString('base64')}` };
}

/** `llama3.2` is listed as `llama3.2:latest`. */
function hasModel(names: readonly string[], model: string): boolean {
  const wanted = model.includes(':') ? [model] : [model, `${model}:latest`];
  return names.some((name) => wanted.includes(name));
}

function finishReasonOf(reason: string | undefined): FinishReason {
  return reason === 'length' ? 'length' : 'stop';
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : 0;
}
