import type { Kysely } from 'kysely';
import { columnTypes } from '../db/index.js';
import { definePlugin } from '../plugin/define.js';
import { rateLimitErrors } from './guard.js';

/**
 * The rate limiter's table, for `ratelimit.store: database` (counters shared by every
 * process on one database). The guard itself is wired by the app.
 */
export const rateLimitPlugin = definePlugin({
  name: 'ratelimit',
  version: '1.0.0',
  errors: rateLimitErrors,
  migrations: {
    '2026_11_28_001_create_counters': {
      async up(db: Kysely<any>) {
        const t = columnTypes(db);
        await db.schema
          .createTable('ratelimit_counters')
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('window_index', t.bigint, (c) => c.notNull())
          .addColumn('count', t.bigint, (c) => c.notNull())
          .addPrimaryKeyConstraint('ratelimit_counters_pk', ['key', 'window_index'])
          .execute();
      },
    },
  },
});
