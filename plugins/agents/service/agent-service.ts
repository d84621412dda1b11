import { coreErrors, decodeCursor, encodeCursor, inject, injectable, type Principal, type Tenant } from 'influgentic';
import type { AgentRow } from '../db/schema.js';
import type { AgentListQuery, AgentStore, SortColumn } from '../db/store.js';
import { agentErrors } from '../errors.js';
import { AGENT_STORE, AGENTS_SETTINGS, MEASURED_METRICS, type AgentsSettings } from './internal-tokens.js';
import type { MeasuredMetrics } from './measured-metrics.js';
import { addCounts, figuresOf } from './metrics.js';
import { audiencesFor, countsOf } from './rows.js';
import { queryWords } from './search-text.js';
import { agentDetailView, agentView, readableBy } from './views.js';

export type AgentSort = 'reach' | 'engagement' | 'campaigns' | 'rating';

export interface ListAgentsInput {
  readonly category?: string;
  readonly use_case?: string;
  readonly language?: string;
  readonly min_reach?: number;
  readonly sort?: AgentSort;
  readonly q?: string;
  readonly limit: number;
  readonly cursor?: string;
}

const sortColumns: Readonly<Record<AgentSort, SortColumn>> = {
  reach: 'reach',
  engagement: 'engagement_rate',
  campaigns: 'total_campaigns',
  rating: 'rating_sort',
};

/** The registry as the API shows it: lists with filters, search and cursors; detail views. */
@injectable()
export class AgentService {
  constructor(
    @inject(AGENT_STORE) private readonly store: AgentStore,
    @inject(MEASURED_METRICS) private readonly metrics: MeasuredMetrics,
    @inject(AGENTS_SETTINGS) private readonly settings: AgentsSettings,
  ) {}

  async list(principal: Principal, input: ListAgentsInput) {
    const words = input.q === undefined ? undefined : queryWords(input.q);
    const sortName = input.sort ?? (words === undefined ? 'reach' : 'relevance');
    const sort = sortName === 'relevance' ? 'score' : sortColumns[sortName];
    const query: AgentListQuery = {
      audiences: audiencesFor(principal),
      category: input.category,
      useCase: input.use_case,
      language: input.language,
      minReach: input.min_reach,
      agentId: principal.agentId,
      words,
      sort,
      after: input.cursor === undefined ? undefined : afterOf(input.cursor, sortName),
      limit: input.limit + 1,
    };
    // Search input with no word in it (only punctuation) matches nothing, rather than everything.
    if (words !== undefined && words.length === 0) return { data: [], meta: { total: 0, limit: input.limit, next_cursor: null } };
    let rows;
    let total: number;
    if (words === undefined) [rows, total] = await Promise.all([this.store.list(query), this.store.count(query)]);
    else {
      // A search counts its matches while ranking them; only a page past the end asks again.
      rows = await this.store.list(query);
      total = rows[0]?.total !== undefined ? Number(rows[0].total) : await this.store.count(query);
    }
    const page = rows.slice(0, input.limit);
    const last = page[page.length - 1];
    return {
      data: page.map((row) => agentView(row, principal, this.settings.baseUrl)),
      meta: {
        total,
        limit: input.limit,
        next_cursor: rows.length > input.limit && last ? encodeCursor([sortName, Number(sort === 'score' ? last.score : last[sort]), last.id]) : null,
      },
    };
  }

  /** A row the tenant may read by id, honouring the X-Influgentic-Agent narrowing; else 404. */
  async readable(principal: Tenant & { readonly agentId?: string | undefined }, agentId: string): Promise<AgentRow> {
    const row = principal.agentId !== undefined && principal.agentId !== agentId ? undefined : await this.store.getById(agentId);
    if (!row || !readableBy(row, principal)) throw agentErrors.AGENT_NOT_FOUND(`no agent ${agentId} that this organization can see`);
    return row;
  }

  async get(principal: Principal, agentId: string) {
    const row = await this.readable(principal, agentId);
    const counts = addCounts(countsOf(row, 'base_'), await this.metrics.forAgent(row.id));
    return agentDetailView(row, figuresOf(counts), principal, this.settings.baseUrl);
  }
}

function afterOf(cursor: string, sortName: string): { value: number; id: string } {
  const [sort, value, id] = decodeCursor(cursor, 3);
  if (sort !== sortName || typeof value !== 'number' || typeof id !== 'string') {
    throw coreErrors.VALIDATION_FAILED('cursor belongs to a list with another sort: pass meta.next_cursor with the same filters and sort', {
      errors: [{ field: 'cursor', code: 'invalid_cursor', message: `is not a cursor of a list sorted by ${sortName}` }],
    });
  }
  return { value, id };
}
