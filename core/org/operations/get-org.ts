import { modeOf } from '../../auth/principal.js';
import { defineOperation } from '../../plugin/operation.js';
import { CORE_CONFIG } from '../../tokens.js';
import { ORG_SERVICE } from '../tokens.js';

export const getOrg = defineOperation('getOrg', async (call) => {
  const { principal } = call;
  const org = await call.resolve(ORG_SERVICE).get(principal.orgId);
  // The key was just authenticated against this org, so it exists.
  const limits = call.resolve(CORE_CONFIG).ratelimit.plans[principal.plan];
  return {
    status: 200,
    body: { ...org!, mode: modeOf(principal), rate_limits: { window_seconds: 60, ...limits } },
  };
});
