import type { LlmPersona, Plan, Tenant } from 'influgentic';
import type { MetricCounts } from '../db/schema.js';

export type AgentVisibility = 'private' | 'public' | 'marketplace';
export type AgentStatus = 'available' | 'unavailable' | 'retired';
export type AgentTier = 'flagship' | 'premium' | 'standard' | 'custom';

/** The structured persona generation uses (AgentPersona in openapi.yaml). */
export interface AgentPersonaFields {
  readonly bio: string;
  readonly topics: readonly string[];
  readonly adjectives: readonly string[];
  readonly style_rules: readonly string[];
  readonly example_posts: readonly string[];
  readonly expertise_domains: readonly string[];
  readonly target_audience: string | null;
}

/** The persona with the agent's identity, as generation takes it (core/llm's LlmPersona). */
export type AgentLlmPersona = LlmPersona;

/** An agent as other plugins use it (campaigns, content, builder). */
export interface UsableAgent {
  readonly id: string;
  readonly name: string;
  readonly headline: string;
  readonly category: string;
  /** `retired`: callers refuse new work with 409 agent_retired; existing campaigns keep using it. */
  readonly status: AgentStatus;
  readonly custom: boolean;
  /** Whether the asking org built it. */
  readonly owned: boolean;
  readonly visibility: AgentVisibility;
  readonly tier: AgentTier;
  /** The serving version (1 for built-in agents). */
  readonly version: number;
  readonly subcategories: readonly string[];
  readonly use_cases: readonly string[];
  readonly languages: readonly string[];
  readonly tone_modes: readonly string[];
  readonly content_types: readonly string[];
  readonly pricing: { readonly model: 'per_campaign'; readonly base_rate_usd: number; readonly included_in_plans: readonly Plan[] };
  readonly persona: AgentLlmPersona;
  readonly created_at: string;
}

/** What the builder publishes for a custom agent. */
export interface PublishAgentInput {
  /** The id the builder handed out (`agent_<slug>_<random>`); generated from the name when absent. */
  readonly id?: string;
  readonly name: string;
  readonly headline: string;
  readonly category: string;
  readonly subcategories?: readonly string[];
  readonly use_cases?: readonly string[];
  readonly languages: readonly string[];
  readonly tone_modes?: readonly string[];
  readonly content_types?: readonly string[];
  readonly persona: AgentPersonaFields;
  readonly visibility: AgentVisibility;
  /** Price of one campaign (the builder's configured rate for custom agents); default 0. */
  readonly base_rate_usd?: number;
  readonly included_in_plans?: readonly Plan[];
  /** Version number of this publication; default 1. */
  readonly version?: number;
}

/** A new version of a published agent: every field replaces the serving version's. */
export type PublishVersionInput = Omit<PublishAgentInput, 'id' | 'visibility'> & {
  /** Default: the serving version + 1. Must be greater than the serving version. */
  readonly version?: number;
  readonly visibility?: AgentVisibility;
};

/** A published version, as kept in the history. */
export interface AgentVersion {
  readonly version: number;
  readonly published_at: string;
  readonly snapshot: PublishVersionInput;
}

/**
 * The registry other plugins use: the only writer of the agents tables.
 *
 * @example
 *   const agent = await call.resolve(AGENT_REGISTRY).findUsable(call.principal, 'agent_velo_automotive');
 *   if (!agent) throw agentErrors.AGENT_NOT_FOUND('...');
 *   if (agent.status === 'retired') throw ... // 409 agent_retired for new work
 */
export interface AgentRegistry {
  /**
   * The agent an org may use: built-in, its own custom agent (any visibility), or another
   * org's `public`/`marketplace` one of the same mode; retired ones resolve too (status
   * says so). Null otherwise.
   */
  findUsable(tenant: Tenant, agentId: string): Promise<UsableAgent | null>;
  /** Publishes a custom agent of the tenant (status `available`, its version serving). */
  publish(tenant: Tenant, input: PublishAgentInput): Promise<UsableAgent>;
  /**
   * Makes a new version the serving one, atomically: until this call the previous version
   * keeps serving, so the builder calls it when the new version is ready.
   */
  publishVersion(tenant: Tenant, agentId: string, input: PublishVersionInput): Promise<UsableAgent>;
  /** Changes who sees the agent, at once, without a new version. */
  setVisibility(tenant: Tenant, agentId: string, visibility: AgentVisibility): Promise<UsableAgent>;
  /** Gone from lists and search; still resolves by id. Retiring twice returns it unchanged. */
  retire(tenant: Tenant, agentId: string): Promise<UsableAgent>;
  /** The published versions of one of the tenant's agents, oldest first. */
  versions(tenant: Tenant, agentId: string): Promise<readonly AgentVersion[]>;
  /**
   * Pulls measured counts from the metrics sources into the stored figures lists sort by
   * (all agents when no ids are given). Runs every minute (`agents.refresh_metrics`);
   * a source may call it after a change it wants listed sooner.
   */
  refreshMetrics(agentIds?: readonly string[]): Promise<void>;
}

/** Live-mode counts a later plugin measured for one agent; any field may be left out. */
export type MeasuredAgentMetrics = Partial<MetricCounts>;

/**
 * Where measured metrics come from (campaigns and analytics provide it; optional). Several
 * sources may be registered: their counts add up. `impressions_30d` is for the 30 days
 * before `now`.
 *
 * @example
 *   container.register(AGENT_METRICS_SOURCE, { useValue: { measure: async (ids, now) => new Map(...) } });
 */
export interface AgentMetricsSource {
  /** Counts per agent id; for `'all'`, every agent with any measurement (others may be left out). */
  measure(agentIds: readonly string[] | 'all', now: Date): Promise<ReadonlyMap<string, MeasuredAgentMetrics>>;
}
