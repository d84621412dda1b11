import { defineOperation } from 'influgentic';
import { ANALYTICS_REPORTS } from '../service/internal-tokens.js';

export const getAgentAnalytics = defineOperation('getAgentAnalytics', async (call) => ({
  status: 200,
  body: await call.resolve(ANALYTICS_REPORTS).agent(call.principal, call.params.agent_id, call.query.start, call.query.end),
}));
