import { defineErrors } from 'influgentic';

/** The builder plugin's error codes (each in openapi.yaml's Problem table). */
export const builderErrors = defineErrors({
  AGENT_NAME_TAKEN: { status: 409, title: 'Agent name taken' },
});

/**
 * Problems about the agent a request names. The codes are the agents plugin's (listed on
 * /docs/errors by it); a plugin may import only another's tokens and events, so they are
 * declared again here rather than imported.
 */
export const agentProblems = defineErrors({
  AGENT_NOT_FOUND: { status: 404, title: 'Agent not found' },
  AGENT_RETIRED: { status: 409, title: 'Agent retired' },
});
