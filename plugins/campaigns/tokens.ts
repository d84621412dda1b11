import { token } from 'influgentic';
import type { CampaignPerformanceSource } from './service/types.js';

export type { Campaign, CampaignPerformance, CampaignPerformanceSource, CampaignStatus, CampaignType, CampaignCaller } from './service/types.js';

/**
 * Extension point: each campaign's measured performance (impressions, engagements, leads,
 * conversions). The analytics plugin provides it; without one, campaigns show zeros.
 *
 * @example
 *   container.register(CAMPAIGN_PERFORMANCE_SOURCE, { useValue: { measure: async (tenant, ids) => new Map([[ids[0], { impressions: 10, engagements: 1, leads: 0, conversions: 0 }]]) } });
 */
export const CAMPAIGN_PERFORMANCE_SOURCE = token<CampaignPerformanceSource>('campaigns.performance_source');
