import { defineOperation } from 'influgentic';
import { WEBHOOK_ENDPOINTS } from '../tokens.js';

export const updateWebhook = defineOperation('updateWebhook', async (call) => {
  return { status: 200, body: await call.resolve(WEBHOOK_ENDPOINTS).update(call.principal, call.params.webhook_id, call.body) };
});
