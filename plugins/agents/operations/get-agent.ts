import { defineOperation } from 'influgentic';
import { AGENT_SERVICE } from '../service/internal-tokens.js';

export const getAgent = defineOperation('getAgent', async (call) => {
  return { status: 200, body: await call.resolve(AGENT_SERVICE).get(call.principal, call.params.agent_id) };
});
