import type { Kysely } from 'kysely';
import { columnTypes } from '../db/index.js';
import { DATABASE } from '../tokens.js';
import { definePlugin } from '../plugin/define.js';
import { idempotencyErrors } from './middleware.js';
import { IdempotencyStore, type IdempotencyTables } from './store.js';

/** The table of idempotency records; the middleware is wired by the app. */
export const idempotencyPlugin = definePlugin({
  name: 'idempotency',
  version: '1.0.0',
  errors: idempotencyErrors,
  schedules: [
    {
      name: 'idempotency.purge',
      cron: '7 * * * *',
      async run(tick) {
        const store = new IdempotencyStore(tick.resolve(DATABASE).tables<IdempotencyTables>());
        const deleted = await store.purgeExpired(tick.clock.now().toISOString());
        if (deleted > 0) tick.logger.info({ deleted }, 'purged expired idempotency keys');
      },
    },
  ],
  migrations: {
    '2026_11_28_001_create_keys': {
      async up(db: Kysely<any>) {
        const t = columnTypes(db);
        await db.schema
          .createTable('idempotency_keys')
          .addColumn('org_id', t.id, (c) => c.notNull())
          .addColumn('livemode', t.bool, (c) => c.notNull())
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('request_hash', 'text', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('locked_until', t.timestamp, (c) => c.notNull())
          .addColumn('response_status', 'integer')
          .addColumn('response_type', 'text')
          .addColumn('response_body', 'text')
          .addColumn('created_at', t.timestamp, (c) => c.notNull())
          .addColumn('expires_at', t.timestamp, (c) => c.notNull())
          .addPrimaryKeyConstraint('idempotency_keys_pk', ['org_id', 'livemode', 'key'])
          .execute();
        await db.schema.createIndex('idempotency_keys_by_expiry').on('idempotency_keys').column('expires_at').execute();
      },
    },
  },
});
