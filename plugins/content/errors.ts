import { defineErrors } from 'influgentic';

/** The content plugin's error codes (each in openapi.yaml's Problem table). */
export const contentErrors = defineErrors({
  CONTENT_NOT_FOUND: { status: 404, title: 'Content not found' },
  TESTIMONIAL_NEEDS_SOURCE: { status: 422, title: 'Testimonial needs a source quote' },
  INVALID_STREAM_TICKET: { status: 401, title: 'Invalid stream ticket' },
  UPGRADE_REQUIRED: { status: 426, title: 'Upgrade required' },
});

/**
 * Problems about the agent a generation names. The codes are the agents plugin's (listed on
 * /docs/errors by it); a plugin may import only another's tokens and events, so they are
 * declared again here rather than imported.
 */
export const agentProblems = defineErrors({
  AGENT_NOT_FOUND: { status: 404, title: 'Agent not found' },
  AGENT_RETIRED: { status: 409, title: 'Agent retired' },
});
