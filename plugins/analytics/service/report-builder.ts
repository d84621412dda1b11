import type { RollupGroup } from '../db/report-store.js';
import type { BreakdownEntry, Period, Report, TimeseriesPoint } from './types.js';

/** Rates and the ROI are rounded to 4 decimals; a rate over a zero denominator is 0. */
export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function usd(micros: number): number {
  return micros / 1e6;
}

const FIELD = { impression: 'impressions', engagement: 'engagements', click: 'clicks', lead: 'leads', conversion: 'conversions' } as const;

type Counts = { impressions: number; engagements: number; clicks: number; leads: number; conversions: number; revenue_micros: number };

function zero(): Counts {
  return { impressions: 0, engagements: 0, clicks: 0, leads: 0, conversions: 0, revenue_micros: 0 };
}

function add(counts: Counts, group: RollupGroup): void {
  const field = FIELD[group.type as keyof typeof FIELD];
  if (field === undefined) return;
  counts[field] += group.count;
  counts.revenue_micros += group.revenue_micros;
}

function entry(counts: Counts): BreakdownEntry {
  return { impressions: counts.impressions, leads: counts.leads, engagements: counts.engagements, clicks: counts.clicks, conversions: counts.conversions, estimated_revenue_usd: usd(counts.revenue_micros) };
}

function breakdown(groups: readonly RollupGroup[]): Record<string, BreakdownEntry> {
  const by = new Map<string, Counts>();
  for (const group of groups) {
    const counts = by.get(group.key) ?? zero();
    add(counts, group);
    by.set(group.key, counts);
  }
  return Object.fromEntries([...by.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, counts]) => [name, entry(counts)]));
}

/** The period's counts by type and each dimension (every event counts once in each list). */
export interface GroupedCounts {
  readonly language: readonly RollupGroup[];
  readonly channel: readonly RollupGroup[];
  readonly day: readonly RollupGroup[];
  readonly campaign: readonly RollupGroup[];
}

/** The report's numbers from the period's grouped rollups and the period's spend. */
export function buildReport(period: Period, days: readonly string[], groups: GroupedCounts, spentMicros: number): Report {
  const total = zero();
  for (const group of groups.day) add(total, group);
  const byDay = new Map<string, Counts>(days.map((day) => [day, zero()]));
  for (const group of groups.day) {
    const counts = byDay.get(group.key);
    if (counts !== undefined) add(counts, group);
  }
  const revenue = usd(total.revenue_micros);
  const spent = usd(spentMicros);
  const timeseries: TimeseriesPoint[] = days.map((date) => {
    const counts = byDay.get(date)!;
    return { date, impressions: counts.impressions, engagements: counts.engagements, clicks: counts.clicks, leads: counts.leads, conversions: counts.conversions, estimated_revenue_usd: usd(counts.revenue_micros) };
  });
  return {
    period,
    summary: {
      total_impressions: total.impressions,
      total_engagements: total.engagements,
      engagement_rate: total.impressions === 0 ? 0 : round4(total.engagements / total.impressions),
      total_clicks: total.clicks,
      leads_generated: total.leads,
      conversions: total.conversions,
      conversion_rate: total.leads === 0 ? 0 : round4(total.conversions / total.leads),
      estimated_revenue_usd: revenue,
      spent_usd: spent,
      roi_multiplier: spentMicros === 0 ? null : round4(revenue / spent),
    },
    breakdown_by_language: breakdown(groups.language),
    breakdown_by_channel: breakdown(groups.channel),
    breakdown_by_campaign: breakdown(groups.campaign),
    timeseries,
  };
}
