import type { Kysely } from 'kysely';
import { Precompiled, dialectOf, tenantColumns, tenantScope, type Tenant } from 'influgentic';
import type { CampaignRow, CampaignTables, GenerationRow, LedgerRow } from './schema.js';

// One per generation of the organization (record_generation): built once (see Precompiled),
// with the tenant's columns as values (tenantColumns).
const insertGenerationRow = new Precompiled<GenerationRow>(
  { content_id: true, org_id: true, livemode: true, agent_id: true, campaign_id: true, tokens: true, provider: true, created_at: true },
  (db, row) => db.insertInto('campaigns_generations').values(row).onConflict((conflict) => conflict.column('content_id').doNothing()),
);

type Db = Kysely<CampaignTables>;
type NewRow<R> = Omit<R, 'org_id' | 'livemode'>;

export interface CampaignQuery {
  readonly status?: string;
  readonly agentId?: string;
  readonly contentType?: string;
}

/** A campaign as the schedules find it: which tenant it belongs to. */
export interface CampaignRef {
  readonly id: string;
  readonly org_id: string;
  readonly livemode: number;
}

/** SQL for campaigns, their ledger and the generations usage counts; tenant data is always scoped. */
export class CampaignStore {
  private readonly postgres: boolean;

  constructor(private readonly db: Db) {
    this.postgres = dialectOf(db) === 'postgres';
  }

  transaction<T>(work: (trx: Db) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  async insert(trx: Db, tenant: Tenant, row: NewRow<CampaignRow>): Promise<void> {
    await tenantScope(trx, tenant).insertInto('campaigns_campaigns', row).execute();
  }

  /**
   * One campaign of the tenant. With `lock` (inside a transaction) the row stays locked until
   * commit on Postgres, so two charges cannot both see the same remaining budget; SQLite
   * runs one transaction at a time anyway.
   */
  async get(tenant: Tenant, id: string, trx: Db = this.db, lock = false): Promise<CampaignRow | undefined> {
    let select = tenantScope(trx, tenant).selectFrom('campaigns_campaigns').selectAll().where('id', '=', id);
    if (lock && this.postgres) select = select.forUpdate();
    return select.executeTakeFirst();
  }

  async update(trx: Db, tenant: Tenant, id: string, patch: Partial<NewRow<CampaignRow>>): Promise<void> {
    await tenantScope(trx, tenant).updateTable('campaigns_campaigns').set(patch).where('id', '=', id).execute();
  }

  private filtered(tenant: Tenant, query: CampaignQuery) {
    let select = tenantScope(this.db, tenant).selectFrom('campaigns_campaigns');
    if (query.status !== undefined) select = select.where('status', '=', query.status);
    if (query.agentId !== undefined) select = select.where('agent_id', '=', query.agentId);
    if (query.contentType !== undefined) select = select.where('content_type', '=', query.contentType);
    return select;
  }

  async list(tenant: Tenant, query: CampaignQuery & { readonly limit: number; readonly beforeId?: string }): Promise<CampaignRow[]> {
    let select = this.filtered(tenant, query).selectAll();
    if (query.beforeId !== undefined) select = select.where('id', '<', query.beforeId);
    return select.orderBy('id', 'desc').limit(query.limit).execute();
  }

  async count(tenant: Tenant, query: CampaignQuery): Promise<number> {
    const row = await this.filtered(tenant, query).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** The ledger's sum per campaign (spent_usd is this, never a kept counter). */
  async spent(tenant: Tenant, ids: readonly string[], trx: Db = this.db): Promise<Map<string, number>> {
    const spent = new Map<string, number>();
    if (ids.length === 0) return spent;
    const rows = await tenantScope(trx, tenant)
      .selectFrom('campaigns_ledger')
      .select(['campaign_id', (eb) => eb.fn.sum<number>('amount_micros').as('total')])
      .where('campaign_id', 'in', ids)
      .groupBy('campaign_id')
      .execute();
    for (const row of rows) spent.set(row.campaign_id, Number(row.total));
    return spent;
  }

  async hasCharge(trx: Db, tenant: Tenant, campaignId: string, reference: string): Promise<boolean> {
    const row = await tenantScope(trx, tenant).selectFrom('campaigns_ledger').select('id').where('campaign_id', '=', campaignId).where('reference', '=', reference).executeTakeFirst();
    return row !== undefined;
  }

  async insertCharge(trx: Db, tenant: Tenant, row: NewRow<LedgerRow>): Promise<void> {
    await tenantScope(trx, tenant).insertInto('campaigns_ledger', row).execute();
  }

  async ledger(tenant: Tenant, campaignId: string): Promise<LedgerRow[]> {
    return tenantScope(this.db, tenant).selectFrom('campaigns_ledger').selectAll().where('campaign_id', '=', campaignId).orderBy('at').orderBy('id').execute();
  }

  /** Campaigns of every tenant in `statuses` whose `column` is at or before `now` (the schedules' work lists). */
  async due(statuses: readonly string[], column: 'starts_at' | 'ends_at', now: string): Promise<CampaignRef[]> {
    return this.db.selectFrom('campaigns_campaigns').select(['id', 'org_id', 'livemode']).where('status', 'in', statuses).where(column, '<=', now).orderBy('id').execute();
  }

  /** Every campaign of every tenant that accrues (active or paused on its budget). */
  async accruing(): Promise<CampaignRef[]> {
    return this.db.selectFrom('campaigns_campaigns').select(['id', 'org_id', 'livemode']).where('status', 'in', ['active', 'paused_budget']).orderBy('id').execute();
  }

  /** Records a generation once (the subscription and the campaign stream may both see it). */
  async insertGeneration(trx: Db, tenant: Tenant, row: NewRow<GenerationRow>): Promise<void> {
    await insertGenerationRow.execute(trx, { ...row, ...tenantColumns(tenant) });
  }

  /** Ledger rows of the tenant from `from` (inclusive) to `to` (exclusive), optionally of one agent's campaigns. */
  async chargesBetween(tenant: Tenant, from: string, to: string, agentId?: string): Promise<{ campaign_id: string; amount_micros: number; at: string }[]> {
    let select = tenantScope(this.db, tenant).selectFrom('campaigns_ledger').select(['campaign_id', 'amount_micros', 'at']).where('at', '>=', from).where('at', '<', to);
    if (agentId !== undefined) {
      const ids = tenantScope(this.db, tenant).selectFrom('campaigns_campaigns').select('id').where('agent_id', '=', agentId);
      select = select.where('campaign_id', 'in', ids);
    }
    return (await select.execute()).map((row) => ({ ...row, amount_micros: Number(row.amount_micros) }));
  }

  async generationsBetween(tenant: Tenant, from: string, to: string, agentId?: string): Promise<{ campaign_id: string | null; tokens: number; created_at: string }[]> {
    let select = tenantScope(this.db, tenant).selectFrom('campaigns_generations').select(['campaign_id', 'tokens', 'created_at']).where('created_at', '>=', from).where('created_at', '<', to);
    if (agentId !== undefined) select = select.where('agent_id', '=', agentId);
    return (await select.execute()).map((row) => ({ ...row, tokens: Number(row.tokens) }));
  }

  async names(tenant: Tenant, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await tenantScope(this.db, tenant).selectFrom('campaigns_campaigns').select(['id', 'name']).where('id', 'in', ids).execute();
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /**
   * Live-mode counts per agent over every organization (the agents' public metrics): campaigns
   * started, completed, and ratings.
   */
  async agentCounts(agentIds: readonly string[] | 'all'): Promise<{ agent_id: string; campaigns: number; completed: number; ratings_count: number; ratings_sum: number }[]> {
    let select = this.db
      .selectFrom('campaigns_campaigns')
      .select((eb) => [
        'agent_id',
        eb.fn.countAll<number>().as('campaigns'),
        eb.fn.sum<number>(eb.case().when('status', '=', 'completed').then(1).else(0).end()).as('completed'),
        eb.fn.count<number>('rating').as('ratings_count'),
        eb.fn.coalesce(eb.fn.sum<number>('rating'), eb.lit(0)).as('ratings_sum'),
      ])
      .where('livemode', '=', 1)
      .where('status', '!=', 'scheduled')
      .groupBy('agent_id');
    if (agentIds !== 'all') {
      if (agentIds.length === 0) return [];
      select = select.where('agent_id', 'in', agentIds);
    }
    return (await select.execute()).map((row) => ({
      agent_id: row.agent_id,
      campaigns: Number(row.campaigns),
      completed: Number(row.completed),
      ratings_count: Number(row.ratings_count),
      ratings_sum: Number(row.ratings_sum),
    }));
  }
}
