import { sql, type Kysely } from 'kysely';
import { columnTypes, dialectOf, type MigrationSet } from 'influgentic';

const metricColumns = ['impressions_30d', 'impressions', 'engagements', 'campaigns', 'campaigns_completed', 'leads', 'conversions', 'ratings_count', 'ratings_sum'];

/** The sort keys of GET /v1/agents, each indexed with the id that breaks its ties. */
const sortColumns = ['reach', 'engagement_rate', 'total_campaigns', 'rating_sort'];

export const agentsMigrations: MigrationSet = {
  '2026_11_28_001_create_agents': {
    async up(db: Kysely<any>) {
      const t = columnTypes(db);
      let table = db.schema
        .createTable('agents_agents')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('org_id', t.id)
        .addColumn('livemode', t.bool)
        .addColumn('custom', t.bool, (c) => c.notNull())
        .addColumn('audience', 'text')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('headline', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('subcategories', t.json, (c) => c.notNull())
        .addColumn('use_cases', t.json, (c) => c.notNull())
        .addColumn('languages', t.json, (c) => c.notNull())
        .addColumn('tone_modes', t.json, (c) => c.notNull())
        .addColumn('content_types', t.json, (c) => c.notNull())
        .addColumn('use_case_keys', 'text', (c) => c.notNull())
        .addColumn('language_keys', 'text', (c) => c.notNull())
        .addColumn('persona', t.json, (c) => c.notNull())
        .addColumn('tier', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('visibility', 'text', (c) => c.notNull())
        .addColumn('real_time_streaming', t.bool, (c) => c.notNull())
        .addColumn('pricing_model', 'text', (c) => c.notNull())
        .addColumn('base_rate_micros', t.money, (c) => c.notNull())
        .addColumn('included_in_plans', t.json, (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('search_rowid', t.bigint, (c) => c.notNull())
        .addColumn('measured_at', t.timestamp);
      for (const prefix of ['base_', 'm_']) {
        for (const name of metricColumns) {
          table = table.addColumn(`${prefix}${name}`, name === 'ratings_sum' ? t.real : t.bigint, (c) => c.notNull().defaultTo(0));
        }
      }
      await table
        .addColumn('reach', t.bigint, (c) => c.notNull())
        .addColumn('engagement_rate', t.real, (c) => c.notNull())
        .addColumn('total_campaigns', t.bigint, (c) => c.notNull())
        .addColumn('rating', t.real)
        .addColumn('rating_sort', t.real, (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .execute();
      for (const column of sortColumns) {
        await db.schema.createIndex(`agents_agents_by_${column}`).on('agents_agents').expression(sql`${sql.ref(column)} desc, id`).execute();
        await db.schema.createIndex(`agents_agents_by_category_${column}`).on('agents_agents').expression(sql`category, ${sql.ref(column)} desc, id`).execute();
      }
      await db.schema.createIndex('agents_agents_by_org').on('agents_agents').columns(['org_id', 'livemode', 'id']).execute();
      // Joins full-text matches to their agents; covering the filters and sort keys, so a search
      // ranks and filters thousands of matches without reading their (wide) rows.
      await db.schema
        .createIndex('agents_agents_search_row')
        .unique()
        .on('agents_agents')
        .columns(['search_rowid', 'id', 'audience', 'category', 'language_keys', 'use_case_keys', 'reach', 'engagement_rate', 'total_campaigns', 'rating_sort'])
        .execute();
      // The minute's metrics refresh finds the agents measured before without a table scan.
      await db.schema.createIndex('agents_agents_measured').on('agents_agents').column('measured_at').execute();
      // Covers every list filter, so meta.total is counted from this index, not the wide rows.
      await db.schema.createIndex('agents_agents_filter').on('agents_agents').columns(['audience', 'category', 'reach', 'language_keys', 'use_case_keys']).execute();

      await db.schema
        .createTable('agents_versions')
        .addColumn('agent_id', t.id, (c) => c.notNull().references('agents_agents.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('snapshot', t.json, (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('agents_versions_pk', ['agent_id', 'version'])
        .execute();

      await db.schema
        .createTable('agents_assets')
        .addColumn('agent_id', t.id, (c) => c.notNull().references('agents_agents.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('org_id', t.id)
        .addColumn('livemode', t.bool)
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('size_bytes', t.bigint, (c) => c.notNull())
        .addColumn('etag', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('agents_assets_pk', ['agent_id', 'name'])
        .execute();

      // Full-text search. Both backends index the same text, already lowercased, folded
      // and split into words by searchText() (service/search-text.ts), so they tokenize alike.
      if (dialectOf(db) === 'sqlite') {
        await sql`create virtual table agents_search using fts5(name, headline, tags, persona, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')`.execute(db);
      } else {
        await sql`alter table agents_agents add column search_document tsvector not null default ''::tsvector`.execute(db);
        // search_rowid only needs to be unique here (FTS5 uses it on SQLite): a sequence keeps
        // concurrent writers from different processes apart.
        await sql`create sequence agents_search_rowid_seq`.execute(db);
        await sql`create index agents_agents_search on agents_agents using gin (search_document)`.execute(db);
      }
    },
  },
  // The revision findUsable's cache checks (service/usable-cache.ts). The database bumps it
  // itself, so that no writer can forget it: a process of an older version still running
  // during a rolling upgrade, an operator's SQL. Only a change to a column findUsable's view
  // reads counts (the list is usableColumns' in service/views.ts on the day this was
  // written): the seed rewriting an unchanged built-in at every start and the minute's
  // metrics refresh leave cached agents alone.
  '2026_12_07_001_agent_revision': {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('agents_agents').addColumn('revision', columnTypes(db).bigint, (c) => c.notNull().defaultTo(0)).execute();
      const columns = ['name', 'headline', 'category', 'status', 'custom', 'org_id', 'livemode', 'visibility', 'tier', 'version',
        'subcategories', 'use_cases', 'languages', 'tone_modes', 'content_types', 'persona', 'base_rate_micros', 'included_in_plans', 'created_at'];
      if (dialectOf(db) === 'sqlite') {
        // AFTER UPDATE, setting the revision in a second update: SQLite's triggers cannot
        // change NEW. The WHEN stops the second update from counting itself.
        const changed = columns.map((column) => `new.${column} is not old.${column}`).join(' or ');
        await sql.raw(`create trigger agents_agents_revision after update on agents_agents for each row
          when new.revision = old.revision and (${changed})
          begin update agents_agents set revision = old.revision + 1 where id = new.id; end`).execute(db);
        return;
      }
      const list = (row: string) => columns.map((column) => `${row}.${column}`).join(', ');
      await sql.raw(`create function agents_agents_bump_revision() returns trigger language plpgsql as $$
        begin
          if new.revision = old.revision and (${list('new')}) is distinct from (${list('old')}) then
            new.revision := old.revision + 1;
          end if;
          return new;
        end $$`).execute(db);
      await sql.raw('create trigger agents_agents_revision before update on agents_agents for each row execute function agents_agents_bump_revision()').execute(db);
    },
  },
};
