import { defineOperation } from 'influgentic';
import { WEBHOOK_ENDPOINTS } from '../tokens.js';

export const listWebhooks = defineOperation('listWebhooks', async (call) => {
  const { limit = 20, cursor } = call.query;
  return { status: 200, body: await call.resolve(WEBHOOK_ENDPOINTS).list(call.principal, limit, cursor) };
});
