import { defineOperation } from 'influgentic';
import { CAMPAIGN_SERVICE } from '../service/internal-tokens.js';

export const rateCampaign = defineOperation('rateCampaign', async (call) => ({
  status: 201,
  body: await call.resolve(CAMPAIGN_SERVICE).rate(call.principal, call.params.campaign_id, call.body.rating, call.body.comment),
}));
