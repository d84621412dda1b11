import { defineOperation } from 'influgentic';
import { WEBHOOK_DELIVERIES } from '../tokens.js';

export const redeliverWebhookDelivery = defineOperation('redeliverWebhookDelivery', async (call) => {
  return { status: 202, body: await call.resolve(WEBHOOK_DELIVERIES).redeliver(call.principal, call.params.webhook_id, call.params.delivery_id) };
});
