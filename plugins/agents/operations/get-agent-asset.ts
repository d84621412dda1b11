import { defineOperation } from 'influgentic';
import { ASSET_SERVICE } from '../service/internal-tokens.js';

/** Public: bytes straight to the response (the router only sends JSON). */
export const getAgentAsset = defineOperation('getAgentAsset', async (call) => {
  const { agent_id: agentId, asset_name: name } = call.params;
  const served = await call.resolve(ASSET_SERVICE).serve(agentId, name, call.headers['if-none-match']);
  call.res.status(served.status).set(served.headers);
  call.res.end(served.status === 200 ? served.bytes : undefined);
});
