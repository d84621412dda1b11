import { defineOperation } from 'influgentic';
import { WEBHOOK_ENDPOINTS } from '../tokens.js';

export const deleteWebhook = defineOperation('deleteWebhook', async (call) => {
  return { status: 200, body: await call.resolve(WEBHOOK_ENDPOINTS).delete(call.principal, call.params.webhook_id) };
});
