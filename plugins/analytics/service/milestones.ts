import type { AnalyticsConfig } from '../config.js';
import type { Totals } from '../db/event-store.js';
import type { Milestone } from './types.js';

type Metric = Milestone['metric'];

/** A milestone's public name: `impressions_1000`, `leads_10`, `first_conversion`. */
export function milestoneName(metric: Metric, threshold: number): string {
  return metric === 'conversions' && threshold === 1 ? 'first_conversion' : `${metric}_${threshold}`;
}

/** The milestones a change from `before` to `after` crossed (each threshold at most once, as the totals only grow). */
export function crossed(config: AnalyticsConfig['milestones'], campaignId: string, before: Totals, after: Totals, reachedAt: string): Milestone[] {
  const reached: Milestone[] = [];
  for (const metric of ['impressions', 'leads', 'conversions'] as const) {
    for (const threshold of config[metric]) {
      if (before[metric] < threshold && after[metric] >= threshold) {
        reached.push({ campaign_id: campaignId, milestone: milestoneName(metric, threshold), metric, threshold, value: after[metric], reached_at: reachedAt });
      }
    }
  }
  return reached;
}
