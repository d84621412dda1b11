import type { Kysely } from 'kysely';
import { tenantScope, type Tenant } from 'influgentic';
import type { AnalyticsTables, LeadRow } from './schema.js';

type Db = Kysely<AnalyticsTables>;

/** SQL for leads (personal data): stored, listed newest first, erased for good. */
export class LeadStore {
  constructor(private readonly db: Kysely<AnalyticsTables>) {}

  async insert(trx: Db, tenant: Tenant, row: Omit<LeadRow, 'org_id' | 'livemode'>): Promise<void> {
    await tenantScope(trx, tenant).insertInto('analytics_leads', row).execute();
  }

  /** A page newest first: ids below `beforeId` when given; `limit` undefined reads them all (CSV export). */
  async list(tenant: Tenant, campaignId: string, limit: number | undefined, beforeId?: string): Promise<LeadRow[]> {
    let query = tenantScope(this.db, tenant).selectFrom('analytics_leads').selectAll().where('campaign_id', '=', campaignId);
    if (beforeId !== undefined) query = query.where('id', '<', beforeId);
    query = query.orderBy('id', 'desc');
    if (limit !== undefined) query = query.limit(limit);
    return query.execute();
  }

  async count(tenant: Tenant, campaignId: string): Promise<number> {
    const row = await tenantScope(this.db, tenant)
      .selectFrom('analytics_leads')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('campaign_id', '=', campaignId)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Deletes the lead's row, which is all the personal data there is; false when there was none. */
  async erase(tenant: Tenant, campaignId: string, leadId: string): Promise<boolean> {
    const result = await tenantScope(this.db, tenant).deleteFrom('analytics_leads').where('campaign_id', '=', campaignId).where('id', '=', leadId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
