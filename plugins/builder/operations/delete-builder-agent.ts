import { defineOperation } from 'influgentic';
import { BUILDER_SERVICE } from '../service/internal-tokens.js';

export const deleteBuilderAgent = defineOperation('deleteBuilderAgent', async (call) => ({
  status: 200,
  body: await call.resolve(BUILDER_SERVICE).retire(call.principal, call.params.agent_id),
}));
