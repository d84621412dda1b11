import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import { dialectOf, tenantScope, type Tenant } from 'influgentic';
import type { AnalyticsTables, DailyRow, EventRow, MilestoneRow, RollupRow, TotalsRow } from './schema.js';

type Db = Kysely<AnalyticsTables>;
export type NewEvent = Omit<EventRow, 'org_id' | 'livemode'>;
export type NewRollup = Omit<RollupRow, 'org_id' | 'livemode'>;
export type NewDaily = Omit<DailyRow, 'org_id' | 'livemode'>;
export type TotalsDelta = Omit<TotalsRow, 'org_id' | 'livemode'>;
export type Totals = Omit<TotalsDelta, 'campaign_id'>;

const EVENT_COLUMNS = ['id', 'org_id', 'livemode', 'campaign_id', 'type', 'count', 'value_micros', 'language', 'channel', 'content_id', 'occurred_at', 'event_id', 'ua_class', 'referrer_host', 'received_at'] as const;

// Kept under SQLite's and Postgres's bound-parameter limits with room to spare.
const CHUNK = 500;

/** SQL for raw events, hourly rollups, campaign totals and milestones; tenant data is always scoped. */
export class EventStore {
  constructor(private readonly db: Kysely<AnalyticsTables>) {}

  transaction<T>(work: (trx: Transaction<AnalyticsTables>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  /** Appends events; an `event_id` the org already has is skipped. Returns the ids actually stored. */
  async append(trx: Db, tenant: Tenant, rows: readonly NewEvent[]): Promise<Set<string>> {
    const stored = new Set<string>();
    // In event_id order: two batches inserting the same ids in opposite orders would each wait
    // on the other's unique-index entry (a deadlock on Postgres).
    const sorted = [...rows].sort((a, b) => (a.event_id ?? '').localeCompare(b.event_id ?? ''));
    const livemode = tenant.livemode ? 1 : 0;
    const postgres = dialectOf(trx) === 'postgres';
    for (let i = 0; i < sorted.length; i += CHUNK) {
      // Written out by hand: building a 500-row insert through the query builder costs more
      // than running it (about 7 ms a chunk), and this is the ingest path. The tenant's
      // columns are filled here as tenantScope would.
      const chunk = sorted.slice(i, i + CHUNK);
      const parameters: unknown[] = [];
      const tuples = chunk.map((row) => {
        const values = [row.id, tenant.orgId, livemode, row.campaign_id, row.type, row.count, row.value_micros, row.language, row.channel, row.content_id, row.occurred_at, row.event_id, row.ua_class, row.referrer_host, row.received_at];
        const marks = values.map((value) => {
          parameters.push(value);
          return postgres ? `$${parameters.length}` : '?';
        });
        return `(${marks.join(',')})`;
      });
      const text = `insert into analytics_events (${EVENT_COLUMNS.join(',')}) values ${tuples.join(',')} on conflict (org_id, event_id) do nothing returning id`;
      const result = await trx.executeQuery<{ id: string }>(CompiledQuery.raw(text, parameters));
      for (const row of result.rows) stored.add(row.id);
    }
    return stored;
  }

  /** Adds to hourly rollups. Rows must be unique by key; they are sorted so concurrent ingesters lock in one order. */
  async addRollups(trx: Db, tenant: Tenant, rows: readonly NewRollup[]): Promise<void> {
    const sorted = [...rows].sort((a, b) => rollupKey(a).localeCompare(rollupKey(b)));
    for (let i = 0; i < sorted.length; i += CHUNK) {
      await tenantScope(trx, tenant)
        .insertInto('analytics_rollups', sorted.slice(i, i + CHUNK))
        .onConflict((oc) =>
          oc.columns(['org_id', 'livemode', 'campaign_id', 'hour', 'type', 'language', 'channel']).doUpdateSet((eb) => ({
            count: eb('analytics_rollups.count', '+', eb.ref('excluded.count')),
            revenue_micros: eb('analytics_rollups.revenue_micros', '+', eb.ref('excluded.revenue_micros')),
          })),
        )
        .execute();
    }
  }

  /** Adds to daily rollups, like addRollups. */
  async addDaily(trx: Db, tenant: Tenant, rows: readonly NewDaily[]): Promise<void> {
    const sorted = [...rows].sort((a, b) => dailyKey(a).localeCompare(dailyKey(b)));
    for (let i = 0; i < sorted.length; i += CHUNK) {
      await tenantScope(trx, tenant)
        .insertInto('analytics_daily', sorted.slice(i, i + CHUNK))
        .onConflict((oc) =>
          oc.columns(['org_id', 'livemode', 'campaign_id', 'day', 'type', 'language', 'channel']).doUpdateSet((eb) => ({
            count: eb('analytics_daily.count', '+', eb.ref('excluded.count')),
            revenue_micros: eb('analytics_daily.revenue_micros', '+', eb.ref('excluded.revenue_micros')),
          })),
        )
        .execute();
    }
  }

  /** Adds to one campaign's life totals and returns them after the change (the row stays locked until commit). */
  async addTotals(trx: Db, tenant: Tenant, delta: TotalsDelta): Promise<Totals> {
    const row = await tenantScope(trx, tenant)
      .insertInto('analytics_totals', delta)
      .onConflict((oc) =>
        oc.columns(['org_id', 'livemode', 'campaign_id']).doUpdateSet((eb) => ({
          impressions: eb('analytics_totals.impressions', '+', eb.ref('excluded.impressions')),
          engagements: eb('analytics_totals.engagements', '+', eb.ref('excluded.engagements')),
          clicks: eb('analytics_totals.clicks', '+', eb.ref('excluded.clicks')),
          leads: eb('analytics_totals.leads', '+', eb.ref('excluded.leads')),
          conversions: eb('analytics_totals.conversions', '+', eb.ref('excluded.conversions')),
        })),
      )
      .returning(['impressions', 'engagements', 'clicks', 'leads', 'conversions'])
      .executeTakeFirstOrThrow();
    return { impressions: Number(row.impressions), engagements: Number(row.engagements), clicks: Number(row.clicks), leads: Number(row.leads), conversions: Number(row.conversions) };
  }

  /** Records a milestone; false when it was recorded before (by this or another process). */
  async reachMilestone(trx: Db, tenant: Tenant, row: Omit<MilestoneRow, 'org_id' | 'livemode'>): Promise<boolean> {
    const inserted = await tenantScope(trx, tenant)
      .insertInto('analytics_milestones', row)
      .onConflict((oc) => oc.columns(['org_id', 'livemode', 'campaign_id', 'milestone']).doNothing())
      .returning('milestone')
      .execute();
    return inserted.length > 0;
  }

  /** Life totals of the tenant's campaigns; campaigns without events are left out. */
  async totals(tenant: Tenant, campaignIds: readonly string[]): Promise<TotalsRow[]> {
    if (campaignIds.length === 0) return [];
    return tenantScope(this.db, tenant).selectFrom('analytics_totals').selectAll().where('campaign_id', 'in', campaignIds).execute();
  }

  /** Deletes raw events that occurred before `before`; rollups and totals stay. Returns how many went. */
  async purgeBefore(before: string, limit: number): Promise<number> {
    const doomed = this.db.selectFrom('analytics_events').select('id').where('occurred_at', '<', before).limit(limit);
    const result = await this.db.deleteFrom('analytics_events').where('id', 'in', doomed).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

function dailyKey(row: NewDaily): string {
  return `${row.campaign_id}|${row.day}|${row.type}|${row.language}|${row.channel}`;
}

function rollupKey(row: NewRollup): string {
  return `${row.campaign_id}|${row.hour}|${row.type}|${row.language}|${row.channel}`;
}
