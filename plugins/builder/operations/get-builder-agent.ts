import { defineOperation } from 'influgentic';
import { BUILDER_SERVICE } from '../service/internal-tokens.js';

export const getBuilderAgent = defineOperation('getBuilderAgent', async (call) => ({
  status: 200,
  body: await call.resolve(BUILDER_SERVICE).get(call.principal, call.params.agent_id),
}));
