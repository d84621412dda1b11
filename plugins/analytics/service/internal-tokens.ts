import { token } from 'influgentic';
import type { AnalyticsConfig } from '../config.js';
import type { CampaignLookup } from '../db/campaign-lookup.js';
import type { EventStore } from '../db/event-store.js';
import type { LeadStore } from '../db/lead-store.js';
import type { LinkStore } from '../db/link-store.js';
import type { ReportStore } from '../db/report-store.js';
import type { AnalyticsReports } from './reports.js';
import type { EventRecorder } from './recorder.js';
import type { EventIngest } from './ingest.js';
import type { LeadService } from './leads.js';
import type { LinkService } from './links.js';

/** The plugin's config with the server's public base URL (for short links). */
export interface AnalyticsSettings extends AnalyticsConfig {
  readonly public_base_url: string;
}

export const ANALYTICS_SETTINGS = token<AnalyticsSettings>('analytics.settings');
export const EVENT_STORE = token<EventStore>('analytics.event_store');
export const REPORT_STORE = token<ReportStore>('analytics.report_store');
export const LEAD_STORE = token<LeadStore>('analytics.lead_store');
export const LINK_STORE = token<LinkStore>('analytics.link_store');
export const CAMPAIGN_LOOKUP = token<CampaignLookup>('analytics.campaign_lookup');
export const EVENT_RECORDER = token<EventRecorder>('analytics.recorder');
export const EVENT_INGEST = token<EventIngest>('analytics.ingest');
export const ANALYTICS_REPORTS = token<AnalyticsReports>('analytics.reports');
export const LEAD_SERVICE = token<LeadService>('analytics.leads');
export const LINK_SERVICE = token<LinkService>('analytics.links');
