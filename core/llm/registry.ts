import type { LlmConfig } from '../config/schema.js';
import { PluginHostError } from '../plugin/errors.js';
import { createBuiltinProvider } from './builtin/index.js';
import { UnknownLlmProviderError } from './errors.js';
import { OllamaProvider } from './providers/ollama.js';
import { OpenAiProvider } from './providers/openai.js';
import type { LlmProvider } from './types.js';

/**
 * The LLM providers of this app, by id, and which one writes for which key mode. Bound as
 * LLM_PROVIDERS before any plugin registers.
 *
 * @example
 *   const provider = call.resolve(LLM_PROVIDERS).forMode(call.principal.livemode);
 *   for await (const part of provider.stream(request, call.signal)) ...
 */
export interface LlmProviders {
  /** `llm.provider` for live keys, `llm.sandbox_provider` for test keys (builtin by default: costs nothing). */
  forMode(livemode: boolean): LlmProvider;
  /** A provider by id; throws for an id nobody registered. */
  get(id: string): LlmProvider;
  has(id: string): boolean;
  /** Every registered id, kernel ones first. */
  ids(): readonly string[];
}

/** A provider and who registered it (`kernel` or a plugin's name), for conflict messages. */
export interface RegisteredProvider {
  readonly owner: string;
  readonly provider: LlmProvider;
}

export class LlmRegistry implements LlmProviders {
  private readonly providers = new Map<string, RegisteredProvider>();
  private readonly live: LlmProvider;
  private readonly sandbox: LlmProvider;

  /**
   * Refuses, before the server listens, an id registered twice (PluginHostError
   * LLM_PROVIDER_TAKEN) and a configured id nobody registered (UnknownLlmProviderError).
   */
  constructor(entries: readonly RegisteredProvider[], selection: Pick<LlmConfig, 'provider' | 'sandbox_provider'>, sources: ReadonlyMap<string, string> = new Map()) {
    for (const entry of entries) {
      const previous = this.providers.get(entry.provider.id);
      if (previous) {
        throw new PluginHostError('LLM_PROVIDER_TAKEN', `LLM provider "${entry.provider.id}" is registered by both "${previous.owner}" and "${entry.owner}"`);
      }
      this.providers.set(entry.provider.id, entry);
    }
    this.live = this.pick('llm.provider', selection.provider, sources);
    this.sandbox = this.pick('llm.sandbox_provider', selection.sandbox_provider, sources);
  }

  forMode(livemode: boolean): LlmProvider {
    return livemode ? this.live : this.sandbox;
  }

  get(id: string): LlmProvider {
    const entry = this.providers.get(id);
    if (!entry) throw new Error(`no LLM provider "${id}" is registered (known: ${this.ids().join(', ')})`);
    return entry.provider;
  }

  has(id: string): boolean {
    return this.providers.has(id);
  }

  ids(): readonly string[] {
    return [...this.providers.keys()];
  }

  private pick(key: string, id: string, sources: ReadonlyMap<string, string>): LlmProvider {
    const entry = this.providers.get(id);
    if (!entry) throw new UnknownLlmProviderError(key, id, this.ids(), sources.get(key));
    return entry.provider;
  }
}

/** The providers the kernel brings: builtin (offline), ollama and openai, configured from `llm.*`. */
export function kernelProviders(config: LlmConfig): readonly RegisteredProvider[] {
  return [
    createBuiltinProvider(),
    new OllamaProvider({ host: config.ollama.host, model: config.model, timeoutMs: config.timeout_ms }),
    new OpenAiProvider({ baseUrl: config.openai.base_url, apiKey: config.openai.api_key, model: config.model, timeoutMs: config.timeout_ms, maxRetries: config.openai.max_retries }),
  ].map((provider) => ({ owner: 'kernel', provider }));
}
