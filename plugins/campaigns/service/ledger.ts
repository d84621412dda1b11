import type { Kysely } from 'kysely';
import { newId, type Tenant } from 'influgentic';
import type { CampaignRow, CampaignTables } from '../db/schema.js';
import type { CampaignStore } from '../db/store.js';
import { accrualDue } from './money.js';

type Db = Kysely<CampaignTables>;

export type ChargeKind = 'base_rate' | 'generation';

/**
 * Writes charges: immutable rows, each at most once per campaign and reference, never past
 * the budget. Callers hold the campaign's row lock (CampaignStore.get with `lock`).
 */
export class Ledger {
  constructor(private readonly store: CampaignStore) {}

  async spent(trx: Db, tenant: Tenant, campaignId: string): Promise<number> {
    return (await this.store.spent(tenant, [campaignId], trx)).get(campaignId) ?? 0;
  }

  /**
   * Books `wantedMicros` (clipped to what the budget has left) unless `reference` was booked
   * before; an active campaign whose spend reaches its budget becomes `paused_budget`.
   * Returns the row as it now is.
   */
  async charge(trx: Db, tenant: Tenant, row: CampaignRow, kind: ChargeKind, reference: string, wantedMicros: number, at: string, now: string): Promise<CampaignRow> {
    if (await this.store.hasCharge(trx, tenant, row.id, reference)) return row;
    const budget = Number(row.budget_micros);
    const spent = await this.spent(trx, tenant, row.id);
    const amount = Math.max(0, Math.min(wantedMicros, budget - spent));
    await this.store.insertCharge(trx, tenant, { id: newId('chg'), campaign_id: row.id, kind, amount_micros: amount, reference, at, created_at: now });
    if (row.status === 'active' && spent + amount >= budget) {
      await this.store.update(trx, tenant, row.id, { status: 'paused_budget', updated_at: now });
      return { ...row, status: 'paused_budget', updated_at: now };
    }
    return row;
  }

  /**
   * Books the base rate's daily shares due up to `until` (never past `ends_at`): whole days,
   * and with `partial` (cancellation) the day in progress pro rata. Days already booked are
   * skipped, so running it again, or late, books each day exactly once.
   */
  async accrue(trx: Db, tenant: Tenant, row: CampaignRow, until: Date, partial: boolean, now: string): Promise<CampaignRow> {
    if (row.status !== 'active' && row.status !== 'paused_budget') return row;
    const ends = new Date(row.ends_at);
    const limit = until.getTime() < ends.getTime() ? until : ends;
    const days = (JSON.parse(row.config) as { duration_days: number }).duration_days;
    let current = row;
    for (const due of accrualDue(Number(row.base_rate_micros), days, row.starts_at, limit, partial)) {
      current = await this.charge(trx, tenant, current, 'base_rate', `accrual:${due.day}`, due.amountMicros, due.at, now);
    }
    return current;
  }
}
