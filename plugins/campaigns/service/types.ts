import type { ComplianceMode, ContentType, Tenant } from 'influgentic';

export type CampaignStatus = 'scheduled' | 'active' | 'paused_budget' | 'completed' | 'cancelled';
export type CampaignType = ContentType | 'review' | 'brand_launch' | 'lead_gen';

export interface Warning {
  readonly code: string;
  readonly message: string;
}

export interface CampaignProduct {
  readonly name: string;
  readonly description?: string;
  readonly key_features?: readonly string[];
  readonly target_audience?: string;
}

export interface CampaignConfig {
  readonly tone: string;
  readonly languages: readonly string[];
  readonly output_formats: readonly string[];
  readonly compliance_mode: ComplianceMode;
  readonly duration_days: number;
}

export type CampaignConfigInput = Partial<CampaignConfig>;

/** Measured counts over a campaign's life (CampaignPerformance in openapi.yaml). */
export interface CampaignPerformance {
  readonly impressions: number;
  readonly engagements: number;
  readonly leads: number;
  readonly conversions: number;
}

/**
 * Where campaign performance comes from: analytics provides it; without one, zeros.
 *
 * @example
 *   container.register(CAMPAIGN_PERFORMANCE_SOURCE, { useValue: { measure: async (tenant, ids) => new Map(...) } });
 */
export interface CampaignPerformanceSource {
  /** Counts per campaign id of the tenant; campaigns left out count zero. */
  measure(tenant: Tenant, campaignIds: readonly string[]): Promise<ReadonlyMap<string, CampaignPerformance>>;
}

/** A campaign as the API returns it (Campaign in openapi.yaml). */
export interface Campaign {
  readonly id: string;
  readonly agent_id: string;
  readonly type: CampaignType;
  readonly content_type: ContentType;
  readonly name: string;
  readonly status: CampaignStatus;
  readonly product: CampaignProduct;
  readonly config: CampaignConfig;
  readonly budget_usd: number;
  readonly spent_usd: number;
  readonly remaining_budget_usd: number;
  readonly starts_at: string;
  readonly ends_at: string;
  readonly cancelled_at: string | null;
  readonly completed_at: string | null;
  readonly performance: CampaignPerformance;
  readonly rating: number | null;
  readonly warnings: readonly Warning[];
  readonly created_at: string;
  readonly updated_at: string;
}

export interface CreateCampaignInput {
  readonly agent_id: string;
  readonly type: CampaignType;
  readonly name: string;
  readonly product: CampaignProduct;
  readonly config?: CampaignConfigInput;
  readonly budget_usd: number;
  readonly starts_at?: string;
}

export interface UpdateCampaignInput {
  readonly name?: string;
  readonly budget_usd?: number;
  readonly config?: CampaignConfigInput;
}

export interface CampaignFilter {
  readonly status?: CampaignStatus;
  readonly agent_id?: string;
  readonly type?: CampaignType;
  readonly limit: number;
  readonly cursor?: string;
}

export interface CampaignPage {
  readonly data: readonly Campaign[];
  readonly meta: { readonly total: number; readonly limit: number; readonly next_cursor: string | null };
}

export interface CampaignRating {
  readonly campaign_id: string;
  readonly agent_id: string;
  readonly rating: number;
  readonly comment: string | null;
  readonly created_at: string;
}

/** Who asks: a tenant, and the `X-Influgentic-Agent` narrowing when there is one (a Principal fits). */
export type CampaignCaller = Tenant & { readonly agentId?: string | undefined };

export interface UsageTotals {
  readonly spent_usd: number;
  readonly tokens: number;
  readonly generations: number;
}

export interface Usage {
  readonly period: { readonly start: string; readonly end: string };
  readonly mode: 'live' | 'test';
  readonly totals: UsageTotals;
  readonly by_campaign: readonly ({ readonly campaign_id: string; readonly name: string } & UsageTotals)[];
  readonly by_day: readonly ({ readonly date: string } & UsageTotals)[];
}
