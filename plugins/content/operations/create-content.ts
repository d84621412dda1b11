import { LOGGER, OPEN_STREAMS, abortWhenClientLeaves, defineOperation, openSse } from 'influgentic';
import { CONTENT_SERVICE } from '../tokens.js';
import { CONTENT_SETTINGS } from '../service/internal-tokens.js';
import type { ContentInput } from '../service/types.js';

export const createContent = defineOperation('createContent', async (call) => {
  const { stream = false, ...input } = call.body;
  const service = call.resolve(CONTENT_SERVICE);
  const prepared = await service.prepare(call.principal, call.params.agent_id, input as ContentInput);
  if (!stream) return { status: 201, body: await service.generate(prepared, call.signal) };

  // The provider's stream starts before the response does, so a provider that cannot start
  // is still an ordinary problem. One controller stops it: a client that leaves (before or
  // after the stream opens) and a shutdown (openSse aborts the controller it is given).
  const controller = new AbortController();
  abortWhenClientLeaves(call.res, controller);
  const run = await service.stream(prepared, controller.signal);
  const sse = openSse(call.res, { streams: call.resolve(OPEN_STREAMS), pingMs: call.resolve(CONTENT_SETTINGS).sse_ping_ms, controller });
  try {
    // Drained to the end even after the client left: the last step stores what was generated.
    await run.pipe((step) => sse.send(step.event));
  } catch (error) {
    // The response has started: a failure (storing, say) can only end the stream.
    call.resolve(LOGGER).error({ err: error, request_id: call.requestId }, 'content stream failed after it started');
    sse.send({ type: 'error', code: 'internal_error', message: 'the server failed to finish this generation' });
  }
  sse.done();
});
