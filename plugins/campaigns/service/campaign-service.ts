import type { Kysely } from 'kysely';
import { CLOCK, EVENT_BUS, coreErrors, decodeCursor, encodeCursor, inject, injectable, newId, toJson } from 'influgentic';
import type { Clock, EventBus, Tenant } from 'influgentic';
import { AGENT_REGISTRY, type AgentRegistry } from '../../agents/tokens.js';
import type { CampaignRow, CampaignTables } from '../db/schema.js';
import type { CampaignStore } from '../db/store.js';
import { agentProblems, campaignErrors } from '../errors.js';
import { CAMPAIGN_CANCELLED, CAMPAIGN_COMPLETED, CAMPAIGN_STARTED } from '../events.js';
import { campaignWarnings, configWithDefaults, contentTypeOf } from './campaign-input.js';
import { CAMPAIGN_STORE, PERFORMANCE_SOURCE } from './internal-tokens.js';
import { Ledger } from './ledger.js';
import { DAY_MS, toMicros } from './money.js';
import type { Campaign, CampaignCaller, CampaignConfig, CampaignFilter, CampaignPage, CampaignPerformance, CampaignPerformanceSource, CampaignRating, CreateCampaignInput, UpdateCampaignInput } from './types.js';
import { viewOf, zeroPerformance } from './views.js';

type Db = Kysely<CampaignTables>;

function tenantOf(caller: CampaignCaller): Tenant {
  return { orgId: caller.orgId, livemode: caller.livemode };
}

function endsAt(startsAt: string, days: number): string {
  return new Date(Date.parse(startsAt) + days * DAY_MS).toISOString();
}

/** What a change inside a campaign's transaction decided, applied after commit. */
export interface Outcome<T> {
  readonly row: CampaignRow;
  readonly value?: T;
  /** A problem to answer once the transaction (and the status change it holds) has committed. */
  readonly problem?: Error;
}

/**
 * Campaigns: creation, reads, changes, cancellation, ratings and the status machine. Every
 * transition is written with its event in one transaction; charges go through the Ledger.
 */
@injectable()
export class CampaignService {
  private readonly ledger: Ledger;

  constructor(
    @inject(CAMPAIGN_STORE) private readonly store: CampaignStore,
    @inject(AGENT_REGISTRY) private readonly agents: AgentRegistry,
    @inject(EVENT_BUS) private readonly bus: EventBus,
    @inject(CLOCK) private readonly clock: Clock,
    @inject(PERFORMANCE_SOURCE) private readonly performanceSource: () => CampaignPerformanceSource | undefined,
  ) {
    this.ledger = new Ledger(store);
  }

  private notFound(id: string): Error {
    return campaignErrors.CAMPAIGN_NOT_FOUND(`no campaign ${id} for this organization and mode`, { errors: [{ field: 'campaign_id', code: 'not_found', message: 'does not exist' }] });
  }

  async performance(tenant: Tenant, ids: readonly string[]): Promise<ReadonlyMap<string, CampaignPerformance>> {
    const source = this.performanceSource();
    if (source === undefined || ids.length === 0) return new Map();
    return source.measure(tenant, ids);
  }

  private async emit(trx: Db, tenant: Tenant, name: string, row: CampaignRow, performance: CampaignPerformance): Promise<void> {
    const payload = viewOf(row, await this.ledger.spent(trx, tenant, row.id), performance);
    await this.bus.emit(trx, { name, orgId: tenant.orgId, livemode: tenant.livemode, aggregateId: row.id, payload });
  }

  async create(caller: CampaignCaller, input: CreateCampaignInput): Promise<Campaign> {
    const tenant = tenantOf(caller);
    const notFound = () =>
      agentProblems.AGENT_NOT_FOUND(`no agent ${input.agent_id} that this organization may use`, { errors: [{ field: 'agent_id', code: 'not_found', message: 'is not an agent this organization may use' }] });
    if (caller.agentId !== undefined && caller.agentId !== input.agent_id) throw notFound();
    const agent = await this.agents.findUsable(tenant, input.agent_id);
    if (agent === null) throw notFound();
    if (agent.status === 'retired') {
      throw agentProblems.AGENT_RETIRED(`agent ${input.agent_id} is retired: it takes no new campaigns`, { errors: [{ field: 'agent_id', code: 'retired', message: 'is retired' }] });
    }
    const contentType = contentTypeOf(input.type);
    const config = configWithDefaults(agent, contentType, input.config);
    const now = this.clock.now();
    const nowIso = now.toISOString();
    const scheduled = input.starts_at !== undefined && Date.parse(input.starts_at) > now.getTime();
    const startsAt = scheduled ? new Date(input.starts_at as string).toISOString() : nowIso;
    const row: CampaignRow = {
      id: newId('camp'),
      org_id: tenant.orgId,
      livemode: tenant.livemode ? 1 : 0,
      agent_id: agent.id,
      type: input.type,
      content_type: contentType,
      name: input.name,
      status: scheduled ? 'scheduled' : 'active',
      product: toJson(input.product),
      config: toJson(config),
      warnings: toJson(campaignWarnings(agent, input.type, config)),
      budget_micros: toMicros(input.budget_usd),
      base_rate_micros: toMicros(agent.pricing.base_rate_usd),
      starts_at: startsAt,
      ends_at: endsAt(startsAt, config.duration_days),
      cancelled_at: null,
      completed_at: null,
      rating: null,
      rating_comment: null,
      rated_at: null,
      created_at: nowIso,
      updated_at: nowIso,
    };
    const { org_id: _org, livemode: _mode, ...values } = row;
    await this.store.transaction(async (trx) => {
      await this.store.insert(trx, tenant, values);
      if (!scheduled) await this.emit(trx, tenant, CAMPAIGN_STARTED, row, zeroPerformance);
    });
    return viewOf(row, 0);
  }

  async get(caller: CampaignCaller, id: string): Promise<Campaign> {
    const tenant = tenantOf(caller);
    const row = await this.store.get(tenant, id);
    if (row === undefined || (caller.agentId !== undefined && row.agent_id !== caller.agentId)) throw this.notFound(id);
    const [spent, performance] = await Promise.all([this.store.spent(tenant, [id]), this.performance(tenant, [id])]);
    return viewOf(row, spent.get(id) ?? 0, performance.get(id));
  }

  async list(caller: CampaignCaller, filter: CampaignFilter): Promise<CampaignPage> {
    const tenant = tenantOf(caller);
    const limit = filter.limit;
    if (caller.agentId !== undefined && filter.agent_id !== undefined && filter.agent_id !== caller.agentId) return { data: [], meta: { total: 0, limit, next_cursor: null } };
    const query = { status: filter.status, agentId: caller.agentId ?? filter.agent_id, contentType: filter.type === undefined ? undefined : contentTypeOf(filter.type) };
    const beforeId = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor, 1)[0];
    if (beforeId !== undefined && typeof beforeId !== 'string') {
      throw coreErrors.VALIDATION_FAILED('cursor is not one this API handed out: pass meta.next_cursor of the previous page unchanged', { errors: [{ field: 'cursor', code: 'invalid_cursor', message: 'is not a cursor from a previous page' }] });
    }
    const rows = await this.store.list(tenant, { ...query, limit: limit + 1, ...(beforeId === undefined ? {} : { beforeId }) });
    const page = rows.slice(0, limit);
    const ids = page.map((row) => row.id);
    const [spent, performance, total] = await Promise.all([this.store.spent(tenant, ids), this.performance(tenant, ids), this.store.count(tenant, query)]);
    const last = page[page.length - 1];
    return {
      data: page.map((row) => viewOf(row, spent.get(row.id) ?? 0, performance.get(row.id))),
      meta: { total, limit, next_cursor: rows.length > limit && last ? encodeCursor([last.id]) : null },
    };
  }

  /**
   * Runs `work` on the campaign in one transaction, its row locked, after the transitions its
   * times call for (start, completion) have been applied; then answers with the campaign or
   * the problem `work` decided on.
   */
  async change<T = undefined>(caller: CampaignCaller, id: string, work: (trx: Db, tenant: Tenant, row: CampaignRow, now: Date, performance: CampaignPerformance) => Promise<Outcome<T>>): Promise<{ campaign: Campaign; value: T | undefined }> {
    const tenant = tenantOf(caller);
    // Measured before the transaction: a source reading the database must not wait on our lock (SQLite has one connection).
    const performance = (await this.performance(tenant, [id])).get(id) ?? zeroPerformance;
    const now = this.clock.now();
    const outcome = await this.store.transaction(async (trx) => {
      const found = await this.store.get(tenant, id, trx, true);
      if (found === undefined || (caller.agentId !== undefined && found.agent_id !== caller.agentId)) throw this.notFound(id);
      const settled = await this.settle(trx, tenant, found, now, performance);
      const result = await work(trx, tenant, settled, now, performance);
      return { ...result, spent: await this.ledger.spent(trx, tenant, id) };
    });
    if (outcome.problem) throw outcome.problem;
    return { campaign: viewOf(outcome.row, outcome.spent, performance), value: outcome.value };
  }

  /** Applies the transitions the clock calls for: scheduled -> active at starts_at, active or paused -> completed at ends_at. */
  async settle(trx: Db, tenant: Tenant, row: CampaignRow, now: Date, performance: CampaignPerformance): Promise<CampaignRow> {
    let current = row;
    const nowIso = now.toISOString();
    if (current.status === 'scheduled' && Date.parse(current.starts_at) <= now.getTime()) {
      current = { ...current, status: 'active', updated_at: nowIso };
      await this.store.update(trx, tenant, current.id, { status: 'active', updated_at: nowIso });
      await this.emit(trx, tenant, CAMPAIGN_STARTED, current, performance);
    }
    if ((current.status === 'active' || current.status === 'paused_budget') && Date.parse(current.ends_at) <= now.getTime()) {
      current = await this.ledger.accrue(trx, tenant, current, new Date(current.ends_at), false, nowIso);
      current = { ...current, status: 'completed', completed_at: current.ends_at, updated_at: nowIso };
      await this.store.update(trx, tenant, current.id, { status: 'completed', completed_at: current.ends_at, updated_at: nowIso });
      await this.emit(trx, tenant, CAMPAIGN_COMPLETED, current, performance);
    }
    return current;
  }

  async update(caller: CampaignCaller, id: string, input: UpdateCampaignInput): Promise<Campaign> {
    // The agent is read before the transaction (for the warnings a new config may bring).
    const existing = await this.get(caller, id);
    const agent = input.config === undefined ? null : await this.agents.findUsable(tenantOf(caller), existing.agent_id);
    const { campaign } = await this.change(caller, id, async (trx, tenant, row, now) => {
      const nowIso = now.toISOString();
      if (row.status === 'completed' || row.status === 'cancelled') {
        return { row, problem: campaignErrors.CAMPAIGN_INVALID_STATE(`campaign ${id} is ${row.status}: an ended campaign cannot change`, { errors: [{ field: 'status', code: row.status, message: `is ${row.status}` }] }) };
      }
      // Days that passed while paused are booked under the old budget (at most what it left), so raising it does not bill them.
      let current = await this.ledger.accrue(trx, tenant, row, now, false, nowIso);
      const spent = await this.ledger.spent(trx, tenant, id);
      const patch: Partial<CampaignRow> & { updated_at: string } = { updated_at: nowIso };
      if (input.name !== undefined) Object.assign(patch, { name: input.name });
      if (input.budget_usd !== undefined) {
        const budget = toMicros(input.budget_usd);
        if (budget < spent) {
          return { row: current, problem: campaignErrors.BUDGET_BELOW_SPENT(`budget_usd ${input.budget_usd} is below what campaign ${id} has spent (${spent / 1e6})`, { errors: [{ field: 'budget_usd', code: 'below_spent', message: `is below spent_usd ${spent / 1e6}` }] }) };
        }
        Object.assign(patch, { budget_micros: budget });
        if (current.status === 'paused_budget' && budget > spent) Object.assign(patch, { status: 'active' });
        if (current.status === 'active' && budget <= spent) Object.assign(patch, { status: 'paused_budget' });
      }
      if (input.config !== undefined) {
        const config: CampaignConfig = { ...(JSON.parse(current.config) as CampaignConfig), ...input.config };
        Object.assign(patch, { config: toJson(config), ends_at: endsAt(current.starts_at, config.duration_days) });
        if (agent !== null) Object.assign(patch, { warnings: toJson(campaignWarnings(agent, current.type as Campaign['type'], config)) });
      }
      await this.store.update(trx, tenant, id, patch);
      current = { ...current, ...patch };
      return { row: await this.settle(trx, tenant, current, now, existing.performance) };
    });
    return campaign;
  }

  async cancel(caller: CampaignCaller, id: string): Promise<Campaign> {
    const { campaign } = await this.change(caller, id, async (trx, tenant, row, now, performance) => {
      if (row.status === 'cancelled') return { row };
      if (row.status === 'completed') {
        return { row, problem: campaignErrors.CAMPAIGN_INVALID_STATE(`campaign ${id} is completed: it can no longer be cancelled`, { errors: [{ field: 'status', code: 'completed', message: 'is completed' }] }) };
      }
      const nowIso = now.toISOString();
      // Billing stops now: the day in progress is booked pro rata, nothing after.
      const accrued = await this.ledger.accrue(trx, tenant, row, now, true, nowIso);
      const cancelled: CampaignRow = { ...accrued, status: 'cancelled', cancelled_at: nowIso, updated_at: nowIso };
      await this.store.update(trx, tenant, id, { status: 'cancelled', cancelled_at: nowIso, updated_at: nowIso });
      await this.emit(trx, tenant, CAMPAIGN_CANCELLED, cancelled, performance);
      return { row: cancelled };
    });
    return campaign;
  }

  async rate(caller: CampaignCaller, id: string, rating: number, comment: string | undefined): Promise<CampaignRating> {
    const { value } = await this.change<CampaignRating>(caller, id, async (trx, tenant, row, now) => {
      if (row.status !== 'completed' && row.status !== 'cancelled') {
        return { row, problem: campaignErrors.CAMPAIGN_INVALID_STATE(`campaign ${id} is ${row.status}: rate it after it has ended`, { errors: [{ field: 'status', code: row.status, message: `is ${row.status}` }] }) };
      }
      if (row.rating !== null) {
        return { row, problem: campaignErrors.CAMPAIGN_ALREADY_RATED(`campaign ${id} was rated before (${row.rating}); a campaign is rated once`, { errors: [{ field: 'rating', code: 'already_rated', message: 'was given before' }] }) };
      }
      const nowIso = now.toISOString();
      await this.store.update(trx, tenant, id, { rating, rating_comment: comment ?? null, rated_at: nowIso, updated_at: nowIso });
      return { row: { ...row, rating, rating_comment: comment ?? null, rated_at: nowIso, updated_at: nowIso }, value: { campaign_id: id, agent_id: row.agent_id, rating, comment: comment ?? null, created_at: nowIso } };
    });
    if (caller.livemode) await this.agents.refreshMetrics([(value as CampaignRating).agent_id]);
    return value as CampaignRating;
  }
}
