import { defineOperation } from 'influgentic';
import { USAGE_REPORT } from '../service/internal-tokens.js';

export const getUsage = defineOperation('getUsage', async (call) => ({
  status: 200,
  body: await call.resolve(USAGE_REPORT).report(call.principal, call.query.start, call.query.end),
}));
