import type { Generation, StreamPart } from '../types.js';
import { llmErrors } from '../errors.js';

/**
 * `generate` for a provider that streams: the chunks joined, with the final record. An
 * aborted call rejects with the signal's reason, as the contract says.
 */
export async function collect(parts: AsyncIterable<StreamPart>, signal: AbortSignal): Promise<Generation> {
  let text = '';
  for await (const part of parts) {
    if (part.type === 'chunk') {
      text += part.text;
      continue;
    }
    if (part.record.finishReason === 'client_closed' && signal.aborted) throw signal.reason;
    return { ...part.record, text };
  }
  throw llmErrors.LLM_BAD_RESPONSE('the provider stream ended without a final record');
}
