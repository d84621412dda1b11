import { token } from 'influgentic';
import type { CampaignsConfig } from '../config.js';
import type { CampaignStore } from '../db/store.js';
import type { CampaignBilling } from './billing.js';
import type { CampaignService } from './campaign-service.js';
import type { CampaignLifecycle } from './lifecycle.js';
import type { CampaignPerformanceSource } from './types.js';
import type { UsageReport } from './usage.js';

export const CAMPAIGNS_SETTINGS = token<CampaignsConfig>('campaigns.settings');
export const CAMPAIGN_STORE = token<CampaignStore>('campaigns.store');
/** The registered performance source, looked up when used (analytics registers after this plugin), or none. */
export const PERFORMANCE_SOURCE = token<() => CampaignPerformanceSource | undefined>('campaigns.performance_lookup');

export const CAMPAIGN_SERVICE = token<CampaignService>('campaigns.service');
export const CAMPAIGN_BILLING = token<CampaignBilling>('campaigns.billing');
export const CAMPAIGN_LIFECYCLE = token<CampaignLifecycle>('campaigns.lifecycle');
export const USAGE_REPORT = token<UsageReport>('campaigns.usage');
