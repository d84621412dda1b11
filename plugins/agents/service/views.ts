import { fromJson, type Plan, type Tenant } from 'influgentic';
import type { AgentRow } from '../db/schema.js';
import type { AgentListRow } from '../db/store.js';
import type { AgentFigures } from './metrics.js';
import type { AgentPersonaFields, AgentStatus, AgentTier, AgentVisibility, UsableAgent } from './types.js';

/** Whether the tenant may read this agent by id (lists are narrower: see audiencesFor). */
export function readableBy(row: Pick<AgentRow, 'custom' | 'org_id' | 'livemode' | 'visibility'>, tenant: Tenant): boolean {
  if (row.custom === 0) return true;
  if (row.livemode !== (tenant.livemode ? 1 : 0)) return false;
  return row.org_id === tenant.orgId || row.visibility !== 'private';
}

export function ownedBy(row: Pick<AgentRow, 'custom' | 'org_id' | 'livemode'>, tenant: Tenant): boolean {
  return row.custom === 1 && row.org_id === tenant.orgId && row.livemode === (tenant.livemode ? 1 : 0);
}

export function avatarUrl(baseUrl: string, row: Pick<AgentRow, 'id' | 'custom'>): string | null {
  return row.custom === 0 ? `${baseUrl}/cdn/agents/${row.id}/assets/avatar.svg` : null;
}

/** An agent as listed (the `Agent` schema). */
export function agentView(row: AgentListRow | AgentRow, tenant: Tenant, baseUrl: string) {
  return {
    id: row.id,
    name: row.name,
    headline: row.headline,
    category: row.category,
    subcategories: fromJson<string[]>(row.subcategories),
    use_cases: fromJson<string[]>(row.use_cases),
    languages: fromJson<string[]>(row.languages),
    reach: Number(row.reach),
    engagement_rate: Number(row.engagement_rate),
    total_campaigns: Number(row.total_campaigns),
    rating: row.rating === null ? null : Number(row.rating),
    tier: row.tier as AgentTier,
    status: row.status as AgentStatus,
    visibility: row.visibility as AgentVisibility,
    custom: row.custom === 1,
    owned: ownedBy(row, tenant),
    avatar_url: avatarUrl(baseUrl, row),
    created_at: row.created_at,
  };
}

/** The detail view (`AgentDetail`), with figures computed from fresh counts. */
export function agentDetailView(row: AgentRow, figures: AgentFigures, tenant: Tenant, baseUrl: string) {
  const languages = fromJson<string[]>(row.languages);
  return {
    ...agentView(row, tenant, baseUrl),
    reach: figures.reach,
    engagement_rate: figures.engagement_rate,
    total_campaigns: figures.total_campaigns,
    rating: figures.rating,
    capabilities: {
      content_types: fromJson<string[]>(row.content_types),
      languages: languages.length,
      tone_modes: fromJson<string[]>(row.tone_modes),
      real_time_streaming: row.real_time_streaming === 1,
    },
    performance: figures.performance,
    pricing: pricingOf(row),
    persona: fromJson<AgentPersonaFields>(row.persona),
  };
}

function pricingOf(row: Pick<AgentRow, 'base_rate_micros' | 'included_in_plans'>) {
  return {
    model: 'per_campaign' as const,
    base_rate_usd: Number(row.base_rate_micros) / 1_000_000,
    included_in_plans: fromJson<Plan[]>(row.included_in_plans),
  };
}

/**
 * The columns usableView reads, no others (its parameter's type holds it to them). A change
 * to any of them bumps the row's revision, which findUsable's cache checks (a trigger from
 * the 2026_12_07_001 migration): a view that reads a new column needs the column here and a
 * migration that adds it to the trigger (test/agents-usable-cache.test.ts changes each of
 * these columns and fails for one the trigger misses).
 */
export const usableColumns = [
  'name', 'headline', 'category', 'status', 'custom', 'org_id', 'livemode', 'visibility', 'tier', 'version',
  'subcategories', 'use_cases', 'languages', 'tone_modes', 'content_types', 'persona', 'base_rate_micros', 'included_in_plans', 'created_at',
] as const satisfies readonly (keyof AgentRow)[];

/** What usableView reads: the id and usableColumns. */
export type UsableRow = Pick<AgentRow, 'id' | (typeof usableColumns)[number]>;

/**
 * An agent as other plugins use it, with the persona in LlmPersona's shape. `tenant` null:
 * the view with `owned: false`, as every tenant but the owner sees it.
 */
export function usableView(row: UsableRow, tenant: Tenant | null): UsableAgent {
  const persona = fromJson<AgentPersonaFields>(row.persona);
  const languages = fromJson<string[]>(row.languages);
  const toneModes = fromJson<string[]>(row.tone_modes);
  return {
    id: row.id,
    name: row.name,
    headline: row.headline,
    category: row.category,
    status: row.status as AgentStatus,
    custom: row.custom === 1,
    owned: tenant !== null && ownedBy(row, tenant),
    visibility: row.visibility as AgentVisibility,
    tier: row.tier as AgentTier,
    version: Number(row.version),
    subcategories: fromJson<string[]>(row.subcategories),
    use_cases: fromJson<string[]>(row.use_cases),
    languages,
    tone_modes: toneModes,
    content_types: fromJson<string[]>(row.content_types),
    pricing: pricingOf(row),
    persona: {
      name: row.name,
      headline: row.headline,
      category: row.category,
      bio: persona.bio,
      topics: persona.topics,
      adjectives: persona.adjectives,
      style_rules: persona.style_rules,
      example_posts: persona.example_posts,
      expertise_domains: persona.expertise_domains,
      target_audience: persona.target_audience,
      tone_modes: toneModes,
      languages,
    },
    created_at: row.created_at,
  };
}
