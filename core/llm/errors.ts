import { ConfigError } from '../config/errors.js';
import { defineErrors } from '../http/errors.js';

/**
 * What a provider call can fail with, as problems. A stream that already sent text ends
 * with an `error` event carrying the same code.
 */
export const llmErrors = defineErrors({
  LLM_UNAVAILABLE: { status: 503, title: 'The LLM provider cannot be reached' },
  LLM_TIMEOUT: { status: 504, title: 'The LLM provider did not answer in time' },
  LLM_MODEL_NOT_FOUND: { status: 502, title: 'The configured model does not exist at the LLM provider' },
  LLM_BAD_RESPONSE: { status: 502, title: 'The LLM provider answered with something malformed' },
});

/**
 * `llm.provider` or `llm.sandbox_provider` names a provider nobody registered: start-up
 * stops here, naming the key, the variable it came from and the ids that exist.
 */
export class UnknownLlmProviderError extends ConfigError {
  constructor(key: string, id: string, known: readonly string[], source?: string) {
    super([{ key, message: `no LLM provider "${id}" is registered (known: ${known.join(', ')})`, source }]);
    this.name = 'UnknownLlmProviderError';
  }
}
