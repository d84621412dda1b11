export const EVENT_TYPES = ['impression', 'engagement', 'click', 'lead', 'conversion'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** One event after validation, ready to record. */
export interface MeasuredEvent {
  readonly type: EventType;
  readonly campaign_id: string;
  readonly count: number;
  /** Per counted event (conversions); 0 otherwise. */
  readonly value_micros: number;
  readonly language: string | null;
  readonly channel: string | null;
  readonly content_id: string | null;
  readonly occurred_at: string;
  readonly event_id: string | null;
  readonly ua_class?: string | null;
  readonly referrer_host?: string | null;
}

export interface RejectedEvent {
  readonly index: number;
  readonly code: 'invalid_event' | 'campaign_not_found' | 'content_not_found' | 'occurred_at_in_future' | 'occurred_at_too_old';
  readonly message: string;
}

export interface IngestResult {
  readonly accepted: number;
  readonly duplicates: number;
  readonly rejected: readonly RejectedEvent[];
}

export interface Period {
  readonly start: string;
  readonly end: string;
}

export interface BreakdownEntry {
  impressions: number;
  leads: number;
  engagements: number;
  clicks: number;
  conversions: number;
  estimated_revenue_usd: number;
}

export interface TimeseriesPoint {
  readonly date: string;
  impressions: number;
  engagements: number;
  clicks: number;
  leads: number;
  conversions: number;
  estimated_revenue_usd: number;
}

export interface AnalyticsSummary {
  readonly total_impressions: number;
  readonly total_engagements: number;
  readonly engagement_rate: number;
  readonly total_clicks: number;
  readonly leads_generated: number;
  readonly conversions: number;
  readonly conversion_rate: number;
  readonly estimated_revenue_usd: number;
  readonly spent_usd: number;
  readonly roi_multiplier: number | null;
}

export interface Report {
  readonly period: Period;
  readonly summary: AnalyticsSummary;
  readonly breakdown_by_language: Record<string, BreakdownEntry>;
  readonly breakdown_by_channel: Record<string, BreakdownEntry>;
  readonly breakdown_by_campaign: Record<string, BreakdownEntry>;
  readonly timeseries: readonly TimeseriesPoint[];
}

export interface Lead {
  readonly id: string;
  readonly campaign_id: string;
  readonly email: string;
  readonly name: string | null;
  readonly consent: boolean;
  readonly attributes: Readonly<Record<string, string | number | boolean | null>>;
  readonly language: string | null;
  readonly channel: string | null;
  readonly content_id: string | null;
  readonly created_at: string;
}

export interface Milestone {
  readonly campaign_id: string;
  readonly milestone: string;
  readonly metric: 'impressions' | 'leads' | 'conversions';
  readonly threshold: number;
  readonly value: number;
  readonly reached_at: string;
}
