import { randomBytes } from 'node:crypto';
import { CLOCK, JOB_QUEUE, LLM_PROVIDERS, coreErrors, decodeCursor, encodeCursor, inject, injectable, toJson } from 'influgentic';
import type { Clock, JobQueue, LlmProviders, Principal, Tenant } from 'influgentic';
import { AGENT_REGISTRY, type AgentRegistry } from '../../agents/tokens.js';
import type { BuildRow } from '../db/schema.js';
import type { BuildStore, Db, NewBuildRow } from '../db/store.js';
import { agentProblems, builderErrors } from '../errors.js';
import { BUILD_STORE, BUILDER_SETTINGS } from './internal-tokens.js';
import { TRAIN_JOB, type TrainPayload } from './train-job-name.js';
import type { BuilderAgent, BuildAccepted, BuilderSettings, BuildInputs, CreateBuildInput, UpdateBuildInput } from './types.js';
import { acceptedView, buildView, freshSteps, inputsOf } from './views.js';
import { extractPersona, topicsFromPrompt } from './extract.js';
import { requestFor } from './request.js';

const PERSONA_FIELDS = ['name', 'category', 'persona_prompt', 'expertise_domains', 'target_audience', 'languages', 'use_cases'] as const;

function tenantOf(principal: Tenant): Tenant {
  return { orgId: principal.orgId, livemode: principal.livemode };
}

/** `agent_<slug>_custom_<random>`, the reference's form (`agent_nova_custom_abc123`). */
export function agentIdFor(name: string): string {
  const slug = name.toLocaleLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[^a-z0-9]+/gu, '_').replace(/^_+|_+$/gu, '').slice(0, 40) || 'agent';
  const random = randomBytes(6).toString('hex').slice(0, 8);
  return `agent_${slug}_custom_${random}`;
}

function isUniqueViolation(error: unknown): boolean {
  const text = String((error as { code?: unknown; message?: unknown })?.code ?? '') + String((error as { message?: unknown })?.message ?? '');
  return text.includes('23505') || text.includes('UNIQUE constraint failed');
}

/** Expertise when the request gives none: the prompt's own topics, else the category. */
function derivedExpertise(input: CreateBuildInput): string[] {
  const topics = topicsFromPrompt(input.persona_prompt, input.name).slice(0, 3);
  return topics.length > 0 ? topics : [input.category.replace(/_/gu, ' ')];
}

const nameTaken = (name: string) =>
  builderErrors.AGENT_NAME_TAKEN(`the organization already has an agent named ${name}: pick another name`, { errors: [{ field: 'name', code: 'taken', message: 'is already used by another of this organization\'s agents' }] });

/** The builder's requests: start, read, retrain and retire custom agents' builds. */
@injectable()
export class BuilderService {
  constructor(
    @inject(BUILD_STORE) private readonly store: BuildStore,
    @inject(JOB_QUEUE) private readonly queue: JobQueue,
    @inject(LLM_PROVIDERS) private readonly providers: LlmProviders,
    @inject(AGENT_REGISTRY) private readonly registry: AgentRegistry,
    @inject(BUILDER_SETTINGS) private readonly settings: BuilderSettings,
    @inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** When a build started now should end, from the provider this mode writes with. */
  private estimate(tenant: Tenant, now: Date): string {
    const builtin = this.providers.forMode(tenant.livemode).id === 'builtin';
    const seconds = builtin ? this.settings.builtin_ready_seconds : this.settings.model_ready_seconds;
    return new Date(now.getTime() + seconds * 1000).toISOString();
  }

  private trainingFields(tenant: Tenant, version: number, now: Date): Pick<NewBuildRow, 'version' | 'status' | 'progress' | 'step' | 'steps' | 'error' | 'persona' | 'samples' | 'feedback' | 'compiles' | 'estimated_ready_at' | 'updated_at'> {
    return {
      version,
      status: 'training',
      progress: 0,
      step: 'compile_persona',
      steps: toJson(freshSteps()),
      error: null,
      persona: null,
      samples: null,
      feedback: null,
      compiles: 0,
      estimated_ready_at: this.estimate(tenant, now),
      updated_at: now.toISOString(),
    };
  }

  private async enqueue(trx: Db, tenant: Tenant, id: string, version: number): Promise<void> {
    const payload: TrainPayload = { orgId: tenant.orgId, livemode: tenant.livemode, agentId: id, version };
    // One job per version (a repeated enqueue adds none), and one version of an agent
    // training at a time: a replaced build stops at its next write before the next starts.
    await this.queue.enqueue(trx, TRAIN_JOB, payload, { dedupeKey: `${id}:v${version}`, orderingKey: id });
  }

  /**
   * `language_fallback` for each language the builtin generator has no phrasing for (it
   * says so on a one-line probe, offline and instant); a real model writes any language,
   * and a probe would cost a call, so none is made for it.
   */
  private async languageWarnings(tenant: Tenant, inputs: BuildInputs): Promise<{ code: string; message: string }[]> {
    const provider = this.providers.forMode(tenant.livemode);
    if (provider.id !== 'builtin') return [];
    const persona = extractPersona(inputs);
    const warnings: { code: string; message: string }[] = [];
    for (const language of inputs.languages) {
      const probe = await provider.generate(requestFor(inputs, persona, 'product_review', language, { name: inputs.name }), new AbortController().signal);
      if (probe.warnings.some((warning) => warning.code === 'language_fallback')) {
        warnings.push({ code: 'language_fallback', message: `the builtin generator has no phrasing for language ${language}: this agent writes it in English until a model provider is configured` });
      }
    }
    return warnings;
  }

  async create(principal: Principal, input: CreateBuildInput): Promise<BuildAccepted & { readonly warnings?: readonly { code: string; message: string }[] }> {
    const tenant = tenantOf(principal);
    const now = this.clock.now();
    const inputs: BuildInputs = {
      name: input.name,
      category: input.category,
      persona_prompt: input.persona_prompt,
      expertise_domains: input.expertise_domains ?? derivedExpertise(input),
      target_audience: input.target_audience ?? null,
      languages: input.languages ?? ['en'],
      visibility: input.visibility ?? 'private',
      use_cases: input.use_cases ?? [],
    };
    const id = agentIdFor(inputs.name);
    const row: NewBuildRow = {
      id,
      ...inputs,
      expertise_domains: toJson(inputs.expertise_domains),
      languages: toJson(inputs.languages),
      use_cases: toJson(inputs.use_cases),
      serving_version: null,
      ...this.trainingFields(tenant, 1, now),
      created_at: now.toISOString(),
    };
    try {
      await this.store.transaction(async (trx) => {
        if ((await this.store.byName(tenant, inputs.name, trx)) !== undefined) throw nameTaken(inputs.name);
        await this.store.insert(trx, tenant, row);
        await this.enqueue(trx, tenant, id, 1);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken(inputs.name);
      throw error;
    }
    const accepted = acceptedView({ ...row, org_id: tenant.orgId, livemode: tenant.livemode ? 1 : 0 }, this.settings.baseUrl);
    const warnings = await this.languageWarnings(tenant, inputs);
    // The reference's reply has no warnings field: it appears only when there is advice.
    return warnings.length === 0 ? accepted : { ...accepted, warnings };
  }

  private async row(tenant: Tenant, id: string): Promise<BuildRow> {
    const row = await this.store.get(tenant, id);
    if (row === undefined) {
      throw agentProblems.AGENT_NOT_FOUND(`no custom agent ${id} in this organization and mode`, { errors: [{ field: 'agent_id', code: 'not_found', message: 'is not one of this organization\'s custom agents' }] });
    }
    return row;
  }

  async get(principal: Principal, id: string): Promise<BuilderAgent> {
    return buildView(await this.row(tenantOf(principal), id), this.settings.baseUrl);
  }

  async list(principal: Principal, query: { readonly status?: string; readonly limit: number; readonly cursor?: string }) {
    const tenant = tenantOf(principal);
    let after: [string, string] | undefined;
    if (query.cursor !== undefined) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      if (typeof createdAt !== 'string' || typeof id !== 'string') {
        throw coreErrors.VALIDATION_FAILED('cursor is not one this API handed out: pass meta.next_cursor of the previous page unchanged', { errors: [{ field: 'cursor', code: 'invalid_cursor', message: 'is not a cursor from a previous page' }] });
      }
      after = [createdAt, id];
    }
    const rows = await this.store.list(tenant, { ...(query.status === undefined ? {} : { status: query.status }), limit: query.limit + 1, ...(after === undefined ? {} : { after }) });
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      data: page.map((row) => buildView(row, this.settings.baseUrl)),
      meta: { total: await this.store.count(tenant, query.status), limit: query.limit, next_cursor: rows.length > query.limit && last ? encodeCursor([last.created_at, last.id]) : null },
    };
  }

  /**
   * A persona change trains the next version (the serving one keeps serving meanwhile);
   * a visibility change alone applies at once. Returns the status code the reply takes.
   */
  async update(principal: Principal, id: string, input: UpdateBuildInput): Promise<{ readonly status: 200 | 202; readonly body: BuilderAgent }> {
    const tenant = tenantOf(principal);
    const row = await this.row(tenant, id);
    if (row.status === 'retired') {
      throw agentProblems.AGENT_RETIRED(`agent ${id} is retired: it cannot be changed`, { errors: [{ field: 'agent_id', code: 'retired', message: 'is retired' }] });
    }
    const current = inputsOf(row);
    const merged: BuildInputs = { ...current, ...input };
    const changed = PERSONA_FIELDS.filter((field) => JSON.stringify(merged[field]) !== JSON.stringify(current[field]));
    const now = this.clock.now();
    if (merged.name !== current.name && (await this.store.byName(tenant, merged.name)) !== undefined) throw nameTaken(merged.name);
    if (merged.visibility !== current.visibility) {
      if (row.serving_version !== null) await this.registry.setVisibility(tenant, id, merged.visibility);
      await this.store.update(tenant, id, { visibility: merged.visibility, updated_at: now.toISOString() });
    }
    if (changed.length === 0) return { status: 200, body: await this.get(principal, id) };
    const version = Number(row.version) + 1;
    try {
      await this.store.transaction(async (trx) => {
        await this.store.update(tenant, id, {
          name: merged.name,
          category: merged.category,
          persona_prompt: merged.persona_prompt,
          expertise_domains: toJson(merged.expertise_domains),
          target_audience: merged.target_audience,
          languages: toJson(merged.languages),
          use_cases: toJson(merged.use_cases),
          ...this.trainingFields(tenant, version, now),
        }, trx);
        await this.enqueue(trx, tenant, id, version);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken(merged.name);
      throw error;
    }
    return { status: 202, body: await this.get(principal, id) };
  }

  /** Retires through the registry; a training in progress stops (its steps see the status). */
  async retire(principal: Principal, id: string): Promise<BuilderAgent> {
    const tenant = tenantOf(principal);
    const row = await this.row(tenant, id);
    if (row.status === 'retired') return buildView(row, this.settings.baseUrl);
    if (row.serving_version !== null || (await this.registry.findUsable(tenant, id)) !== null) await this.registry.retire(tenant, id);
    await this.store.update(tenant, id, { status: 'retired', step: null, estimated_ready_at: null, updated_at: this.clock.now().toISOString() });
    return this.get(principal, id);
  }
}
