import { defineOperation } from 'influgentic';
import { ANALYTICS_REPORTS } from '../service/internal-tokens.js';

export const getCampaignAnalytics = defineOperation('getCampaignAnalytics', async (call) => {
  const { breakdown_by_campaign: _byCampaign, ...report } = await call.resolve(ANALYTICS_REPORTS).campaign(call.principal, call.params.campaign_id, call.query.start, call.query.end);
  return { status: 200, body: report };
});
