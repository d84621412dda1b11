import type { Kysely } from 'kysely';
import { columnTypes, type MigrationSet } from 'influgentic';

export const builderMigrations: MigrationSet = {
  '2026_11_28_001_create_builder_agents': {
    async up(db: Kysely<any>) {
      const t = columnTypes(db);
      await db.schema
        .createTable('builder_agents')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('persona_prompt', 'text', (c) => c.notNull())
        .addColumn('expertise_domains', t.json, (c) => c.notNull())
        .addColumn('target_audience', 'text')
        .addColumn('languages', t.json, (c) => c.notNull())
        .addColumn('visibility', 'text', (c) => c.notNull())
        .addColumn('use_cases', t.json, (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('serving_version', 'integer')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('progress', t.real, (c) => c.notNull())
        .addColumn('step', 'text')
        .addColumn('steps', t.json, (c) => c.notNull())
        .addColumn('error', t.json)
        .addColumn('persona', t.json)
        .addColumn('samples', t.json)
        .addColumn('feedback', t.json)
        .addColumn('compiles', 'integer', (c) => c.notNull())
        .addColumn('estimated_ready_at', t.timestamp)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .execute();
      // A name is unique per organization and mode, even when two requests race.
      await db.schema.createIndex('builder_agents_name').unique().on('builder_agents').columns(['org_id', 'livemode', 'name']).execute();
      await db.schema.createIndex('builder_agents_by_org').on('builder_agents').columns(['org_id', 'livemode', 'id']).execute();
    },
  },
};
