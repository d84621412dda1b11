import { defineOperation } from 'influgentic';
import { BUILDER_SERVICE } from '../service/internal-tokens.js';

export const listBuilderAgents = defineOperation('listBuilderAgents', async (call) => {
  const query = call.query as { status?: string; limit?: number; cursor?: string };
  return {
    status: 200,
    body: await call.resolve(BUILDER_SERVICE).list(call.principal, {
      limit: query.limit ?? 20,
      ...(query.status === undefined ? {} : { status: query.status }),
      ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
    }),
  };
});
