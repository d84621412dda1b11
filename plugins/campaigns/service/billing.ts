import { inject, injectable, type Tenant } from 'influgentic';
import type { CampaignsConfig } from '../config.js';
import type { CampaignStore } from '../db/store.js';
import { campaignErrors } from '../errors.js';
import type { CampaignService } from './campaign-service.js';
import { CAMPAIGN_SERVICE, CAMPAIGN_STORE, CAMPAIGNS_SETTINGS } from './internal-tokens.js';
import { Ledger } from './ledger.js';
import { tokenCostMicros } from './money.js';
import type { Campaign, CampaignCaller } from './types.js';

/** A stored generation, as far as billing and usage care. */
export interface BilledGeneration {
  readonly id: string;
  readonly agent_id: string;
  readonly tokens: number;
  readonly provider: string;
  readonly created_at: string;
}

/** The money side of campaigns: the budget check before a generation, its charge after, and accrual. */
@injectable()
export class CampaignBilling {
  private readonly ledger: Ledger;

  constructor(
    @inject(CAMPAIGN_SERVICE) private readonly campaigns: CampaignService,
    @inject(CAMPAIGN_STORE) private readonly store: CampaignStore,
    @inject(CAMPAIGNS_SETTINGS) private readonly config: CampaignsConfig,
  ) {
    this.ledger = new Ledger(store);
  }

  /**
   * May the campaign generate now? Only while `active` (else 409 naming the status) and with
   * budget left; with none, it becomes `paused_budget` (committed) and the answer is 402, as
   * it is for a campaign already paused on its budget.
   */
  async beginGeneration(caller: CampaignCaller, id: string): Promise<Campaign> {
    const { campaign } = await this.campaigns.change(caller, id, async (trx, tenant, row, now) => {
      // Paused on its budget: the same answer as running out now (raise budget_usd to resume).
      if (row.status !== 'active' && row.status !== 'paused_budget') {
        return { row, problem: campaignErrors.CAMPAIGN_INVALID_STATE(`campaign ${id} is ${row.status}: it generates only while active`, { errors: [{ field: 'status', code: row.status, message: `is ${row.status}` }] }) };
      }
      const nowIso = now.toISOString();
      let current = await this.ledger.accrue(trx, tenant, row, now, false, nowIso);
      const spent = await this.ledger.spent(trx, tenant, id);
      if (spent >= Number(current.budget_micros) || current.status === 'paused_budget') {
        if (current.status === 'active') {
          await this.store.update(trx, tenant, id, { status: 'paused_budget', updated_at: nowIso });
          current = { ...current, status: 'paused_budget', updated_at: nowIso };
        }
        return { row: current, problem: campaignErrors.BUDGET_EXHAUSTED(`campaign ${id} has no budget left (spent ${spent / 1e6} of ${Number(current.budget_micros) / 1e6}); it is now paused_budget: raise budget_usd to resume`, { errors: [{ field: 'budget_usd', code: 'exhausted', message: 'has nothing left' }] }) };
      }
      return { row: current };
    });
    return campaign;
  }

  /** Books a campaign generation's token cost (at most once per content) and counts it for usage. */
  async chargeGeneration(tenant: Tenant, campaignId: string, content: BilledGeneration): Promise<Campaign> {
    const per1k = this.config.token_cost_per_1k_usd[content.provider] ?? 0;
    const { campaign } = await this.campaigns.change(tenant, campaignId, async (trx, scoped, row, now) => {
      await this.store.insertGeneration(trx, scoped, { content_id: content.id, agent_id: content.agent_id, campaign_id: campaignId, tokens: content.tokens, provider: content.provider, created_at: content.created_at });
      return { row: await this.ledger.charge(trx, scoped, row, 'generation', `content:${content.id}`, tokenCostMicros(content.tokens, per1k), content.created_at, now.toISOString()) };
    });
    return campaign;
  }

  /** Books the base-rate days due up to now for one campaign (whole days; missed ones catch up). */
  async accrue(tenant: Tenant, campaignId: string): Promise<Campaign> {
    const { campaign } = await this.campaigns.change(tenant, campaignId, async (trx, scoped, row, now) => ({ row: await this.ledger.accrue(trx, scoped, row, now, false, now.toISOString()) }));
    return campaign;
  }
}
