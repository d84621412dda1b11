import { LOGGER, OPEN_STREAMS, defineOperation, openSse } from 'influgentic';
import { CONTENT_SERVICE } from '../tokens.js';
import { CONTENT_SETTINGS } from '../service/internal-tokens.js';
import type { ContentInput } from '../service/types.js';

/** Aborts `controller` when `signal` aborts (now or later), with the same reason. */
function follow(controller: AbortController, signal: AbortSignal): void {
  if (signal.aborted) controller.abort(signal.reason);
  else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
}

export const createContent = defineOperation('createContent', async (call) => {
  const { stream = false, ...input } = call.body;
  const service = call.resolve(CONTENT_SERVICE);
  const prepared = await service.prepare(call.principal, call.params.agent_id, input as ContentInput);
  if (!stream) return { status: 201, body: await service.generate(prepared, call.signal) };

  // The provider's stream starts before the response does, so a provider that cannot start
  // is still an ordinary problem; from then on the SSE stream's signal (a client that left,
  // a shutdown) stops it too.
  const controller = new AbortController();
  follow(controller, call.signal);
  const steps = await service.stream(prepared, controller.signal);
  const sse = openSse(call.res, { streams: call.resolve(OPEN_STREAMS), pingMs: call.resolve(CONTENT_SETTINGS).sse_ping_ms });
  follow(controller, sse.signal);
  try {
    // Drained to the end even after the client left: the last step stores what was generated.
    for await (const step of steps) sse.send(step.event);
  } catch (error) {
    // The response has started: a failure (storing, say) can only end the stream.
    call.resolve(LOGGER).error({ err: error, request_id: call.requestId }, 'content stream failed after it started');
    sse.send({ type: 'error', code: 'internal_error', message: 'the server failed to finish this generation' });
  }
  sse.done();
});
