import type { EventDefinition } from 'influgentic';

/**
 * Events the agents plugin emits: none. Publishing is the builder's story
 * (`agent.build_complete`), and metrics arrive through AGENT_METRICS_SOURCE.
 */
export const agentEvents: Readonly<Record<string, EventDefinition>> = {};
