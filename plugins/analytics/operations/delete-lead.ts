import { defineOperation } from 'influgentic';
import { LEAD_SERVICE } from '../service/internal-tokens.js';

export const deleteLead = defineOperation('deleteLead', async (call) => ({
  status: 200,
  body: await call.resolve(LEAD_SERVICE).erase(call.principal, call.params.campaign_id, call.params.lead_id),
}));
