import { defineOperation } from 'influgentic';
import { CAMPAIGN_SERVICE } from '../service/internal-tokens.js';
import type { UpdateCampaignInput } from '../service/types.js';

export const updateCampaign = defineOperation('updateCampaign', async (call) => ({
  status: 200,
  body: await call.resolve(CAMPAIGN_SERVICE).update(call.principal, call.params.campaign_id, call.body as UpdateCampaignInput),
}));
