/** One measured event as received: append-only (retention purges it; nothing updates it). */
export interface EventRow {
  readonly id: string;
  readonly org_id: string;
  readonly livemode: number;
  readonly campaign_id: string;
  readonly type: string;
  readonly count: number;
  /** Per counted event, on conversions; 0 otherwise. */
  readonly value_micros: number;
  readonly language: string | null;
  readonly channel: string | null;
  readonly content_id: string | null;
  readonly occurred_at: string;
  /** The client's id; unique per org (the dedupe key). */
  readonly event_id: string | null;
  /** Clicks through a tracking link: a coarse user-agent class and the referrer's host. */
  readonly ua_class: string | null;
  readonly referrer_host: string | null;
  readonly received_at: string;
}

/** Counts per campaign, UTC hour (`2025-01-15T10`), type, language and channel (`unknown` when absent). */
export interface RollupRow {
  readonly org_id: string;
  readonly livemode: number;
  readonly campaign_id: string;
  readonly hour: string;
  readonly type: string;
  readonly language: string;
  readonly channel: string;
  readonly count: number;
  readonly revenue_micros: number;
}

/** The same counts per UTC day (`2025-01-15`): what reports read, so a report's cost is its days, not its hours. */
export interface DailyRow {
  readonly org_id: string;
  readonly livemode: number;
  readonly campaign_id: string;
  readonly day: string;
  readonly type: string;
  readonly language: string;
  readonly channel: string;
  readonly count: number;
  readonly revenue_micros: number;
}

/** Life totals per campaign: the row ingesters lock, so each milestone is crossed by exactly one. */
export interface TotalsRow {
  readonly org_id: string;
  readonly livemode: number;
  readonly campaign_id: string;
  readonly impressions: number;
  readonly engagements: number;
  readonly clicks: number;
  readonly leads: number;
  readonly conversions: number;
}

export interface MilestoneRow {
  readonly org_id: string;
  readonly livemode: number;
  readonly campaign_id: string;
  readonly milestone: string;
  readonly metric: string;
  readonly threshold: number;
  readonly value: number;
  readonly reached_at: string;
}

export interface LeadRow {
  readonly id: string;
  readonly org_id: string;
  readonly livemode: number;
  readonly campaign_id: string;
  readonly email: string;
  readonly name: string | null;
  readonly consent: number;
  readonly attributes: string;
  readonly language: string | null;
  readonly channel: string | null;
  readonly content_id: string | null;
  readonly created_at: string;
}

export interface LinkRow {
  readonly id: string;
  readonly org_id: string;
  readonly livemode: number;
  readonly campaign_id: string;
  readonly code: string;
  readonly url: string;
  readonly channel: string | null;
  readonly language: string | null;
  readonly content_id: string | null;
  readonly created_at: string;
}

/** The campaigns plugin's tables, read only (see db/campaign-lookup.ts for why). */
export interface CampaignReadRow {
  readonly id: string;
  readonly org_id: string;
  readonly livemode: number;
  readonly agent_id: string;
  readonly starts_at: string;
  readonly ends_at: string;
}
export interface LedgerReadRow {
  readonly org_id: string;
  readonly livemode: number;
  readonly campaign_id: string;
  readonly amount_micros: number;
  readonly at: string;
}

export interface AnalyticsTables {
  readonly analytics_events: EventRow;
  readonly analytics_rollups: RollupRow;
  readonly analytics_daily: DailyRow;
  readonly analytics_totals: TotalsRow;
  readonly analytics_milestones: MilestoneRow;
  readonly analytics_leads: LeadRow;
  readonly analytics_links: LinkRow;
  readonly campaigns_campaigns: CampaignReadRow;
  readonly campaigns_ledger: LedgerReadRow;
}
