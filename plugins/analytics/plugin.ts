import { definePlugin, type PluginContext } from 'influgentic';
import { AGENT_METRICS_SOURCE } from '../agents/tokens.js';
import { CAMPAIGN_PERFORMANCE_SOURCE } from '../campaigns/tokens.js';
import { analyticsConfig, type AnalyticsConfig } from './config.js';
import { CampaignLookup } from './db/campaign-lookup.js';
import { EventStore } from './db/event-store.js';
import { LeadStore } from './db/lead-store.js';
import { LinkStore } from './db/link-store.js';
import { analyticsMigrations } from './db/migrations.js';
import { ReportStore } from './db/report-store.js';
import type { AnalyticsTables } from './db/schema.js';
import { analyticsErrors } from './errors.js';
import { analyticsEvents } from './events.js';
import { purgeSchedule } from './jobs/purge.js';
import { createLead } from './operations/create-lead.js';
import { createTrackingLink } from './operations/create-tracking-link.js';
import { deleteLead } from './operations/delete-lead.js';
import { getAgentAnalytics } from './operations/get-agent-analytics.js';
import { getCampaignAnalytics } from './operations/get-campaign-analytics.js';
import { ingestEvents } from './operations/ingest-events.js';
import { listLeads } from './operations/list-leads.js';
import { trackLinkClick } from './operations/track-link-click.js';
import { EventIngest } from './service/ingest.js';
import {
  ANALYTICS_REPORTS,
  ANALYTICS_SETTINGS,
  CAMPAIGN_LOOKUP,
  EVENT_INGEST,
  EVENT_RECORDER,
  EVENT_STORE,
  LEAD_SERVICE,
  LEAD_STORE,
  LINK_SERVICE,
  LINK_STORE,
  REPORT_STORE,
} from './service/internal-tokens.js';
import { LeadService } from './service/leads.js';
import { LinkService } from './service/links.js';
import { EventRecorder } from './service/recorder.js';
import { AnalyticsReports } from './service/reports.js';
import { agentMetricsSource, campaignPerformanceSource } from './service/sources.js';

function register({ container, db, config, core }: PluginContext<AnalyticsConfig>): void {
  const tables = db.tables<AnalyticsTables>();
  const events = new EventStore(tables);
  const reports = new ReportStore(tables);
  container.register(ANALYTICS_SETTINGS, { useValue: { ...config, public_base_url: core.public_base_url } });
  container.register(EVENT_STORE, { useValue: events });
  container.register(REPORT_STORE, { useValue: reports });
  container.register(LEAD_STORE, { useValue: new LeadStore(tables) });
  container.register(LINK_STORE, { useValue: new LinkStore(tables) });
  container.register(CAMPAIGN_LOOKUP, { useValue: new CampaignLookup(tables) });
  container.registerSingleton(EVENT_RECORDER, EventRecorder);
  container.registerSingleton(EVENT_INGEST, EventIngest);
  container.registerSingleton(ANALYTICS_REPORTS, AnalyticsReports);
  container.registerSingleton(LEAD_SERVICE, LeadService);
  container.registerSingleton(LINK_SERVICE, LinkService);
  container.register(CAMPAIGN_PERFORMANCE_SOURCE, { useValue: campaignPerformanceSource(events) });
  container.register(AGENT_METRICS_SOURCE, { useValue: agentMetricsSource(reports) });
}

/**
 * Analytics: measured events in (batches, tracking-link clicks, leads), kept raw for the
 * retention window and rolled up by hour on ingest; campaign and agent reports out of the
 * rollups; milestones announced once each; leads as erasable personal data.
 */
export const analyticsPlugin = definePlugin({
  name: 'analytics',
  version: '1.0.0',
  dependsOn: ['agents', 'content', 'campaigns'],
  config: analyticsConfig,
  migrations: analyticsMigrations,
  errors: analyticsErrors,
  events: analyticsEvents,
  register,
  operations: [ingestEvents, getCampaignAnalytics, getAgentAnalytics, createTrackingLink, trackLinkClick, createLead, listLeads, deleteLead],
  schedules: [purgeSchedule],
});
