import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { migratePlugin, type MigrationSet } from './migrator.js';
import { Precompiled } from './precompiled.js';
import { runSqliteDirect } from './sqlite-direct.js';
import { gate } from '../jobs/testing.js';
import { forEachBackend } from './testing.js';

interface NoteTables {
  readonly sd_notes: { readonly id: string; readonly n: number };
}

const migrations: MigrationSet = {
  '2026_12_06_001_create_notes': {
    async up(db: Kysely<any>) {
      await db.schema.createTable('sd_notes').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('n', 'integer', (c) => c.notNull()).execute();
    },
  },
};

const insert = new Precompiled<NoteTables['sd_notes'], never>({ id: true, n: true }, (k, v) => k.insertInto('sd_notes').values(v));

forEachBackend((backend) => {
  describe('Precompiled statements on the connection itself (SQLite)', () => {
    it('run directly on an idle connection and in a transaction, and never on another handle while one is open', async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'sd', migrations);
      const tables = db.tables<NoteTables>();
      if (backend.name === 'postgres') {
        // A pool of connections: kysely's path every time.
        assert.equal(runSqliteDirect(tables, 'select 1 as one', []), undefined);
        return;
      }
      assert.deepEqual(runSqliteDirect(tables, 'select 1 as one', [])?.rows, [{ one: 1 }]);
      const written = runSqliteDirect(tables, 'insert into sd_notes (id, n) values (?, ?)', ['a', 1]);
      assert.equal(written?.numAffectedRows, 1n);
      // A handle with plugins is kysely's, which transforms their results.
      assert.equal(runSqliteDirect(tables.withSchema('main'), 'select 1 as one', []), undefined);
      const held = gate();
      const release = gate();
      const transaction = tables.transaction().execute(async (trx) => {
        assert.deepEqual(runSqliteDirect(trx, 'select count(*) as n from sd_notes', [])?.rows, [{ n: 1 }]);
        held.open();
        await release.promise;
      });
      await held.promise;
      // The transaction has the connection: a statement of the database handle would run inside it.
      assert.equal(runSqliteDirect(tables, 'select 1 as one', []), undefined);
      release.open();
      await transaction;
      assert.deepEqual(runSqliteDirect(tables, 'select 1 as one', [])?.rows, [{ one: 1 }]);
    });

    it('leave a write of the database handle out of a transaction open at the time, which rolls back alone', { timeout: 10_000 }, async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'sd', migrations);
      const tables = db.tables<NoteTables>();
      const held = gate();
      const release = gate();
      const transaction = tables.transaction().execute(async (trx) => {
        await insert.execute(trx, { id: 'inside', n: 1 });
        held.open();
        await release.promise;
        throw new Error('roll back');
      });
      await held.promise;
      const outside = insert.execute(tables, { id: 'outside', n: 2 });
      release.open();
      await assert.rejects(transaction, /roll back/);
      await outside;
      const ids = (await tables.selectFrom('sd_notes').select('id').execute()).map((row) => row.id);
      assert.deepEqual(ids, ['outside']);
    });

    it('report a failing statement as a rejection, not a throw, and leave the connection usable', async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'sd', migrations);
      const tables = db.tables<NoteTables>();
      await insert.execute(tables, { id: 'a', n: 1 });
      const again = insert.execute(tables, { id: 'a', n: 2 });
      assert.ok(again instanceof Promise);
      await assert.rejects(again, /UNIQUE|unique|duplicate/);
      await tables.transaction().execute((trx) => insert.execute(trx, { id: 'b', n: 2 }));
      assert.equal((await tables.selectFrom('sd_notes').select('id').execute()).length, 2);
    });
  });
});
