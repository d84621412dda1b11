import type { Kysely } from 'kysely';
import { defineSubscription } from 'influgentic';
import type { CampaignTables } from '../db/schema.js';
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

function rowOf(content: GeneratedPayload) {
  return {
    content_id: content.id,
    agent_id: content.agent_id,
    campaign_id: content.campaign_id,
    tokens: Number(content.tokens) || 0,
    provider: String(content.provider),
    created_at: content.created_at,
  };
}

/**
 * Every generation of the organization (direct or campaign) counts in usage: kept in this
 * plugin's own table, written in the generation's own transaction (a projection: no delivery
 * job per generation). `handle` is the fallback when that write fails; the insert ignores a
 * content id already counted, so a repeat counts once.
 */
export const recordGeneration = defineSubscription({
  name: 'campaigns.record_generation',
  events: [CONTENT_GENERATED],
  async project(event, context) {
    const store = context.resolve(CAMPAIGN_STORE);
    await store.insertGeneration(context.db as Kysely<CampaignTables>, { orgId: event.orgId, livemode: event.livemode }, rowOf(event.payload as GeneratedPayload));
  },
  async handle(event, context) {
    const store = context.resolve(CAMPAIGN_STORE);
    await store.transaction((trx) => store.insertGeneration(trx, { orgId: event.orgId, livemode: event.livemode }, rowOf(event.payload as GeneratedPayload)));
  },
});
