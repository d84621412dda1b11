import { LOGGER, OPEN_STREAMS, abortWhenClientLeaves, defineOperation, openSse } from 'influgentic';
import { CONTENT_SERVICE, type Content, type ContentFormat, type ContentInput } from '../../content/tokens.js';
import { CAMPAIGN_BILLING, CAMPAIGNS_SETTINGS } from '../service/internal-tokens.js';

export const streamCampaign = defineOperation('streamCampaign', async (call) => {
  const billing = call.resolve(CAMPAIGN_BILLING);
  // 404, 409 naming the status, or 402 (the campaign now paused_budget) before anything streams.
  const campaign = await billing.beginGeneration(call.principal, call.params.campaign_id);
  const body = call.body ?? {};
  const { product, config } = campaign;
  const input: ContentInput = {
    content_type: campaign.content_type,
    product: {
      name: product.name,
      ...(product.description !== undefined && { description: product.description }),
      ...(product.key_features !== undefined && { key_features: [...product.key_features] }),
      ...(product.target_audience !== undefined && { target_audience: product.target_audience }),
    },
    format: (body.format ?? config.output_formats[0]) as ContentFormat,
    language: body.language ?? (config.languages[0] as string),
    tone: config.tone,
    compliance_mode: config.compliance_mode,
    ...(body.length !== undefined && { length: body.length }),
    ...(body.include_cta !== undefined && { include_cta: body.include_cta }),
    ...(body.source_quote !== undefined && { source_quote: body.source_quote }),
  };
  const service = call.resolve(CONTENT_SERVICE);
  const prepared = await service.prepare(call.principal, campaign.agent_id, input, { campaignId: campaign.id, allowRetiredAgent: true });

  // As the content plugin streams: the provider starts before the response, so one that cannot
  // start is still an ordinary problem; one controller stops it when the client leaves or the
  // server shuts down (openSse aborts the controller it is given).
  const controller = new AbortController();
  abortWhenClientLeaves(call.res, controller);
  const run = await service.stream(prepared, controller.signal);
  const sse = openSse(call.res, { streams: call.resolve(OPEN_STREAMS), pingMs: call.resolve(CAMPAIGNS_SETTINGS).sse_ping_ms, controller });
  let stored: Content | undefined;
  try {
    // Drained to the end even after the client left: the last step stores what was generated.
    await run.pipe((step) => {
      if (step.content) stored = step.content;
      sse.send(step.event);
    });
  } catch (error) {
    call.resolve(LOGGER).error({ err: error, request_id: call.requestId }, 'campaign stream failed after it started');
    sse.send({ type: 'error', code: 'internal_error', message: 'the server failed to finish this generation' });
  }
  if (stored !== undefined) {
    try {
      // Whatever was generated (even a stream cut short) is stored, so its tokens are charged.
      await billing.chargeGeneration(call.principal, campaign.id, stored);
    } catch (error) {
      call.resolve(LOGGER).error({ err: error, request_id: call.requestId, campaign_id: campaign.id }, 'charging a campaign generation failed');
    }
  }
  sse.done();
});
