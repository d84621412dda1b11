import { sql, type Kysely } from 'kysely';
import { columnTypes, dialectOf, type MigrationSet } from '../../db/index.js';

export const jobsMigrations: MigrationSet = {
  '2026_11_28_001_create_jobs': {
    async up(db: Kysely<any>) {
      const t = columnTypes(db);
      const postgres = dialectOf(db) === 'postgres';
      await db.schema
        .createTable('jobs_jobs')
        .addColumn('seq', postgres ? 'bigint' : 'integer', (c) => (postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey()))
        .addColumn('id', t.id, (c) => c.notNull().unique())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('payload', t.json, (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('max_attempts', 'integer', (c) => c.notNull())
        .addColumn('run_at', t.timestamp, (c) => c.notNull())
        .addColumn('dedupe_key', 'text')
        .addColumn('ordering_key', 'text')
        .addColumn('locked_by', 'text')
        .addColumn('locked_until', t.timestamp)
        .addColumn('last_error', 'text')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .addColumn('started_at', t.timestamp)
        .addColumn('finished_at', t.timestamp)
        .execute();
      // NULL keys never collide (on both backends), so jobs without a key are unconstrained.
      await db.schema.createIndex('jobs_jobs_dedupe').on('jobs_jobs').columns(['type', 'dedupe_key']).unique().execute();
      // Workers claim per type: (type, status, run_at) finds a type's due jobs without reading the others'.
      // Workers claim per type: (type, status, run_at) finds a type's due jobs without reading the others'.
      await db.schema.createIndex('jobs_jobs_due').on('jobs_jobs').columns(['type', 'status', 'run_at']).execute();
      await db.schema.createIndex('jobs_jobs_leases').on('jobs_jobs').columns(['status', 'locked_until']).execute();
      await db.schema.createIndex('jobs_jobs_ordering').on('jobs_jobs').columns(['type', 'ordering_key', 'seq']).where(sql.ref('ordering_key'), 'is not', null).execute();
      await db.schema.createIndex('jobs_jobs_finished').on('jobs_jobs').columns(['finished_at']).execute();
    },
  },
};
