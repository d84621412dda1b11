import { defineOperation } from 'influgentic';
import { BUILDER_SERVICE } from '../service/internal-tokens.js';
import type { UpdateBuildInput } from '../service/types.js';

export const updateBuilderAgent = defineOperation('updateBuilderAgent', async (call) =>
  call.resolve(BUILDER_SERVICE).update(call.principal, call.params.agent_id, call.body as UpdateBuildInput),
);
