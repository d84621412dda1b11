import { defineOperation } from 'influgentic';
import { WEBHOOK_ENDPOINTS } from '../tokens.js';

export const rotateWebhookSecret = defineOperation('rotateWebhookSecret', async (call) => {
  return { status: 200, body: await call.resolve(WEBHOOK_ENDPOINTS).rotate(call.principal, call.params.webhook_id) };
});
