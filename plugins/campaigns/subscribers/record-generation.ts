import { defineSubscription } from 'influgentic';
import { CONTENT_GENERATED } from '../../content/events.js';
import { CAMPAIGN_STORE } from '../service/internal-tokens.js';

interface GeneratedPayload {
  readonly id: string;
  readonly agent_id: string;
  readonly campaign_id: string | null;
  readonly tokens: number;
  readonly provider: string;
  readonly created_at: string;
}

/** Every generation of the organization (direct or campaign) counts in usage: kept in this plugin's own table. */
export const recordGeneration = defineSubscription({
  name: 'campaigns.record_generation',
  events: [CONTENT_GENERATED],
  async handle(event, context) {
    const content = event.payload as GeneratedPayload;
    const store = context.resolve(CAMPAIGN_STORE);
    await store.transaction((trx) =>
      store.insertGeneration(trx, { orgId: event.orgId, livemode: event.livemode }, {
        content_id: content.id,
        agent_id: content.agent_id,
        campaign_id: content.campaign_id,
        tokens: Number(content.tokens) || 0,
        provider: String(content.provider),
        created_at: content.created_at,
      }),
    );
  },
});
