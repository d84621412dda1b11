import { definePlugin, type PluginContext } from 'influgentic';
import { AGENT_METRICS_SOURCE } from '../agents/tokens.js';
import { campaignsConfig, type CampaignsConfig } from './config.js';
import { campaignsMigrations } from './db/migrations.js';
import type { CampaignTables } from './db/schema.js';
import { CampaignStore } from './db/store.js';
import { campaignErrors } from './errors.js';
import { campaignEvents } from './events.js';
import { accrualSchedule, lifecycleSchedule } from './jobs/schedules.js';
import { cancelCampaign } from './operations/cancel-campaign.js';
import { createCampaign } from './operations/create-campaign.js';
import { getCampaign } from './operations/get-campaign.js';
import { getUsage } from './operations/get-usage.js';
import { listCampaigns } from './operations/list-campaigns.js';
import { rateCampaign } from './operations/rate-campaign.js';
import { streamCampaign } from './operations/stream-campaign.js';
import { updateCampaign } from './operations/update-campaign.js';
import { CampaignBilling } from './service/billing.js';
import { CampaignService } from './service/campaign-service.js';
import { CAMPAIGN_BILLING, CAMPAIGN_LIFECYCLE, CAMPAIGN_SERVICE, CAMPAIGN_STORE, CAMPAIGNS_SETTINGS, PERFORMANCE_SOURCE, USAGE_REPORT } from './service/internal-tokens.js';
import { CampaignLifecycle } from './service/lifecycle.js';
import { campaignMetricsSource } from './service/metrics-source.js';
import type { CampaignPerformanceSource } from './service/types.js';
import { UsageReport } from './service/usage.js';
import { recordGeneration } from './subscribers/record-generation.js';
import { CAMPAIGN_PERFORMANCE_SOURCE } from './tokens.js';

function register({ container, db, config }: PluginContext<CampaignsConfig>): void {
  const store = new CampaignStore(db.tables<CampaignTables>());
  container.register(CAMPAIGNS_SETTINGS, { useValue: config });
  container.register(CAMPAIGN_STORE, { useValue: store });
  // Analytics registers its source after this plugin: look it up when used.
  container.register(PERFORMANCE_SOURCE, {
    useValue: () => (container.isRegistered(CAMPAIGN_PERFORMANCE_SOURCE, true) ? container.resolve<CampaignPerformanceSource>(CAMPAIGN_PERFORMANCE_SOURCE) : undefined),
  });
  container.registerSingleton(CAMPAIGN_SERVICE, CampaignService);
  container.registerSingleton(CAMPAIGN_BILLING, CampaignBilling);
  container.registerSingleton(CAMPAIGN_LIFECYCLE, CampaignLifecycle);
  container.registerSingleton(USAGE_REPORT, UsageReport);
  container.register(AGENT_METRICS_SOURCE, { useValue: campaignMetricsSource(store) });
}

/**
 * Campaigns: an agent deployed for a marketing objective, with a status machine driven by
 * named schedules, an immutable ledger of charges within a budget, streamed generation
 * through the content service, ratings that feed agent metrics, and usage reports.
 */
export const campaignsPlugin = definePlugin({
  name: 'campaigns',
  version: '1.0.0',
  dependsOn: ['agents', 'content'],
  config: campaignsConfig,
  migrations: campaignsMigrations,
  errors: campaignErrors,
  events: campaignEvents,
  register,
  operations: [createCampaign, listCampaigns, getCampaign, updateCampaign, cancelCampaign, streamCampaign, rateCampaign, getUsage],
  schedules: [lifecycleSchedule, accrualSchedule],
  subscriptions: [recordGeneration],
});
