import type { Kysely } from 'kysely';
import { tenantScope, type Tenant } from 'influgentic';
import type { AnalyticsTables, CampaignReadRow } from './schema.js';

export type CampaignRef = Pick<CampaignReadRow, 'id' | 'agent_id' | 'starts_at' | 'ends_at'>;

/**
 * Read-only access to the campaigns plugin's rows. The campaigns plugin exports no service
 * token to look a campaign up for a tenant (its tokens.ts has only the performance
 * extension point), so this reads its tables, scoped like its own store does, and nothing
 * else of it. Replace with a token call once campaigns exports one.
 */
export class CampaignLookup {
  constructor(private readonly db: Kysely<AnalyticsTables>) {}

  async find(tenant: Tenant, ids: readonly string[]): Promise<Map<string, CampaignRef>> {
    const found = new Map<string, CampaignRef>();
    if (ids.length === 0) return found;
    const rows = await tenantScope(this.db, tenant).selectFrom('campaigns_campaigns').select(['id', 'agent_id', 'starts_at', 'ends_at']).where('id', 'in', ids).execute();
    for (const row of rows) found.set(row.id, row);
    return found;
  }

  /** The tenant's campaigns with an agent whose life overlaps `from`..`to` (ISO instants, `to` exclusive). */
  async ofAgent(tenant: Tenant, agentId: string, from: string, to: string): Promise<CampaignRef[]> {
    return tenantScope(this.db, tenant)
      .selectFrom('campaigns_campaigns')
      .select(['id', 'agent_id', 'starts_at', 'ends_at'])
      .where('agent_id', '=', agentId)
      .where('starts_at', '<', to)
      .where('ends_at', '>=', from)
      .orderBy('id')
      .execute();
  }

  /** Agent of each live-mode campaign, across orgs: only for the catalog's public figures. */
  async liveAgents(campaignIds: readonly string[]): Promise<Map<string, string>> {
    const agents = new Map<string, string>();
    if (campaignIds.length === 0) return agents;
    const rows = await this.db.selectFrom('campaigns_campaigns').select(['id', 'agent_id']).where('livemode', '=', 1).where('id', 'in', campaignIds).execute();
    for (const row of rows) agents.set(row.id, row.agent_id);
    return agents;
  }

  /** The ledger's charges of these campaigns from `from` (inclusive) to `to` (exclusive), in micro-dollars. */
  async spent(tenant: Tenant, campaignIds: readonly string[], from: string, to: string): Promise<number> {
    if (campaignIds.length === 0) return 0;
    const row = await tenantScope(this.db, tenant)
      .selectFrom('campaigns_ledger')
      .select((eb) => eb.fn.sum<string | number | null>('amount_micros').as('total'))
      .where('campaign_id', 'in', campaignIds)
      .where('at', '>=', from)
      .where('at', '<', to)
      .executeTakeFirst();
    return Number(row?.total ?? 0);
  }
}
