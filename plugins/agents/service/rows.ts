import { toJson, type Tenant } from 'influgentic';
import { metricKeys, type AgentRow, type MetricCounts } from '../db/schema.js';
import type { SearchDocument } from '../db/store.js';
import { addCounts, figuresOf } from './metrics.js';
import { searchText } from './search-text.js';
import type { AgentPersonaFields, AgentStatus, AgentTier, AgentVisibility } from './types.js';
import { languageKeys, useCaseKeys } from './use-cases.js';

/** Everything that describes an agent (one version of it), before it becomes a row. */
export interface AgentFields {
  readonly id: string;
  readonly name: string;
  readonly headline: string;
  readonly category: string;
  readonly subcategories: readonly string[];
  readonly use_cases: readonly string[];
  readonly languages: readonly string[];
  readonly tone_modes: readonly string[];
  readonly content_types: readonly string[];
  readonly persona: AgentPersonaFields;
  readonly tier: AgentTier;
  readonly status: AgentStatus;
  readonly visibility: AgentVisibility;
  readonly real_time_streaming: boolean;
  readonly base_rate_usd: number;
  readonly included_in_plans: readonly string[];
  readonly version: number;
}

/** Who lists an agent (see AgentColumns.audience). */
export function audienceOf(owner: Tenant | null, visibility: AgentVisibility, status: AgentStatus): string | null {
  if (status === 'retired') return null;
  if (owner === null) return '*';
  const mode = owner.livemode ? 'live' : 'test';
  return visibility === 'marketplace' ? `*:${mode}` : `${owner.orgId}:${mode}`;
}

/** The audiences a caller may list. */
export function audiencesFor(tenant: Tenant): string[] {
  const mode = tenant.livemode ? 'live' : 'test';
  return ['*', `*:${mode}`, `${tenant.orgId}:${mode}`];
}

export function searchDocumentOf(fields: AgentFields): SearchDocument {
  const { persona } = fields;
  return {
    name: searchText(fields.name),
    headline: searchText(fields.headline, fields.category),
    tags: searchText(fields.subcategories, fields.use_cases, persona.topics, persona.expertise_domains),
    persona: searchText(persona.bio, persona.adjectives, persona.target_audience),
  };
}

/** The stored figures lists sort by, from the two sets of counts. */
export function derivedColumns(base: MetricCounts, measured: MetricCounts) {
  const figures = figuresOf(addCounts(base, measured));
  return {
    reach: figures.reach,
    engagement_rate: figures.engagement_rate,
    total_campaigns: figures.total_campaigns,
    rating: figures.rating,
    rating_sort: figures.rating ?? 0,
  };
}

export function prefixedCounts<P extends 'base_' | 'm_'>(prefix: P, counts: MetricCounts): { [K in keyof MetricCounts as `${P}${K}`]: number } {
  return Object.fromEntries(metricKeys.map((key) => [`${prefix}${key}`, counts[key]])) as { [K in keyof MetricCounts as `${P}${K}`]: number };
}

export function countsOf(row: AgentRow, prefix: 'base_' | 'm_'): MetricCounts {
  return Object.fromEntries(metricKeys.map((key) => [key, Number(row[`${prefix}${key}`])])) as unknown as MetricCounts;
}

/** The describing columns of a row (not its metrics, owner, search row or times). */
export function describingColumns(fields: AgentFields, owner: Tenant | null) {
  return {
    audience: audienceOf(owner, fields.visibility, fields.status),
    name: fields.name,
    headline: fields.headline,
    category: fields.category,
    subcategories: toJson(fields.subcategories),
    use_cases: toJson(fields.use_cases),
    languages: toJson(fields.languages),
    tone_modes: toJson(fields.tone_modes),
    content_types: toJson(fields.content_types),
    use_case_keys: useCaseKeys(fields.use_cases),
    language_keys: languageKeys(fields.languages),
    persona: toJson(fields.persona),
    tier: fields.tier,
    status: fields.status,
    visibility: fields.visibility,
    real_time_streaming: fields.real_time_streaming ? 1 : 0,
    pricing_model: 'per_campaign',
    base_rate_micros: Math.round(fields.base_rate_usd * 1_000_000),
    included_in_plans: toJson(fields.included_in_plans),
    version: fields.version,
  };
}

/** A whole new row. */
export function newRow(fields: AgentFields, owner: Tenant | null, base: MetricCounts, measured: MetricCounts, searchRowid: number, createdAt: string, now: string): AgentRow {
  return {
    id: fields.id,
    org_id: owner?.orgId ?? null,
    livemode: owner === null ? null : owner.livemode ? 1 : 0,
    custom: owner === null ? 0 : 1,
    ...describingColumns(fields, owner),
    search_rowid: searchRowid,
    measured_at: null,
    ...prefixedCounts('base_', base),
    ...prefixedCounts('m_', measured),
    ...derivedColumns(base, measured),
    created_at: createdAt,
    updated_at: now,
    revision: 0,
  };
}
