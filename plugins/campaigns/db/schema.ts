/** One campaign: filter columns, money in integer micro-dollars, the rest as JSON. */
export interface CampaignRow {
  readonly id: string;
  readonly org_id: string;
  readonly livemode: number;
  readonly agent_id: string;
  readonly type: string;
  readonly content_type: string;
  readonly name: string;
  readonly status: string;
  readonly product: string;
  readonly config: string;
  readonly warnings: string;
  readonly budget_micros: number;
  /** The agent's per-campaign price when the campaign was created (a later price change does not move it). */
  readonly base_rate_micros: number;
  readonly starts_at: string;
  readonly ends_at: string;
  readonly cancelled_at: string | null;
  readonly completed_at: string | null;
  readonly rating: number | null;
  readonly rating_comment: string | null;
  readonly rated_at: string | null;
  readonly created_at: string;
  readonly updated_at: string;
}

/** One immutable charge. `reference` is unique per campaign (`accrual:<day>`, `content:<id>`). */
export interface LedgerRow {
  readonly id: string;
  readonly org_id: string;
  readonly livemode: number;
  readonly campaign_id: string;
  readonly kind: string;
  readonly amount_micros: number;
  readonly reference: string;
  /** The time the charge is for (the accrual day's start, the generation's time). */
  readonly at: string;
  readonly created_at: string;
}

/** One stored generation of the organization (from agent.content_generated), for usage. */
export interface GenerationRow {
  readonly content_id: string;
  readonly org_id: string;
  readonly livemode: number;
  readonly agent_id: string;
  readonly campaign_id: string | null;
  readonly tokens: number;
  readonly provider: string;
  readonly created_at: string;
}

export interface CampaignTables {
  readonly campaigns_campaigns: CampaignRow;
  readonly campaigns_ledger: LedgerRow;
  readonly campaigns_generations: GenerationRow;
}
