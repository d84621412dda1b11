import { defineOperation } from 'influgentic';
import { ASSET_SERVICE } from '../service/internal-tokens.js';

export const putAgentAsset = defineOperation('putAgentAsset', async (call) => {
  const { agent_id: agentId, asset_name: name } = call.params;
  const { created, asset } = await call.resolve(ASSET_SERVICE).put(call.principal, agentId, name, call.headers['content-type'], call.req.body);
  return { status: created ? 201 : 200, body: asset };
});
