import type { EventDefinition } from 'influgentic';

export const LEAD_CAPTURED = 'lead.captured';
export const MILESTONE_REACHED = 'analytics.milestone_reached';

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;

/** The analytics plugin's events (the reference's public names). */
export const analyticsEvents: Readonly<Record<string, EventDefinition>> = {
  [LEAD_CAPTURED]: {
    description: 'A lead was captured for a campaign; `data` is the lead (personal data: needs `leads:read`).',
    payload: {
      type: 'object',
      required: ['id', 'campaign_id', 'email', 'name', 'consent', 'attributes', 'language', 'channel', 'content_id', 'created_at'],
      properties: { id: str, campaign_id: str, email: str, name: nullableStr, consent: { type: 'boolean' }, attributes: { type: 'object' }, language: nullableStr, channel: nullableStr, content_id: nullableStr, created_at: str },
    },
  },
  [MILESTONE_REACHED]: {
    description: 'A campaign crossed a configured threshold (impressions, leads, first conversion); emitted once per milestone; `data` is the Milestone.',
    payload: {
      type: 'object',
      required: ['campaign_id', 'milestone', 'metric', 'threshold', 'value', 'reached_at'],
      properties: { campaign_id: str, milestone: str, metric: { type: 'string', enum: ['impressions', 'leads', 'conversions'] }, threshold: { type: 'integer' }, value: { type: 'integer' }, reached_at: str },
    },
  },
};
