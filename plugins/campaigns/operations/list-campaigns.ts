import { defineOperation } from 'influgentic';
import { CAMPAIGN_SERVICE } from '../service/internal-tokens.js';

export const listCampaigns = defineOperation('listCampaigns', async (call) => {
  const { limit = 20, status, agent_id, type, cursor } = call.query;
  const filter = { limit, ...(status && { status }), ...(agent_id && { agent_id }), ...(type && { type }), ...(cursor && { cursor }) };
  return { status: 200, body: await call.resolve(CAMPAIGN_SERVICE).list(call.principal, filter) };
});
