import { randomBytes } from 'node:crypto';
import { CLOCK, fromJson, inject, injectable, toJson, type Clock, type Tenant } from 'influgentic';
import type { AgentRow } from '../db/schema.js';
import type { AgentStore } from '../db/store.js';
import { agentErrors } from '../errors.js';
import { AGENT_STORE, MEASURED_METRICS } from './internal-tokens.js';
import type { MeasuredMetrics } from './measured-metrics.js';
import { zeroCounts } from './metrics.js';
import { parsePublishInput, parseVersionInput } from './publish-input.js';
import { describingColumns, newRow, searchDocumentOf, type AgentFields } from './rows.js';
import type { AgentRegistry, AgentVersion, AgentVisibility, PublishAgentInput, PublishVersionInput, UsableAgent } from './types.js';
import { UsableAgentCache } from './usable-cache.js';
import { ownedBy, readableBy, usableView } from './views.js';

/** `agent_<slug>_<random>`, lowercase, as the contract describes custom agent ids. */
function customAgentId(name: string): string {
  const slug = name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40) || 'agent';
  return `agent_${slug}_custom_${randomBytes(5).toString('hex')}`;
}

function fieldsOf(id: string, input: PublishVersionInput, visibility: AgentVisibility, version: number): AgentFields {
  return {
    id,
    name: input.name,
    headline: input.headline,
    category: input.category,
    subcategories: input.subcategories ?? [],
    use_cases: input.use_cases ?? [],
    languages: input.languages,
    tone_modes: input.tone_modes ?? [],
    content_types: input.content_types ?? ['text'],
    persona: input.persona,
    tier: 'custom',
    status: 'available',
    visibility,
    real_time_streaming: true,
    base_rate_usd: input.base_rate_usd ?? 0,
    included_in_plans: input.included_in_plans ?? ['starter', 'growth', 'enterprise'],
    version,
  };
}

/** The AgentRegistry: the one writer of custom agents. */
@injectable()
export class Registry implements AgentRegistry {
  constructor(
    @inject(AGENT_STORE) private readonly store: AgentStore,
    @inject(MEASURED_METRICS) private readonly metrics: MeasuredMetrics,
    @inject(CLOCK) private readonly clock: Clock,
  ) {}

  // One per process (the registry is a singleton): see UsableAgentCache for why it is never stale.
  readonly #usable = new UsableAgentCache();

  async findUsable(tenant: Tenant, agentId: string): Promise<UsableAgent | null> {
    const revision = await this.store.revisionOf(agentId);
    if (revision === undefined) return null;
    let entry = this.#usable.current(agentId, revision);
    if (entry === undefined) {
      const row = await this.store.getById(agentId);
      if (row === undefined) return null;
      entry = this.#usable.fill(row);
    }
    return UsableAgentCache.viewFor(entry, tenant);
  }

  async publish(tenant: Tenant, raw: PublishAgentInput): Promise<UsableAgent> {
    const input = parsePublishInput(raw);
    const id = input.id ?? customAgentId(input.name);
    const fields = fieldsOf(id, input, input.visibility, input.version ?? 1);
    const now = this.clock.now().toISOString();
    const row = await this.store.transaction(async (trx) => {
      if (await this.store.getById(id, trx)) throw agentErrors.AGENT_ID_TAKEN(`an agent with id ${id} exists already`, { errors: [{ field: 'id', code: 'taken', message: 'is taken' }] });
      const created = newRow(fields, tenant, zeroCounts, zeroCounts, await this.store.nextSearchRowid(trx), now, now);
      await this.store.insert(trx, created, searchDocumentOf(fields));
      await this.store.insertVersion(trx, { agent_id: id, version: fields.version, org_id: tenant.orgId, livemode: tenant.livemode ? 1 : 0, snapshot: toJson({ ...input, id: undefined }), created_at: now });
      return created;
    });
    return usableView(row, tenant);
  }

  async publishVersion(tenant: Tenant, agentId: string, raw: PublishVersionInput): Promise<UsableAgent> {
    const input = parseVersionInput(raw);
    const now = this.clock.now().toISOString();
    const row = await this.store.transaction(async (trx) => {
      const current = await this.owned(tenant, agentId, trx);
      if (current.status === 'retired') throw agentErrors.AGENT_RETIRED(`agent ${agentId} is retired: it cannot get a new version`);
      const version = input.version ?? Number(current.version) + 1;
      if (version <= Number(current.version)) {
        throw agentErrors.AGENT_VERSION_CONFLICT(`agent ${agentId} serves version ${current.version}; version ${version} is not newer`, {
          errors: [{ field: 'version', code: 'not_newer', message: `must be greater than ${current.version}` }],
        });
      }
      const fields = fieldsOf(agentId, input, input.visibility ?? (current.visibility as AgentVisibility), version);
      await this.store.update(trx, agentId, { ...describingColumns(fields, tenant), updated_at: now }, searchDocumentOf(fields));
      await this.store.insertVersion(trx, { agent_id: agentId, version, org_id: tenant.orgId, livemode: tenant.livemode ? 1 : 0, snapshot: toJson(input), created_at: now });
      return (await this.store.getById(agentId, trx))!;
    });
    return usableView(row, tenant);
  }

  async setVisibility(tenant: Tenant, agentId: string, visibility: AgentVisibility): Promise<UsableAgent> {
    const row = await this.store.transaction(async (trx) => {
      const current = await this.owned(tenant, agentId, trx);
      if (current.status === 'retired') throw agentErrors.AGENT_RETIRED(`agent ${agentId} is retired: its visibility cannot change`);
      await this.store.update(trx, agentId, {
        visibility,
        audience: describingColumns({ ...this.fieldsOfRow(current), visibility }, tenant).audience,
        updated_at: this.clock.now().toISOString(),
      });
      return (await this.store.getById(agentId, trx))!;
    });
    return usableView(row, tenant);
  }

  async retire(tenant: Tenant, agentId: string): Promise<UsableAgent> {
    const row = await this.store.transaction(async (trx) => {
      const current = await this.owned(tenant, agentId, trx);
      if (current.status === 'retired') return current;
      await this.store.update(trx, agentId, { status: 'retired', audience: null, updated_at: this.clock.now().toISOString() });
      return (await this.store.getById(agentId, trx))!;
    });
    return usableView(row, tenant);
  }

  async versions(tenant: Tenant, agentId: string): Promise<readonly AgentVersion[]> {
    await this.owned(tenant, agentId);
    return (await this.store.listVersions(agentId)).map((row) => ({ version: Number(row.version), published_at: row.created_at, snapshot: fromJson<PublishVersionInput>(row.snapshot) }));
  }

  refreshMetrics(agentIds?: readonly string[]): Promise<void> {
    return this.metrics.refresh(agentIds);
  }

  /** One of the tenant's own custom agents; a built-in or another org's visible agent is 403, anything else 404. */
  private async owned(tenant: Tenant, agentId: string, trx?: Parameters<AgentStore['getById']>[1]): Promise<AgentRow> {
    const row = await this.store.getById(agentId, trx);
    if (!row || !readableBy(row, tenant)) throw agentErrors.AGENT_NOT_FOUND(`no agent ${agentId} that this organization can see`);
    if (!ownedBy(row, tenant)) throw agentErrors.AGENT_NOT_OWNED(`agent ${agentId} belongs to ${row.custom === 0 ? 'the built-in catalog' : 'another organization'}: it cannot be changed here`);
    return row;
  }

  private fieldsOfRow(row: AgentRow): AgentFields {
    return {
      id: row.id,
      name: row.name,
      headline: row.headline,
      category: row.category,
      subcategories: fromJson(row.subcategories),
      use_cases: fromJson(row.use_cases),
      languages: fromJson(row.languages),
      tone_modes: fromJson(row.tone_modes),
      content_types: fromJson(row.content_types),
      persona: fromJson(row.persona),
      tier: row.tier as AgentFields['tier'],
      status: row.status as AgentFields['status'],
      visibility: row.visibility as AgentVisibility,
      real_time_streaming: row.real_time_streaming === 1,
      base_rate_usd: Number(row.base_rate_micros) / 1_000_000,
      included_in_plans: fromJson(row.included_in_plans),
      version: Number(row.version),
    };
  }
}
