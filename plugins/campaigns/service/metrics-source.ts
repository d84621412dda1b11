import type { AgentMetricsSource, MeasuredAgentMetrics } from '../../agents/tokens.js';
import type { CampaignStore } from '../db/store.js';

/** Live-mode campaign counts and ratings per agent, for the agents plugin's metrics. */
export function campaignMetricsSource(store: CampaignStore): AgentMetricsSource {
  return {
    async measure(agentIds) {
      const counts = new Map<string, MeasuredAgentMetrics>();
      for (const row of await store.agentCounts(agentIds)) {
        counts.set(row.agent_id, { campaigns: row.campaigns, campaigns_completed: row.completed, ratings_count: row.ratings_count, ratings_sum: row.ratings_sum });
      }
      return counts;
    },
  };
}
