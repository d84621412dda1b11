import { defineOperation } from 'influgentic';
import { WEBHOOK_DELIVERIES } from '../tokens.js';

export const testWebhook = defineOperation('testWebhook', async (call) => {
  return { status: 202, body: await call.resolve(WEBHOOK_DELIVERIES).test(call.principal, call.params.webhook_id) };
});
