import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import { ProblemError } from '../../http/problem.js';
import { llmErrors } from '../errors.js';
import { buildPrompt } from '../prompt/index.js';
import type { FinishReason, Generation, GenerationRequest, LlmProvider, LlmWarning, ProviderHealth, StreamPart } from '../types.js';
import { collect } from './collect.js';
import { excerpt, networkFailure, timedOut, unavailable } from './failures.js';
import { tokenBudget } from './token-budget.js';
import { CallTransport } from './transport.js';

export interface OpenAiProviderOptions {
  /** `llm.openai.base_url`, e.g. `https://api.openai.com/v1` or `http://127.0.0.1:8000/v1` (vLLM). */
  readonly baseUrl: string;
  /** A secret: it goes in the Authorization header and nowhere else. */
  readonly apiKey: string;
  /** Empty: `gpt-4o-mini`. */
  readonly model: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;
}

export const defaultOpenAiModel = 'gpt-4o-mini';

/**
 * Chat completions through the `openai` package, against any OpenAI-compatible server,
 * streaming with usage. Retries (connection failures, timeouts, 429, 5xx, before any
 * output) are the client's own, `max_retries` times.
 */
export class OpenAiProvider implements LlmProvider {
  readonly id = 'openai';
  /** The base URL as doctor and problems show it: without any `user:password@`. */
  readonly address: string;
  private readonly baseUrl: string;
  readonly model: string;
  private readonly apiKey: string;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;

  constructor({ baseUrl, apiKey, model, timeoutMs, maxRetries }: OpenAiProviderOptions) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.address = withoutCredentials(this.baseUrl);
    this.apiKey = apiKey;
    this.model = model || defaultOpenAiModel;
    this.timeoutMs = timeoutMs;
    this.maxRetries = maxRetries;
  }

  generate(request: GenerationRequest, signal: AbortSignal): Promise<Generation> {
    return collect(this.stream(request, signal), signal);
  }

  async *stream(request: GenerationRequest, signal: AbortSignal): AsyncGenerator<StreamPart> {
    const started = performance.now();
    const model = request.model || this.model;
    const messages = buildPrompt(request).map(({ role, content }) => ({ role, content }));
    const transport = new CallTransport(this.timeoutMs, signal);
    let chunks = 0;
    let finish: string | null = null;
    let usage: ChatCompletionChunk['usage'] = null;
    let served = '';
    try {
      const stream = await this.client(transport).chat.completions.create(
        { model, messages, stream: true, stream_options: { include_usage: true }, max_completion_tokens: tokenBudget(request.words) },
        { signal },
      );
      for await (const chunk of stream) {
        const choice = chunk.choices?.[0];
        const text = choice?.delta?.content ?? '';
        if (text) {
          chunks += 1;
          yield { type: 'chunk', text };
        }
        if (choice?.finish_reason) finish = choice.finish_reason;
        if (chunk.usage) usage = chunk.usage;
        if (chunk.model) served = chunk.model;
      }
      // The client ends the stream quietly when it is aborted.
      if (!signal.aborted) {
        if (finish === null) throw llmErrors.LLM_BAD_RESPONSE(`openai at ${this.address}: the stream ended before a finish_reason`);
        const warnings: LlmWarning[] = [];
        if (!usage) warnings.push({ code: 'usage_estimated', message: 'the provider reported no token usage; the counts are estimates' });
        if (finish === 'content_filter') warnings.push({ code: 'content_filtered', message: 'the provider stopped the text with its content filter' });
        yield {
          type: 'final',
          record: {
            provider: this.id,
            model: served || model,
            promptTokens: usage ? usage.prompt_tokens : estimateTokens(messages.map((message) => message.content).join('\n')),
            completionTokens: usage ? usage.completion_tokens : chunks,
            latencyMs: Math.round(performance.now() - started),
            finishReason: finishReasonOf(finish),
            language: request.language,
            warnings,
          },
        };
        return;
      }
    } catch (error) {
      if (!signal.aborted) throw this.problem(error, transport, model);
    } finally {
      transport.dispose();
    }
    // Aborted: each streamed chunk is about one token, what was produced so far.
    yield { type: 'final', record: { provider: this.id, model, promptTokens: 0, completionTokens: chunks, latencyMs: Math.round(performance.now() - started), finishReason: 'client_closed', language: request.language, warnings: [] } };
  }

  /** GET /models: reachable, the key accepted, and is the model served? */
  async check(signal: AbortSignal): Promise<ProviderHealth> {
    const where = `openai at ${this.address}`;
    const transport = new CallTransport(this.timeoutMs, signal);
    try {
      const page = await this.client(transport).models.list({ signal, maxRetries: 0 });
      const ids = page.data.map((entry) => entry.id);
      if (ids.includes(this.model)) return { ok: true, detail: `${where}: model ${this.model} available` };
      return { ok: false, detail: `${where} answers, but does not list model ${this.model} (it lists ${ids.slice(0, 8).join(', ') || 'none'})` };
    } catch (error) {
      if (signal.aborted) return { ok: false, detail: `${where}: check cancelled` };
      return { ok: false, detail: this.problem(error, transport, this.model).message };
    } finally {
      transport.dispose();
    }
  }

  private client(transport: CallTransport): OpenAI {
    return new OpenAI({
      // Servers such as vLLM or LM Studio need no key; the client insists on one.
      apiKey: this.apiKey || 'no-key',
      baseURL: this.baseUrl,
      // Only what llm.* says: the client would otherwise read OPENAI_ORG_ID and friends itself.
      organization: null,
      project: null,
      maxRetries: this.maxRetries,
      timeout: this.timeoutMs,
      fetch: transport.fetch,
      // Its console logging would print malformed chunks outside the JSON log.
      logLevel: 'off',
    });
  }

  private problem(error: unknown, transport: CallTransport, model: string): ProblemError {
    const where = `openai at ${this.address}`;
    if (error instanceof ProblemError) return error;
    // A 5xx problem is logged with its cause, and a server may echo the key in its error
    // body: the client's errors stay out, their scrubbed words are in the message.
    const cause = error instanceof APIError ? undefined : error;
    if (transport.timedOut || error instanceof APIConnectionTimeoutError) return timedOut(where, this.timeoutMs, cause);
    const say = (text: string) => excerpt(text, this.apiKey);
    if (error instanceof APIError && typeof error.status === 'number') {
      const status = error.status;
      if ((status === 404 || status === 400) && (error.code === 'model_not_found' || /model/i.test(error.message) && /not (found|exist)|does not exist|unknown/i.test(error.message))) {
        return llmErrors.LLM_MODEL_NOT_FOUND(`${where} has no model ${model} (${say(error.message)})`, { cause });
      }
      if (status === 401 || status === 403) {
        const hint = this.apiKey ? 'check llm.openai.api_key (OPENAI_API_KEY)' : 'no API key is configured: set llm.openai.api_key (OPENAI_API_KEY)';
        return unavailable(`${where} refused the API key (${status}); ${hint}`, cause);
      }
      if (status === 404) return unavailable(`${where} answered 404 (${say(error.message)}); check llm.openai.base_url (it usually ends in /v1)`, cause);
      if (status === 429) return unavailable(`${where} is rate limiting this server (429): ${say(error.message)}`, cause);
      if (status >= 500) return unavailable(`${where} answered ${status}: ${say(error.message)}`, cause);
      return llmErrors.LLM_BAD_RESPONSE(`${where} refused the request (${status}): ${say(error.message)}`, { cause });
    }
    if (error instanceof APIError && !(error instanceof APIUserAbortError) && error.constructor === APIError) {
      // An error event in the middle of the stream.
      return llmErrors.LLM_BAD_RESPONSE(`${where} sent an error mid-stream: ${say(error.message)}`, { cause });
    }
    const network = networkFailure(error) ?? (error instanceof APIConnectionError ? (networkFailure(error.cause) ?? 'connection failed') : undefined);
    if (network) return unavailable(`${where} cannot be reached (${network})`, cause);
    if (error instanceof SyntaxError) return llmErrors.LLM_BAD_RESPONSE(`${where} sent a chunk that is not JSON (${say(error.message)})`, { cause });
    const message = error instanceof Error ? error.message : String(error);
    return llmErrors.LLM_BAD_RESPONSE(`${where} broke off the stream: ${say(message)}`, { cause });
  }
}

function finishReasonOf(reason: string | null): FinishReason {
  return reason === 'length' ? 'length' : 'stop';
}

function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username === '' && parsed.password === '') return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.href.replace(/\/+$/, '');
  } catch {
    return url;
  }
}

/** About four characters a token, for servers that report no usage. */
function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
