import { defineOperation } from 'influgentic';
import { LINK_SERVICE } from '../service/internal-tokens.js';

export const createTrackingLink = defineOperation('createTrackingLink', async (call) => ({
  status: 201,
  body: await call.resolve(LINK_SERVICE).create(call.principal, call.params.campaign_id, call.body),
}));
