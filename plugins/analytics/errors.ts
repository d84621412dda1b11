import { defineErrors } from 'influgentic';

/** The analytics plugin's error codes (each in openapi.yaml's Problem table). */
export const analyticsErrors = defineErrors({
  LEAD_NOT_FOUND: { status: 404, title: 'Lead not found' },
  LINK_NOT_FOUND: { status: 404, title: 'Link not found' },
});

/**
 * Problems about the campaign or agent a request names. The codes are the campaigns' and
 * agents' plugins (listed by them); a plugin may import only another's tokens and events,
 * so they are declared again here.
 */
export const campaignProblems = defineErrors({
  CAMPAIGN_NOT_FOUND: { status: 404, title: 'Campaign not found' },
  INVALID_PERIOD: { status: 422, title: 'Invalid period' },
  AGENT_NOT_FOUND: { status: 404, title: 'Agent not found' },
});
