import { defineOperation } from 'influgentic';
import { ASSET_SERVICE } from '../service/internal-tokens.js';

export const listAgentAssets = defineOperation('listAgentAssets', async (call) => {
  const { limit = 20, cursor } = call.query;
  return { status: 200, body: await call.resolve(ASSET_SERVICE).list(call.principal, call.params.agent_id, limit, cursor) };
});
