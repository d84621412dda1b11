import { defineErrors } from 'influgentic';

/** The campaigns plugin's error codes (each in openapi.yaml's Problem table). */
export const campaignErrors = defineErrors({
  CAMPAIGN_NOT_FOUND: { status: 404, title: 'Campaign not found' },
  CAMPAIGN_INVALID_STATE: { status: 409, title: 'Campaign state forbids this' },
  CAMPAIGN_ALREADY_RATED: { status: 409, title: 'Campaign already rated' },
  BUDGET_EXHAUSTED: { status: 402, title: 'Budget exhausted' },
  BUDGET_BELOW_SPENT: { status: 422, title: 'Budget below spent' },
  INVALID_PERIOD: { status: 422, title: 'Invalid period' },
});

/**
 * Problems about the agent a campaign names. The codes are the agents plugin's (listed by
 * it); a plugin may import only another's tokens and events, so they are declared again here.
 */
export const agentProblems = defineErrors({
  AGENT_NOT_FOUND: { status: 404, title: 'Agent not found' },
  AGENT_RETIRED: { status: 409, title: 'Agent retired' },
});
