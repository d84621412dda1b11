import { defineOperation } from 'influgentic';
import { CAMPAIGN_SERVICE } from '../service/internal-tokens.js';

export const cancelCampaign = defineOperation('cancelCampaign', async (call) => ({
  status: 200,
  body: await call.resolve(CAMPAIGN_SERVICE).cancel(call.principal, call.params.campaign_id),
}));
