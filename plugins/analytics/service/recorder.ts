import type { Transaction } from 'kysely';
import { CLOCK, EVENT_BUS, inject, injectable, newId } from 'influgentic';
import type { Clock, EventBus, Tenant } from 'influgentic';
import type { EventStore, NewDaily, NewEvent, NewRollup, Totals } from '../db/event-store.js';
import type { AnalyticsTables } from '../db/schema.js';
import { MILESTONE_REACHED } from '../events.js';
import { ANALYTICS_SETTINGS, EVENT_STORE, type AnalyticsSettings } from './internal-tokens.js';
import { crossed } from './milestones.js';
import type { EventType, MeasuredEvent } from './types.js';

const TOTAL_OF: Readonly<Record<EventType, keyof Totals>> = { impression: 'impressions', engagement: 'engagements', click: 'clicks', lead: 'leads', conversion: 'conversions' };
const UNKNOWN = 'unknown';

/** `2025-01-15T10:05:00.000Z` -> `2025-01-15T10` (the rollup's hour). */
export function hourOf(iso: string): string {
  return iso.slice(0, 13);
}

/**
 * Records validated events inside the caller's transaction: the raw rows, the hourly and
 * daily rollups and campaign totals they add to, and the milestones they cross (each emitted
 * once). Only events actually stored (not duplicates) count.
 */
@injectable()
export class EventRecorder {
  constructor(
    @inject(EVENT_STORE) private readonly store: EventStore,
    @inject(EVENT_BUS) private readonly bus: EventBus,
    @inject(CLOCK) private readonly clock: Clock,
    @inject(ANALYTICS_SETTINGS) private readonly settings: AnalyticsSettings,
  ) {}

  /** Returns how many of `events` were stored (the others had an event_id seen before). */
  async record(trx: Transaction<AnalyticsTables>, tenant: Tenant, events: readonly MeasuredEvent[]): Promise<number> {
    if (events.length === 0) return 0;
    const now = this.clock.now().toISOString();
    const rows: NewEvent[] = events.map((event) => ({
      id: newId('aev'),
      campaign_id: event.campaign_id,
      type: event.type,
      count: event.count,
      value_micros: event.value_micros,
      language: event.language,
      channel: event.channel,
      content_id: event.content_id,
      occurred_at: event.occurred_at,
      event_id: event.event_id,
      ua_class: event.ua_class ?? null,
      referrer_host: event.referrer_host ?? null,
      received_at: now,
    }));
    const stored = await this.store.append(trx, tenant, rows);
    // Summed in place (mutable accumulators, one object per key): this loop runs once per
    // event, 1,000 times a batch, on the ingest path.
    const rollups = new Map<string, { -readonly [K in keyof NewRollup]: NewRollup[K] }>();
    const daily = new Map<string, { -readonly [K in keyof NewDaily]: NewDaily[K] }>();
    const deltas = new Map<string, { -readonly [K in keyof Totals]: Totals[K] }>();
    for (const row of rows) {
      if (!stored.has(row.id)) continue;
      const language = row.language ?? UNKNOWN;
      const channel = row.channel ?? UNKNOWN;
      const hour = hourOf(row.occurred_at);
      const tail = `|${row.type}|${language}|${channel}`;
      const revenue = row.count * row.value_micros;
      const key = `${row.campaign_id}|${hour}${tail}`;
      const current = rollups.get(key);
      if (current) {
        current.count += row.count;
        current.revenue_micros += revenue;
      } else rollups.set(key, { campaign_id: row.campaign_id, hour, type: row.type, language, channel, count: row.count, revenue_micros: revenue });
      const day = hour.slice(0, 10);
      const dayKey = `${row.campaign_id}|${day}${tail}`;
      const currentDay = daily.get(dayKey);
      if (currentDay) {
        currentDay.count += row.count;
        currentDay.revenue_micros += revenue;
      } else daily.set(dayKey, { campaign_id: row.campaign_id, day, type: row.type, language, channel, count: row.count, revenue_micros: revenue });
      let delta = deltas.get(row.campaign_id);
      if (delta === undefined) {
        delta = { impressions: 0, engagements: 0, clicks: 0, leads: 0, conversions: 0 };
        deltas.set(row.campaign_id, delta);
      }
      delta[TOTAL_OF[row.type as EventType]] += row.count;
    }
    await this.store.addRollups(trx, tenant, [...rollups.values()]);
    await this.store.addDaily(trx, tenant, [...daily.values()]);
    // One campaign at a time, in id order: the totals row is the lock that makes exactly one
    // ingester see each threshold crossed.
    for (const campaignId of [...deltas.keys()].sort()) {
      const delta = deltas.get(campaignId)!;
      const after = await this.store.addTotals(trx, tenant, { campaign_id: campaignId, ...delta });
      const before: Totals = {
        impressions: after.impressions - delta.impressions,
        engagements: after.engagements - delta.engagements,
        clicks: after.clicks - delta.clicks,
        leads: after.leads - delta.leads,
        conversions: after.conversions - delta.conversions,
      };
      for (const milestone of crossed(this.settings.milestones, campaignId, before, after, now)) {
        // The unique key is the last word: a milestone already recorded is not announced again.
        if (await this.store.reachMilestone(trx, tenant, milestone)) {
          await this.bus.emit(trx, { name: MILESTONE_REACHED, orgId: tenant.orgId, livemode: tenant.livemode, aggregateId: campaignId, payload: milestone });
        }
      }
    }
    return stored.size;
  }
}
