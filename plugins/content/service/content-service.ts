import { CLOCK, EVENT_BUS, LLM_PROVIDERS, coreErrors, decodeCursor, encodeCursor, inject, injectable, newId } from 'influgentic';
import type { Clock, EventBus, GenerationRecord, LlmProviders, Tenant } from 'influgentic';
import { AGENT_REGISTRY, type AgentRegistry } from '../../agents/tokens.js';
import type { ContentConfig } from '../config.js';
import type { ContentStore } from '../db/store.js';
import { agentProblems, contentErrors } from '../errors.js';
import { CONTENT_GENERATED } from '../events.js';
import { contentOf, discloseText } from './finish.js';
import { CONTENT_SETTINGS, CONTENT_STORE } from './internal-tokens.js';
import { planGeneration } from './plan.js';
import { runStream } from './stream-run.js';
import type { Content, ContentCaller, ContentFilter, ContentInput, ContentPage, ContentService, GenerationContext, GenerationRun, PreparedGeneration } from './types.js';

function tenantOf(caller: ContentCaller): Tenant {
  return { orgId: caller.orgId, livemode: caller.livemode };
}

@injectable()
export class ContentGenerator implements ContentService {
  constructor(
    @inject(AGENT_REGISTRY) private readonly agents: AgentRegistry,
    @inject(LLM_PROVIDERS) private readonly providers: LlmProviders,
    @inject(CONTENT_STORE) private readonly store: ContentStore,
    @inject(EVENT_BUS) private readonly bus: EventBus,
    @inject(CONTENT_SETTINGS) private readonly config: ContentConfig,
    @inject(CLOCK) private readonly clock: Clock,
  ) {}

  async prepare(caller: ContentCaller, agentId: string, input: ContentInput, context: GenerationContext = {}): Promise<PreparedGeneration> {
    const notFound = () =>
      agentProblems.AGENT_NOT_FOUND(`no agent ${agentId} that this organization may use`, { errors: [{ field: 'agent_id', code: 'not_found', message: 'is not an agent this organization may use' }] });
    if (caller.agentId !== undefined && caller.agentId !== agentId) throw notFound();
    const agent = await this.agents.findUsable(tenantOf(caller), agentId);
    if (agent === null) throw notFound();
    if (agent.status === 'retired' && context.allowRetiredAgent !== true) {
      throw agentProblems.AGENT_RETIRED(`agent ${agentId} is retired: it generates only for its existing campaigns`, { errors: [{ field: 'agent_id', code: 'retired', message: 'is retired' }] });
    }
    if (input.compliance_mode === 'strict' && input.content_type === 'testimonial' && input.source_quote === undefined) {
      throw contentErrors.TESTIMONIAL_NEEDS_SOURCE('strict compliance refuses a testimonial without source_quote: give a real customer\'s words to adapt (an invented testimonial is a fake review)', {
        errors: [{ field: 'source_quote', code: 'required', message: 'is required for a testimonial under strict compliance' }],
      });
    }
    const plan = planGeneration(this.config, { id: agent.id, name: agent.name, languages: agent.languages, tone_modes: agent.tone_modes, persona: agent.persona }, input);
    return { tenant: tenantOf(caller), agentId: agent.id, agentName: agent.name, sessionId: newId('sess'), campaignId: context.campaignId ?? null, input, plan };
  }

  async generate(prepared: PreparedGeneration, signal: AbortSignal): Promise<Content> {
    const provider = this.providers.forMode(prepared.tenant.livemode);
    const generation = await provider.generate(prepared.plan.request, signal);
    const { body, suffix, cut } = discloseText(prepared.plan, generation.text, generation.language);
    const record: GenerationRecord = cut ? { ...generation, finishReason: 'length' } : generation;
    return this.save(prepared, record, body + suffix, true);
  }

  async stream(prepared: PreparedGeneration, signal: AbortSignal): Promise<GenerationRun> {
    const provider = this.providers.forMode(prepared.tenant.livemode);
    return runStream(prepared, provider, signal, (record, text, disclosed) => this.save(prepared, record, text, disclosed));
  }

  async get(caller: ContentCaller, id: string): Promise<Content> {
    const content = await this.store.get(tenantOf(caller), id);
    if (content === undefined || (caller.agentId !== undefined && content.agent_id !== caller.agentId)) {
      throw contentErrors.CONTENT_NOT_FOUND(`no content ${id} for this organization and mode`, { errors: [{ field: 'content_id', code: 'not_found', message: 'does not exist' }] });
    }
    return content;
  }

  async list(caller: ContentCaller, filter: ContentFilter): Promise<ContentPage> {
    const limit = filter.limit;
    if (caller.agentId !== undefined && filter.agent_id !== undefined && filter.agent_id !== caller.agentId) {
      return { data: [], meta: { total: 0, limit, next_cursor: null } };
    }
    const query = { agentId: caller.agentId ?? filter.agent_id, contentType: filter.content_type, campaignId: filter.campaign_id };
    const beforeId = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor, 1)[0];
    if (beforeId !== undefined && typeof beforeId !== 'string') {
      throw coreErrors.VALIDATION_FAILED('cursor is not one this API handed out: pass meta.next_cursor of the previous page unchanged', { errors: [{ field: 'cursor', code: 'invalid_cursor', message: 'is not a cursor from a previous page' }] });
    }
    const tenant = tenantOf(caller);
    const rows = await this.store.list(tenant, { ...query, limit: limit + 1, ...(beforeId === undefined ? {} : { beforeId }) });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { data: page, meta: { total: await this.store.count(tenant, query), limit, next_cursor: rows.length > limit && last ? encodeCursor([last.id]) : null } };
  }

  /** Stores the content and emits agent.content_generated in the same transaction. */
  private async save(prepared: PreparedGeneration, record: GenerationRecord, text: string, disclosed: boolean): Promise<Content> {
    const now = this.clock.now();
    const content = contentOf(prepared.plan, record, text, disclosed, {
      // The id's time part is the wall clock, so ids sort in creation order even under a test clock.
      id: newId('cnt'),
      sessionId: prepared.sessionId,
      agentId: prepared.agentId,
      campaignId: prepared.campaignId,
      createdAt: now.toISOString(),
    });
    await this.store.transaction(async (trx) => {
      await this.store.insert(trx, prepared.tenant, content);
      await this.bus.emit(trx, { name: CONTENT_GENERATED, orgId: prepared.tenant.orgId, livemode: prepared.tenant.livemode, aggregateId: content.id, payload: content });
    });
    return content;
  }
}
