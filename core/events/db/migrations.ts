import type { Kysely } from 'kysely';
import { columnTypes, dialectOf, type MigrationSet } from '../../db/index.js';

export const eventsMigrations: MigrationSet = {
  '2026_11_28_001_create_outbox': {
    async up(db: Kysely<any>) {
      const t = columnTypes(db);
      const postgres = dialectOf(db) === 'postgres';
      await db.schema
        .createTable('events_outbox')
        // AUTOINCREMENT on SQLite: a seq is never reused, even after the newest rows are purged,
        // so the live tail's cursor cannot skip a new event.
        .addColumn('seq', postgres ? 'bigint' : 'integer', (c) => (postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement()))
        .addColumn('id', t.id, (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('org_id', t.id, (c) => c.notNull())
        .addColumn('livemode', t.bool, (c) => c.notNull())
        .addColumn('aggregate_id', 'text', (c) => c.notNull())
        .addColumn('payload', t.json, (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('events_outbox_by_org').on('events_outbox').columns(['org_id', 'livemode', 'seq']).execute();
      await db.schema.createIndex('events_outbox_created').on('events_outbox').columns(['created_at']).execute();
    },
  },
};
