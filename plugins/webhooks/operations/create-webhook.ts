import { defineOperation } from 'influgentic';
import { WEBHOOK_ENDPOINTS } from '../tokens.js';

export const createWebhook = defineOperation('createWebhook', async (call) => {
  return { status: 201, body: await call.resolve(WEBHOOK_ENDPOINTS).create(call.principal, call.body) };
});
