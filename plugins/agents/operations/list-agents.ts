import { defineOperation } from 'influgentic';
import { AGENT_SERVICE } from '../service/internal-tokens.js';

export const listAgents = defineOperation('listAgents', async (call) => {
  const { limit = 20, ...filters } = call.query;
  return { status: 200, body: await call.resolve(AGENT_SERVICE).list(call.principal, { ...filters, limit }) };
});
