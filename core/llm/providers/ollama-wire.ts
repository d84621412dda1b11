/**
 * What the ollama client does not do for us: it logs and skips a line that is not JSON, and
 * prints to the console on a non-JSON error reply. This `fetch` turns both into errors the
 * provider maps to problems, before the client sees the reply.
 */

/** Marks the error line that stands in for a malformed one, so the provider can say which. */
export const malformedMarker = 'influgentic: ollama sent a line that is not a JSON object: ';

/** A non-2xx reply from Ollama; `detail` is its `{"error": ...}` text or the body. */
export class OllamaHttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(`ollama answered ${status}: ${detail}`);
    this.name = 'OllamaHttpError';
  }
}

export function ollamaFetch(base: typeof fetch): typeof fetch {
  return async function ollamaWireFetch(input, init) {
    const response = await base(input, init);
    if (!response.ok) throw new OllamaHttpError(response.status, await errorText(response));
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!response.body || !url.endsWith('/api/chat')) return response;
    return new Response(response.body.pipeThrough(checkedLines()), { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

async function errorText(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = JSON.parse(text) as { error?: unknown };
    if (typeof parsed.error === 'string') return parsed.error;
  } catch {
    // not JSON: the body itself says what happened
  }
  return text.trim() || response.statusText || `status ${response.status}`;
}

/**
 * Re-frames the stream line by line. A line that is not a JSON object becomes an error line
 * (`{"error": "<marker>..."}`) and ends the stream: the client throws on it in order, after
 * the good lines before it, where erroring the stream would drop lines still queued.
 */
function checkedLines(): TransformStream<Uint8Array, Uint8Array> {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let pending = '';
  let broken = false;
  const emit = (line: string, controller: TransformStreamDefaultController<Uint8Array>) => {
    if (broken || line.trim() === '') return;
    if (!isJsonObject(line)) {
      broken = true;
      controller.enqueue(encoder.encode(`${JSON.stringify({ error: `${malformedMarker}${line.slice(0, 120)}` })}\n`));
      return;
    }
    controller.enqueue(encoder.encode(`${line}\n`));
  };
  return new TransformStream({
    transform(chunk, controller) {
      pending += decoder.decode(chunk, { stream: true });
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) emit(line, controller);
    },
    flush(controller) {
      pending += decoder.decode();
      emit(pending, controller);
    },
  });
}

function isJsonObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
