import { CLOCK, inject, injectable } from 'influgentic';
import type { Clock, Principal, Tenant } from 'influgentic';
import { AGENT_REGISTRY, type AgentRegistry } from '../../agents/tokens.js';
import type { CampaignLookup, CampaignRef } from '../db/campaign-lookup.js';
import type { Dimension, ReportStore } from '../db/report-store.js';
import { campaignProblems } from '../errors.js';
import { CAMPAIGN_LOOKUP, REPORT_STORE } from './internal-tokens.js';
import { addDays, dayOf, daysOf, resolvePeriod } from './period.js';
import { buildReport } from './report-builder.js';
import type { Period, Report } from './types.js';

function tenantOf(caller: Principal): Tenant {
  return { orgId: caller.orgId, livemode: caller.livemode };
}

/** Campaign and agent reports, read from the daily rollups plus the campaign ledger's spend. */
@injectable()
export class AnalyticsReports {
  constructor(
    @inject(REPORT_STORE) private readonly store: ReportStore,
    @inject(CAMPAIGN_LOOKUP) private readonly campaigns: CampaignLookup,
    @inject(AGENT_REGISTRY) private readonly agents: AgentRegistry,
    @inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The caller's campaign (404 when it is another org's or mode's, or outside the agent narrowing). */
  async campaignOf(caller: Principal, campaignId: string): Promise<CampaignRef> {
    const campaign = (await this.campaigns.find(tenantOf(caller), [campaignId])).get(campaignId);
    if (campaign === undefined || (caller.agentId !== undefined && campaign.agent_id !== caller.agentId)) {
      throw campaignProblems.CAMPAIGN_NOT_FOUND(`no campaign ${campaignId} for this organization and mode`, { errors: [{ field: 'campaign_id', code: 'not_found', message: 'does not exist' }] });
    }
    return campaign;
  }

  async campaign(caller: Principal, campaignId: string, start?: string, end?: string): Promise<Report & { readonly campaign_id: string }> {
    const campaign = await this.campaignOf(caller, campaignId);
    const now = this.clock.now();
    const first = dayOf(campaign.starts_at);
    const last = dayOf(Math.min(Date.parse(campaign.ends_at), now.getTime()));
    const period = resolvePeriod(start, end, { start: first, end: last < first ? first : last });
    const report = await this.over(tenantOf(caller), [campaignId], period);
    return { campaign_id: campaignId, ...report };
  }

  async agent(caller: Principal, agentId: string, start?: string, end?: string): Promise<Report & { readonly agent_id: string; readonly campaigns: number }> {
    if (caller.agentId !== undefined && caller.agentId !== agentId) throw this.noAgent(agentId);
    if ((await this.agents.findUsable(tenantOf(caller), agentId)) === null) throw this.noAgent(agentId);
    const today = dayOf(this.clock.now());
    const period = resolvePeriod(start, end, { start: addDays(today, -29), end: today });
    const campaigns = await this.campaigns.ofAgent(tenantOf(caller), agentId, `${period.start}T00:00:00.000Z`, `${addDays(period.end, 1)}T00:00:00.000Z`);
    const report = await this.over(tenantOf(caller), campaigns.map((campaign) => campaign.id), period);
    return { agent_id: agentId, campaigns: campaigns.length, ...report };
  }

  private async over(tenant: Tenant, campaignIds: readonly string[], period: Period): Promise<Report> {
    const after = addDays(period.end, 1);
    const by = (dimension: Dimension) => this.store.grouped(tenant, campaignIds, period.start, period.end, dimension);
    const [language, channel, day, campaign, spentMicros] = await Promise.all([
      by('language'),
      by('channel'),
      by('day'),
      by('campaign_id'),
      this.campaigns.spent(tenant, campaignIds, `${period.start}T00:00:00.000Z`, `${after}T00:00:00.000Z`),
    ]);
    return buildReport(period, daysOf(period), { language, channel, day, campaign }, spentMicros);
  }

  private noAgent(agentId: string): Error {
    return campaignProblems.AGENT_NOT_FOUND(`no agent ${agentId} this organization can see`, { errors: [{ field: 'agent_id', code: 'not_found', message: 'does not exist' }] });
  }
}
