import type { Kysely } from 'kysely';
import { columnTypes, type MigrationSet } from '../../db/index.js';

export const schedulerMigrations: MigrationSet = {
  '2026_11_28_001_create_leases': {
    async up(db: Kysely<any>) {
      const t = columnTypes(db);
      await db.schema
        .createTable('scheduler_leases')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('acquired_at', t.timestamp, (c) => c.notNull())
        .addColumn('expires_at', t.timestamp, (c) => c.notNull())
        .addColumn('completed_at', t.timestamp)
        .execute();
      await db.schema.createIndex('scheduler_leases_expiry').on('scheduler_leases').columns(['expires_at']).execute();
    },
  },
};
