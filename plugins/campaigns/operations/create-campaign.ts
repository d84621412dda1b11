import { defineOperation } from 'influgentic';
import { CAMPAIGN_SERVICE } from '../service/internal-tokens.js';
import type { CreateCampaignInput } from '../service/types.js';

export const createCampaign = defineOperation('createCampaign', async (call) => ({
  status: 201,
  body: await call.resolve(CAMPAIGN_SERVICE).create(call.principal, call.body as CreateCampaignInput),
}));
