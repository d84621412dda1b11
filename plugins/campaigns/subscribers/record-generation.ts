import type { Kysely } from 'kysely';
import { defineSubscription, type DomainEvent, type WantsContext } from 'influgentic';
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

/** The generation's usage row, written through `db` (the emitting transaction, or the job's). */
async function count(db: Kysely<CampaignTables>, event: DomainEvent, resolve: WantsContext['resolve']): Promise<void> {
  const content = event.payload as GeneratedPayload;
  await resolve(CAMPAIGN_STORE).insertGeneration(db, { orgId: event.orgId, livemode: event.livemode }, {
    content_id: content.id,
    agent_id: content.agent_id,
    campaign_id: content.campaign_id,
    tokens: Number(content.tokens) || 0,
    provider: String(content.provider),
    created_at: content.created_at,
  });
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
  project: (event, context) => count(context.db as Kysely<CampaignTables>, event, context.resolve),
  handle: (event, context) => context.resolve(CAMPAIGN_STORE).transaction((trx) => count(trx, event, context.resolve)),
});
