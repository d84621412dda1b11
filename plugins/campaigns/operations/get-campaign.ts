import { defineOperation } from 'influgentic';
import { CAMPAIGN_SERVICE } from '../service/internal-tokens.js';

export const getCampaign = defineOperation('getCampaign', async (call) => ({
  status: 200,
  body: await call.resolve(CAMPAIGN_SERVICE).get(call.principal, call.params.campaign_id),
}));
