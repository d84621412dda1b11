import { CLOCK, LOGGER, inject, injectable, type Clock, type Logger } from 'influgentic';
import { AGENT_REGISTRY, type AgentRegistry } from '../../agents/tokens.js';
import type { CampaignRef, CampaignStore } from '../db/store.js';
import type { CampaignBilling } from './billing.js';
import type { CampaignService } from './campaign-service.js';
import { CAMPAIGN_BILLING, CAMPAIGN_SERVICE, CAMPAIGN_STORE } from './internal-tokens.js';

function tenantOf(ref: CampaignRef) {
  return { orgId: ref.org_id, livemode: ref.livemode === 1 };
}

/** What the named schedules do: start and complete campaigns on time, and accrue the base rate daily. */
@injectable()
export class CampaignLifecycle {
  constructor(
    @inject(CAMPAIGN_SERVICE) private readonly campaigns: CampaignService,
    @inject(CAMPAIGN_BILLING) private readonly billing: CampaignBilling,
    @inject(CAMPAIGN_STORE) private readonly store: CampaignStore,
    @inject(AGENT_REGISTRY) private readonly agents: AgentRegistry,
    @inject(CLOCK) private readonly clock: Clock,
    @inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Starts scheduled campaigns whose starts_at has come and completes those past ends_at. Returns how many changed. */
  async advance(): Promise<number> {
    const now = this.clock.now().toISOString();
    const due = [...(await this.store.due(['scheduled'], 'starts_at', now)), ...(await this.store.due(['active', 'paused_budget'], 'ends_at', now))];
    const completedAgents = new Set<string>();
    for (const ref of due) {
      try {
        const { campaign } = await this.campaigns.change(tenantOf(ref), ref.id, async (_trx, _tenant, row) => ({ row }));
        if (campaign.status === 'completed' && ref.livemode === 1) completedAgents.add(campaign.agent_id);
      } catch (error) {
        // One campaign's failure must not hold up the others; the next tick retries it.
        this.logger.error({ err: error, campaign_id: ref.id }, 'campaign transition failed');
      }
    }
    if (completedAgents.size > 0) await this.agents.refreshMetrics([...completedAgents]);
    return due.length;
  }

  /** Books every accruing campaign's base-rate days due by now; idempotent per campaign and day. */
  async accrueAll(): Promise<void> {
    for (const ref of await this.store.accruing()) {
      try {
        await this.billing.accrue(tenantOf(ref), ref.id);
      } catch (error) {
        this.logger.error({ err: error, campaign_id: ref.id }, 'campaign accrual failed');
      }
    }
  }
}
