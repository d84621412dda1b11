/** The agents plugin's tables (kysely types). Nothing but this plugin writes them. */
export interface AgentsTables {
  readonly agents_agents: AgentRow;
  readonly agents_versions: AgentVersionRow;
  readonly agents_assets: AssetRow;
}

/** The counts behind every metric: baseline (catalog) and measured (live mode) share this shape. */
export interface MetricCounts {
  /** Impressions over the last 30 days. */
  readonly impressions_30d: number;
  readonly impressions: number;
  readonly engagements: number;
  readonly campaigns: number;
  readonly campaigns_completed: number;
  readonly leads: number;
  readonly conversions: number;
  readonly ratings_count: number;
  readonly ratings_sum: number;
}

export const metricKeys = [
  'impressions_30d',
  'impressions',
  'engagements',
  'campaigns',
  'campaigns_completed',
  'leads',
  'conversions',
  'ratings_count',
  'ratings_sum',
] as const satisfies readonly (keyof MetricCounts)[];

type Prefixed<P extends string> = { readonly [K in keyof MetricCounts as `${P}${K}`]: number };

/** One agent as served: built-in (org_id null) or custom (its org and mode). */
export type AgentRow = AgentColumns & Prefixed<'base_'> & Prefixed<'m_'>;

export interface AgentColumns {
  readonly id: string;
  /** Null for built-in catalog agents; the owner for custom ones. */
  readonly org_id: string | null;
  /** Null for built-in agents (seen in both modes); 0/1 for custom ones. */
  readonly livemode: number | null;
  readonly custom: number;
  /**
   * Who lists it: `*` (built-in), `*:live` / `*:test` (marketplace custom agents of that
   * mode), `<org_id>:live` / `<org_id>:test` (private and public ones), null when retired.
   * One indexed column makes the visibility rule a single `IN` instead of an OR of three.
   */
  readonly audience: string | null;
  readonly name: string;
  readonly headline: string;
  readonly category: string;
  /** JSON arrays. */
  readonly subcategories: string;
  readonly use_cases: string;
  readonly languages: string;
  readonly tone_modes: string;
  readonly content_types: string;
  /** `|review|product_review|...|`: the use cases with their synonyms, for filtering. */
  readonly use_case_keys: string;
  /** `|en|de|`: the language codes, for filtering. */
  readonly language_keys: string;
  /** JSON of the persona (bio, topics, adjectives, style_rules, example_posts, expertise_domains, target_audience). */
  readonly persona: string;
  readonly tier: string;
  readonly status: string;
  readonly visibility: string;
  readonly real_time_streaming: number;
  readonly pricing_model: string;
  readonly base_rate_micros: number;
  /** JSON array of plans. */
  readonly included_in_plans: string;
  /** The serving version (built-in agents: 1; custom: bumped by publishVersion). */
  readonly version: number;
  /** The row of the full-text index (SQLite FTS5 rowid); unique, never reused. */
  readonly search_rowid: number;
  readonly measured_at: string | null;
  /** Derived from baseline + measured counts when either changes, so lists sort in SQL. */
  readonly reach: number;
  readonly engagement_rate: number;
  readonly total_campaigns: number;
  readonly rating: number | null;
  /** `rating`, or 0 without one: a NOT NULL sort key keeps keyset cursors simple on both backends. */
  readonly rating_sort: number;
  readonly created_at: string;
  readonly updated_at: string;
  /**
   * Bumped by the database (a trigger) whenever a column findUsable reads changes, whoever
   * made the change: the registry's cache of parsed agents is good for as long as the
   * revision it read is current (service/usable-cache.ts).
   */
  readonly revision: number;
}

/** Every published version of a custom agent, as published (JSON), for history and rollback. */
export interface AgentVersionRow {
  readonly agent_id: string;
  readonly version: number;
  readonly org_id: string;
  readonly livemode: number;
  readonly snapshot: string;
  readonly created_at: string;
}

export interface AssetRow {
  readonly agent_id: string;
  readonly name: string;
  /** Null for assets of built-in agents. */
  readonly org_id: string | null;
  readonly livemode: number | null;
  readonly content_type: string;
  readonly size_bytes: number;
  readonly etag: string;
  readonly created_at: string;
  readonly updated_at: string;
}
