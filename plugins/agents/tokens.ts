import { token } from 'influgentic';
import type { AgentMetricsSource, AgentRegistry } from './service/types.js';

export type {
  AgentRegistry,
  AgentMetricsSource,
  MeasuredAgentMetrics,
  UsableAgent,
  AgentLlmPersona,
  AgentPersonaFields,
  PublishAgentInput,
  PublishVersionInput,
  AgentVersion,
  AgentVisibility,
  AgentStatus,
} from './service/types.js';

/**
 * The agent registry: find an agent an org may use (with its persona, for generation),
 * publish custom agents and their versions, retire them.
 *
 * @example
 *   constructor(@inject(AGENT_REGISTRY) private readonly agents: AgentRegistry) {}
 *   const agent = await this.agents.findUsable(principal, campaign.agent_id);
 */
export const AGENT_REGISTRY = token<AgentRegistry>('agents.registry');

/**
 * Extension point: measured live-mode counts per agent, added to the catalog's baseline.
 * Optional and repeatable: later plugins (campaigns, analytics) register one each; with none,
 * the baseline alone shows.
 *
 * @example
 *   container.register(AGENT_METRICS_SOURCE, { useValue: myMetricsSource });
 */
export const AGENT_METRICS_SOURCE = token<AgentMetricsSource>('agents.metrics_source');
