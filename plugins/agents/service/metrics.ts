import { metricKeys, type MetricCounts } from '../db/schema.js';

export const zeroCounts: MetricCounts = Object.freeze({
  impressions_30d: 0,
  impressions: 0,
  engagements: 0,
  campaigns: 0,
  campaigns_completed: 0,
  leads: 0,
  conversions: 0,
  ratings_count: 0,
  ratings_sum: 0,
});

/** Counts added field by field; a source may measure only some of them. */
export function addCounts(a: MetricCounts, b: Partial<MetricCounts>): MetricCounts {
  const sum = { ...a } as Record<keyof MetricCounts, number>;
  for (const key of metricKeys) {
    const value = b[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) sum[key] += value;
  }
  return sum;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** The figures the API shows, recomputed from summed counts (rates are never averaged). */
export interface AgentFigures {
  readonly reach: number;
  readonly engagement_rate: number;
  readonly total_campaigns: number;
  readonly rating: number | null;
  readonly performance: {
    readonly avg_engagement_rate: number;
    readonly total_reach: number;
    readonly campaigns_completed: number;
    readonly avg_conversion_rate: number;
  };
}

export function figuresOf(counts: MetricCounts): AgentFigures {
  const engagementRate = counts.impressions > 0 ? round(counts.engagements / counts.impressions, 4) : 0;
  return {
    reach: counts.impressions_30d,
    engagement_rate: engagementRate,
    total_campaigns: counts.campaigns,
    rating: counts.ratings_count > 0 ? round(counts.ratings_sum / counts.ratings_count, 2) : null,
    performance: {
      avg_engagement_rate: engagementRate,
      total_reach: counts.impressions,
      campaigns_completed: counts.campaigns_completed,
      avg_conversion_rate: counts.leads > 0 ? round(counts.conversions / counts.leads, 4) : 0,
    },
  };
}

/** The declared figures of a catalog entry, as the counts that reproduce them exactly. */
export interface DeclaredBaseline {
  readonly reach_30d: number;
  readonly impressions: number;
  readonly engagement_rate: number;
  readonly campaigns: number;
  readonly campaigns_completed: number;
  readonly leads: number;
  readonly conversion_rate: number;
  readonly rating: number | null;
  readonly ratings_count: number;
}

export function baselineCounts(declared: DeclaredBaseline): MetricCounts {
  return {
    impressions_30d: declared.reach_30d,
    impressions: declared.impressions,
    engagements: Math.round(declared.impressions * declared.engagement_rate),
    campaigns: declared.campaigns,
    campaigns_completed: declared.campaigns_completed,
    leads: declared.leads,
    conversions: Math.round(declared.leads * declared.conversion_rate),
    ratings_count: declared.rating === null ? 0 : declared.ratings_count,
    ratings_sum: declared.rating === null ? 0 : round(declared.rating * declared.ratings_count, 6),
  };
}
