import { defineOperation } from 'influgentic';
import { BUILDER_SERVICE } from '../service/internal-tokens.js';
import type { CreateBuildInput } from '../service/types.js';

export const createBuilderAgent = defineOperation('createBuilderAgent', async (call) => {
  const accepted = await call.resolve(BUILDER_SERVICE).create(call.principal, call.body as CreateBuildInput);
  return { status: 202, body: accepted, headers: { Location: `/v1/builder/agents/${accepted.id}` } };
});
