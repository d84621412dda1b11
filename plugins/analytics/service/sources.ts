import type { AgentMetricsSource, MeasuredAgentMetrics } from '../../agents/tokens.js';
import type { CampaignPerformance, CampaignPerformanceSource } from '../../campaigns/tokens.js';
import type { EventStore } from '../db/event-store.js';
import type { ReportStore } from '../db/report-store.js';
import { hourOf } from './recorder.js';

const DAY_MS = 86_400_000;

/** Each campaign's life counts for the campaigns plugin, from the totals ingest keeps. */
export function campaignPerformanceSource(store: EventStore): CampaignPerformanceSource {
  return {
    async measure(tenant, campaignIds) {
      const measured = new Map<string, CampaignPerformance>();
      for (const row of await store.totals(tenant, campaignIds)) {
        measured.set(row.campaign_id, { impressions: Number(row.impressions), engagements: Number(row.engagements), leads: Number(row.leads), conversions: Number(row.conversions) });
      }
      return measured;
    },
  };
}

/** Live-mode sums per agent across orgs, for the catalog's public figures (never rows of any org). */
export function agentMetricsSource(reports: ReportStore): AgentMetricsSource {
  return {
    async measure(agentIds, now) {
      const since = hourOf(new Date(now.getTime() - 30 * DAY_MS).toISOString());
      const { life, recent } = await reports.liveAgentCounts(agentIds, since);
      const measured = new Map<string, MeasuredAgentMetrics>();
      for (const [agentId, counts] of life) measured.set(agentId, { ...counts, impressions_30d: recent.get(agentId) ?? 0 });
      return measured;
    },
  };
}
