import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { Precompiled, dialectOf } from 'influgentic';
import { fts5Query, tsQuery } from '../service/search-text.js';
import type { AgentRow, AgentsTables, AgentVersionRow, AssetRow } from './schema.js';

/** The indexed text of one agent, already folded by searchText(), in weight order. */
export interface SearchDocument {
  readonly name: string;
  readonly headline: string;
  readonly tags: string;
  readonly persona: string;
}

export type SortColumn = 'reach' | 'engagement_rate' | 'total_campaigns' | 'rating_sort';

export interface AgentListQuery {
  /** The audience keys the caller may list (see AgentColumns.audience). */
  readonly audiences: readonly string[];
  readonly category?: string;
  /** Matched against use_case_keys, which already hold each use case's synonyms. */
  readonly useCase?: string;
  readonly language?: string;
  readonly minReach?: number;
  readonly agentId?: string;
  /** Words to find (all of them, as prefixes); undefined: no search. */
  readonly words?: readonly string[];
  /** A column, or relevance (`score`, only with words). */
  readonly sort: SortColumn | 'score';
  /** Keyset: the sort value and id of the previous page's last row. */
  readonly after?: { readonly value: number; readonly id: string };
  readonly limit: number;
}

/** What a list page shows, and the relevance score with a search. */
export type AgentListRow = Pick<
  AgentRow,
  | 'id' | 'org_id' | 'livemode' | 'custom' | 'name' | 'headline' | 'category' | 'subcategories' | 'use_cases' | 'languages'
  | 'tier' | 'status' | 'visibility' | 'reach' | 'engagement_rate' | 'total_campaigns' | 'rating' | 'rating_sort' | 'created_at'
> & {
  readonly score: number;
  /** With search words: how many agents match (before the keyset), counted while ranking them. */
  readonly total?: number | string;
};

const listColumns = sql.raw(
  'a.id, a.org_id, a.livemode, a.custom, a.name, a.headline, a.category, a.subcategories, a.use_cases, a.languages, a.tier, a.status, a.visibility, a.reach, a.engagement_rate, a.total_campaigns, a.rating, a.rating_sort, a.created_at',
);

/** `like` with `_` and `%` taken literally (slugs contain underscores). */
function containsKey(column: string, key: string): RawBuilder<unknown> {
  const escaped = key.replace(/[\\%_]/g, (char) => `\\${char}`);
  return sql`${sql.ref(column)} like ${`%|${escaped}|%`} escape '\\'`;
}

// Every generation looks its agent up: built once (see Precompiled).
const agentById = new Precompiled<{ readonly id: string }, AgentRow>({ id: true }, (db, { id }) => db.selectFrom('agents_agents').selectAll().where('id', '=', id));
const revisionById = new Precompiled<{ readonly id: string }, Pick<AgentRow, 'revision'>>({ id: true }, (db, { id }) => db.selectFrom('agents_agents').select('revision').where('id', '=', id));

/** SQL for agents; nothing else touches the agents tables. */
export class AgentStore {
  private readonly dialect: 'sqlite' | 'postgres';

  constructor(private readonly db: Kysely<AgentsTables>) {
    this.dialect = dialectOf(db);
  }

  transaction<T>(work: (trx: Transaction<AgentsTables>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  async getById(id: string, db: Kysely<AgentsTables> = this.db): Promise<AgentRow | undefined> {
    const { rows } = await agentById.execute(db, { id });
    return rows[0];
  }

  /** The row's revision (see AgentColumns.revision); undefined when there is no such agent. */
  async revisionOf(id: string): Promise<number | undefined> {
    const { rows } = await revisionById.execute(this.db, { id });
    return rows[0] === undefined ? undefined : Number(rows[0].revision);
  }

  /** Serializes seeding between processes starting at once on one Postgres database. */
  async lockSeed(trx: Kysely<AgentsTables>): Promise<void> {
    if (this.dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext('agents.seed'))`.execute(trx);
  }

  /** A fresh row number for the full-text index. */
  async nextSearchRowid(trx: Kysely<AgentsTables>): Promise<number> {
    if (this.dialect === 'postgres') {
      const { rows } = await sql<{ n: string | number }>`select nextval('agents_search_rowid_seq') as n`.execute(trx);
      return Number(rows[0]!.n);
    }
    const { rows } = await sql<{ n: number }>`select coalesce(max(search_rowid), 0) + 1 as n from agents_agents`.execute(trx);
    return Number(rows[0]!.n);
  }

  async insert(trx: Kysely<AgentsTables>, row: AgentRow, search: SearchDocument): Promise<void> {
    await trx.insertInto('agents_agents').values(row).execute();
    await this.writeSearch(trx, row.id, row.search_rowid, search, true);
  }

  /** Many new agents at once (the benchmark's synthetic catalog): one statement per table. */
  async insertMany(trx: Kysely<AgentsTables>, rows: readonly { readonly row: AgentRow; readonly search: SearchDocument }[]): Promise<void> {
    if (rows.length === 0) return;
    await trx.insertInto('agents_agents').values(rows.map(({ row }) => row)).execute();
    if (this.dialect === 'sqlite') {
      const values = rows.map(({ row, search }) => sql`(${row.search_rowid}, ${search.name}, ${search.headline}, ${search.tags}, ${search.persona})`);
      await sql`insert into agents_search (rowid, name, headline, tags, persona) values ${sql.join(values)}`.execute(trx);
      return;
    }
    for (const { row, search } of rows) await this.writeSearch(trx, row.id, row.search_rowid, search, true);
  }

  /**
   * Updates an agent's columns (never its id, search row or revision: the database bumps the
   * revision when a column findUsable reads changes), and its index when given.
   */
  async update(trx: Kysely<AgentsTables>, id: string, patch: Partial<Omit<AgentRow, 'id' | 'search_rowid' | 'revision'>>, search?: SearchDocument): Promise<void> {
    await trx.updateTable('agents_agents').set(patch).where('id', '=', id).execute();
    if (search) {
      const row = await this.getById(id, trx);
      if (row) await this.writeSearch(trx, id, row.search_rowid, search);
    }
  }

  private async writeSearch(trx: Kysely<AgentsTables>, id: string, rowid: number, doc: SearchDocument, fresh = false): Promise<void> {
    if (this.dialect === 'sqlite') {
      // A fresh rowid has no index row yet (rowids are never reused).
      if (!fresh) await sql`delete from agents_search where rowid = ${rowid}`.execute(trx);
      await sql`insert into agents_search (rowid, name, headline, tags, persona) values (${rowid}, ${doc.name}, ${doc.headline}, ${doc.tags}, ${doc.persona})`.execute(trx);
      return;
    }
    await sql`update agents_agents set search_document =
        setweight(to_tsvector('simple', ${doc.name}), 'A') || setweight(to_tsvector('simple', ${doc.headline}), 'B') ||
        setweight(to_tsvector('simple', ${doc.tags}), 'C') || setweight(to_tsvector('simple', ${doc.persona}), 'D')
      where id = ${id}`.execute(trx);
  }

  /**
   * `forList`: on SQLite the audience test is written `+a.audience` so the planner walks the
   * sort index and stops at the limit, instead of reading every listed agent through the
   * audience index and sorting them (a page of 20 from 100,000 agents: 0.1 ms against 900).
   */
  private filters(query: AgentListQuery, forList = false): RawBuilder<unknown>[] {
    const audience = forList && this.dialect === 'sqlite' ? sql`+a.audience` : sql`a.audience`;
    const where: RawBuilder<unknown>[] = [sql`${audience} in (${sql.join(query.audiences.map((key) => sql`${key}`))})`];
    if (query.category !== undefined) where.push(sql`a.category = ${query.category}`);
    if (query.useCase !== undefined) where.push(containsKey('a.use_case_keys', query.useCase));
    if (query.language !== undefined) where.push(containsKey('a.language_keys', query.language));
    if (query.minReach !== undefined) where.push(sql`a.reach >= ${query.minReach}`);
    if (query.agentId !== undefined) where.push(sql`a.id = ${query.agentId}`);
    return where;
  }

  /**
   * The matching agents (filters and search words) as a derived table `x` of ids, sort keys
   * and `score`: narrow, so ranking thousands of matches reads indexes, not agent rows.
   */
  private source(query: AgentListQuery): RawBuilder<unknown> {
    const where = sql.join(this.filters(query), sql` and `);
    const keys = sql.raw('a.id, a.reach, a.engagement_rate, a.total_campaigns, a.rating_sort');
    if (query.words === undefined) return sql`(select ${keys}, 0 as score from agents_agents a where ${where})`;
    if (this.dialect === 'sqlite') {
      // bm25 is lower for better matches; negated so that every sort is descending. Weights:
      // name, headline (with category), tags (subcategories, use cases, topics, expertise), persona.
      return sql`(select ${keys}, -bm25(agents_search, 10.0, 4.0, 2.0, 1.0) as score
        from agents_search s join agents_agents a on a.search_rowid = s.rowid
        where agents_search match ${fts5Query(query.words)} and ${where})`;
    }
    // float8: ts_rank is a 4-byte real, whose printed form would not compare equal to itself
    // once parsed back as a cursor value.
    return sql`(select ${keys}, ts_rank(a.search_document, q.query)::float8 as score
      from agents_agents a cross join to_tsquery('simple', ${tsQuery(query.words)}) as q(query)
      where a.search_document @@ q.query and ${where})`;
  }

  /** One page, in `sort` order (descending, ties by id ascending), after the keyset `after`. */
  async list(query: AgentListQuery): Promise<AgentListRow[]> {
    if (query.words === undefined) {
      // Without a derived table, so the planner walks the (sort column desc, id) index and stops at the limit.
      const sortColumn = sql.ref(`a.${query.sort}`);
      const keyset = query.after === undefined ? sql`1 = 1` : sql`(${sortColumn} < ${query.after.value} or (${sortColumn} = ${query.after.value} and a.id > ${query.after.id}))`;
      const { rows } = await sql<AgentListRow>`select ${listColumns}, 0 as score from agents_agents a
        where ${sql.join(this.filters(query, true), sql` and `)} and ${keyset}
        order by ${sortColumn} desc, a.id limit ${query.limit}`.execute(this.db);
      return rows;
    }
    // Rank the narrow matches first (counting them in the same pass), then read the page's rows only.
    const keyset = query.after === undefined ? sql`1 = 1` : sql`(y.sort_value < ${query.after.value} or (y.sort_value = ${query.after.value} and y.id > ${query.after.id}))`;
    const { rows } = await sql<AgentListRow>`select ${listColumns}, p.score, p.total from
      (select y.id, y.score, y.sort_value, y.total
        from (select x.id, x.score, ${sql.ref(`x.${query.sort}`)} as sort_value, count(*) over () as total from ${this.source(query)} x) y
        where ${keyset} order by y.sort_value desc, y.id limit ${query.limit}) p
      join agents_agents a on a.id = p.id
      order by p.sort_value desc, p.id`.execute(this.db);
    return rows;
  }

  async count(query: AgentListQuery): Promise<number> {
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${this.source(query)} x`.execute(this.db);
    return Number(rows[0]?.n ?? 0);
  }

  /** Agents whose measured counts are not all zero (to be reset when a source stops reporting them). */
  async idsWithMeasurements(): Promise<string[]> {
    const rows = await this.db.selectFrom('agents_agents').select('id').where('measured_at', 'is not', null).execute();
    return rows.map((row) => row.id);
  }

  async insertVersion(trx: Kysely<AgentsTables>, row: AgentVersionRow): Promise<void> {
    await trx.insertInto('agents_versions').values(row).execute();
  }

  listVersions(agentId: string): Promise<AgentVersionRow[]> {
    return this.db.selectFrom('agents_versions').selectAll().where('agent_id', '=', agentId).orderBy('version').execute();
  }

  getAsset(agentId: string, name: string): Promise<AssetRow | undefined> {
    return this.db.selectFrom('agents_assets').selectAll().where('agent_id', '=', agentId).where('name', '=', name).executeTakeFirst();
  }

  /** Inserts or replaces an asset's row; returns whether it already existed. */
  async putAsset(row: AssetRow): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('agents_assets').select('created_at').where('agent_id', '=', row.agent_id).where('name', '=', row.name).executeTakeFirst();
      if (existing) {
        const { agent_id: agentId, name, created_at: _created, ...rest } = row;
        await trx.updateTable('agents_assets').set(rest).where('agent_id', '=', agentId).where('name', '=', name).execute();
        return true;
      }
      await trx.insertInto('agents_assets').values(row).execute();
      return false;
    });
  }

  listAssets(agentId: string, limit: number, afterName: string | undefined): Promise<AssetRow[]> {
    let query = this.db.selectFrom('agents_assets').selectAll().where('agent_id', '=', agentId);
    if (afterName !== undefined) query = query.where('name', '>', afterName);
    return query.orderBy('name').limit(limit).execute();
  }

  async countAssets(agentId: string): Promise<number> {
    const row = await this.db.selectFrom('agents_assets').select((eb) => eb.fn.countAll<number>().as('n')).where('agent_id', '=', agentId).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
