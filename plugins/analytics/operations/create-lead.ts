import { defineOperation } from 'influgentic';
import { LEAD_SERVICE } from '../service/internal-tokens.js';

export const createLead = defineOperation('createLead', async (call) => ({
  status: 201,
  body: await call.resolve(LEAD_SERVICE).create(call.principal, call.params.campaign_id, call.body),
}));
