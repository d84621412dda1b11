import { CLOCK, inject, injectable, type Clock } from 'influgentic';
import type { CampaignStore } from '../db/store.js';
import { campaignErrors } from '../errors.js';
import { CAMPAIGN_STORE } from './internal-tokens.js';
import { DAY_MS, toUsd } from './money.js';
import type { CampaignCaller, Usage, UsageTotals } from './types.js';

/** The longest period one report covers. */
const MAX_DAYS = 366;

interface Tally {
  spent: number;
  tokens: number;
  generations: number;
}

const totalsOf = (tally: Tally): UsageTotals => ({ spent_usd: toUsd(tally.spent), tokens: tally.tokens, generations: tally.generations });

/** The organization's usage for a mode: spend from the ledger, tokens and generations from stored generations. */
@injectable()
export class UsageReport {
  constructor(
    @inject(CAMPAIGN_STORE) private readonly store: CampaignStore,
    @inject(CLOCK) private readonly clock: Clock,
  ) {}

  async report(caller: CampaignCaller, start?: string, end?: string): Promise<Usage> {
    const today = this.clock.now().toISOString().slice(0, 10);
    const from = start ?? `${today.slice(0, 7)}-01`;
    const to = end ?? today;
    if (to < from) {
      throw campaignErrors.INVALID_PERIOD(`end ${to} is before start ${from}`, { errors: [{ field: 'end', code: 'before_start', message: `is before start ${from}` }] });
    }
    // One row per day: a period is bounded, so a reply stays small.
    if (Date.parse(to) - Date.parse(from) >= MAX_DAYS * DAY_MS) {
      throw campaignErrors.INVALID_PERIOD(`the period ${from}..${to} is longer than ${MAX_DAYS} days: ask for it in parts`, { errors: [{ field: 'end', code: 'period_too_long', message: `is more than ${MAX_DAYS} days after start` }] });
    }
    const tenant = { orgId: caller.orgId, livemode: caller.livemode };
    const fromIso = `${from}T00:00:00.000Z`;
    const toIso = new Date(Date.parse(`${to}T00:00:00.000Z`) + DAY_MS).toISOString();
    const [charges, generations] = await Promise.all([this.store.chargesBetween(tenant, fromIso, toIso, caller.agentId), this.store.generationsBetween(tenant, fromIso, toIso, caller.agentId)]);
    const days = new Map<string, Tally>();
    for (let day = Date.parse(fromIso); day < Date.parse(toIso); day += DAY_MS) days.set(new Date(day).toISOString().slice(0, 10), { spent: 0, tokens: 0, generations: 0 });
    const campaigns = new Map<string, Tally>();
    const totals: Tally = { spent: 0, tokens: 0, generations: 0 };
    const tallyOf = (map: Map<string, Tally>, key: string): Tally => {
      let tally = map.get(key);
      if (!tally) map.set(key, (tally = { spent: 0, tokens: 0, generations: 0 }));
      return tally;
    };
    for (const charge of charges) {
      for (const tally of [totals, tallyOf(days, charge.at.slice(0, 10)), tallyOf(campaigns, charge.campaign_id)]) tally.spent += charge.amount_micros;
    }
    for (const generation of generations) {
      const tallies = [totals, tallyOf(days, generation.created_at.slice(0, 10))];
      if (generation.campaign_id !== null) tallies.push(tallyOf(campaigns, generation.campaign_id));
      for (const tally of tallies) {
        tally.tokens += generation.tokens;
        tally.generations += 1;
      }
    }
    const names = await this.store.names(tenant, [...campaigns.keys()]);
    return {
      period: { start: from, end: to },
      mode: caller.livemode ? 'live' : 'test',
      totals: totalsOf(totals),
      by_campaign: [...campaigns.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, tally]) => ({ campaign_id: id, name: names.get(id) ?? '', ...totalsOf(tally) })),
      by_day: [...days.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, tally]) => ({ date, ...totalsOf(tally) })),
    };
  }
}
