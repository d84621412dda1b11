import type { Kysely } from 'kysely';
import { tenantScope, type Tenant } from 'influgentic';
import type { AnalyticsTables } from './schema.js';

/** Counts of one type for one value of a dimension (a language, a channel, a day, a campaign). */
export interface RollupGroup {
  readonly key: string;
  readonly type: string;
  readonly count: number;
  readonly revenue_micros: number;
}

export type Dimension = 'language' | 'channel' | 'day' | 'campaign_id';

export interface AgentCounts {
  readonly impressions: number;
  readonly engagements: number;
  readonly leads: number;
  readonly conversions: number;
}

/** Reads reports from the rollups (never from raw events, so a report's cost does not grow with them). */
export class ReportStore {
  constructor(private readonly db: Kysely<AnalyticsTables>) {}

  /**
   * Daily rollups of these campaigns from `fromDay` to `toDay` (`YYYY-MM-DD`, inclusive),
   * summed by type and one dimension in SQL: a report reads a few hundred rows however many
   * events and dimension values there are.
   */
  async grouped(tenant: Tenant, campaignIds: readonly string[], fromDay: string, toDay: string, by: Dimension): Promise<RollupGroup[]> {
    if (campaignIds.length === 0) return [];
    const rows = await tenantScope(this.db, tenant)
      .selectFrom('analytics_daily')
      .select((eb) => [eb.ref(by).as('key'), 'type', eb.fn.sum<string | number>('count').as('count'), eb.fn.sum<string | number>('revenue_micros').as('revenue_micros')])
      .where('campaign_id', 'in', campaignIds)
      .where('day', '>=', fromDay)
      .where('day', '<=', toDay)
      .groupBy([by, 'type'])
      .execute();
    return rows.map((row) => ({ key: String(row.key), type: row.type, count: Number(row.count), revenue_micros: Number(row.revenue_micros) }));
  }

  /**
   * Live-mode counts per agent across every org, for the catalog's public figures only
   * (sums, never rows). `sinceHour` bounds impressions_30d.
   */
  async liveAgentCounts(agentIds: readonly string[] | 'all', sinceHour: string): Promise<{ life: Map<string, AgentCounts>; recent: Map<string, number> }> {
    let life = this.db
      .selectFrom('analytics_totals as t')
      .innerJoin('campaigns_campaigns as c', (join) => join.onRef('c.id', '=', 't.campaign_id').onRef('c.org_id', '=', 't.org_id').onRef('c.livemode', '=', 't.livemode'))
      .select((eb) => [
        'c.agent_id',
        eb.fn.sum<string | number>('t.impressions').as('impressions'),
        eb.fn.sum<string | number>('t.engagements').as('engagements'),
        eb.fn.sum<string | number>('t.leads').as('leads'),
        eb.fn.sum<string | number>('t.conversions').as('conversions'),
      ])
      .where('t.livemode', '=', 1)
      .groupBy('c.agent_id');
    let recent = this.db
      .selectFrom('analytics_rollups as r')
      .innerJoin('campaigns_campaigns as c', (join) => join.onRef('c.id', '=', 'r.campaign_id').onRef('c.org_id', '=', 'r.org_id').onRef('c.livemode', '=', 'r.livemode'))
      .select((eb) => ['c.agent_id', eb.fn.sum<string | number>('r.count').as('impressions')])
      .where('r.livemode', '=', 1)
      .where('r.type', '=', 'impression')
      .where('r.hour', '>=', sinceHour)
      .groupBy('c.agent_id');
    if (agentIds !== 'all') {
      if (agentIds.length === 0) return { life: new Map(), recent: new Map() };
      life = life.where('c.agent_id', 'in', agentIds);
      recent = recent.where('c.agent_id', 'in', agentIds);
    }
    const lifeMap = new Map<string, AgentCounts>();
    for (const row of await life.execute()) {
      lifeMap.set(row.agent_id, { impressions: Number(row.impressions), engagements: Number(row.engagements), leads: Number(row.leads), conversions: Number(row.conversions) });
    }
    const recentMap = new Map<string, number>();
    for (const row of await recent.execute()) recentMap.set(row.agent_id, Number(row.impressions));
    return { life: lifeMap, recent: recentMap };
  }
}
