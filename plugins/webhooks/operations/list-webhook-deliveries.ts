import { defineOperation } from 'influgentic';
import { WEBHOOK_DELIVERIES } from '../tokens.js';

export const listWebhookDeliveries = defineOperation('listWebhookDeliveries', async (call) => {
  const { limit = 20, cursor, status, event_type: eventType } = call.query;
  return { status: 200, body: await call.resolve(WEBHOOK_DELIVERIES).list(call.principal, call.params.webhook_id, { limit, cursor, status, eventType }) };
});
