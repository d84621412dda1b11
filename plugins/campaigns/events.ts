import type { EventDefinition } from 'influgentic';

export const CAMPAIGN_STARTED = 'campaign.started';
export const CAMPAIGN_COMPLETED = 'campaign.completed';
export const CAMPAIGN_CANCELLED = 'campaign.cancelled';

const payload = {
  type: 'object',
  required: ['id', 'agent_id', 'type', 'content_type', 'name', 'status', 'budget_usd', 'spent_usd', 'starts_at', 'ends_at'],
  properties: {
    id: { type: 'string' },
    agent_id: { type: 'string' },
    type: { type: 'string' },
    content_type: { type: 'string' },
    name: { type: 'string' },
    status: { type: 'string' },
    budget_usd: { type: 'number' },
    spent_usd: { type: 'number' },
    starts_at: { type: 'string' },
    ends_at: { type: 'string' },
  },
} as const;

/** The campaign lifecycle events; each payload is the campaign object as the API returns it. */
export const campaignEvents: Readonly<Record<string, EventDefinition>> = {
  [CAMPAIGN_STARTED]: { description: 'A campaign started (at creation, or when its starts_at came); `data` is the campaign.', payload },
  [CAMPAIGN_COMPLETED]: { description: 'A campaign reached its ends_at; `data` is the campaign.', payload },
  [CAMPAIGN_CANCELLED]: { description: 'A campaign was cancelled; billing stopped at that instant; `data` is the campaign.', payload },
};
