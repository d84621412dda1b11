import { defineOperation } from 'influgentic';
import { WEBHOOK_ENDPOINTS } from '../tokens.js';

export const getWebhook = defineOperation('getWebhook', async (call) => {
  return { status: 200, body: await call.resolve(WEBHOOK_ENDPOINTS).get(call.principal, call.params.webhook_id) };
});
