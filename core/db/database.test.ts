import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Database } from './database.js';
import { openDatabase } from './open-database.js';
import { forEachBackend } from './testing.js';

interface NoteTables {
  readonly notes: { readonly id: string; readonly body: string };
}

async function withNotes(db: Database): Promise<void> {
  await db.kysely.schema
    .createTable('notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('body', 'text', (c) => c.notNull())
    .execute();
}

forEachBackend((backend) => {
  describe('Database', () => {
    it('knows its dialect', async () => {
      const db = await backend.fresh();
      assert.equal(db.dialect, backend.name);
    });

    it('keeps the rows of a committed transaction and none of one that throws', async () => {
      const db = await backend.fresh();
      await withNotes(db);
      const notes = db.tables<NoteTables>();
      await notes.transaction().execute(async (trx) => {
        await trx.insertInto('notes').values({ id: 'kept', body: 'a' }).execute();
      });
      await assert.rejects(
        notes.transaction().execute(async (trx) => {
          await trx.insertInto('notes').values({ id: 'lost', body: 'b' }).execute();
          throw new Error('abort');
        }),
        /abort/,
      );
      assert.deepEqual(await notes.selectFrom('notes').select('id').execute(), [{ id: 'kept' }]);
    });

    it('commits concurrent transactions without deadlock', async () => {
      const db = await backend.fresh();
      await withNotes(db);
      const notes = db.tables<NoteTables>();
      await Promise.all(
        ['t1', 't2', 't3'].map((id) =>
          notes.transaction().execute(async (trx) => {
            await trx.insertInto('notes').values({ id, body: id }).execute();
          }),
        ),
      );
      assert.deepEqual(await notes.selectFrom('notes').select('id').orderBy('id').execute(), [
        { id: 't1' },
        { id: 't2' },
        { id: 't3' },
      ]);
    });

    it('pings while open; close is idempotent and ping then throws', async () => {
      const db = await backend.fresh();
      await db.ping();
      const first = db.close();
      const second = db.close();
      assert.equal(first, second);
      await first;
      await db.close();
      await assert.rejects(db.ping());
    });
  });

  describe('the test backend', () => {
    it('hands out empty databases that do not see each other', async () => {
      const a = await backend.fresh();
      const b = await backend.fresh();
      await withNotes(a);
      await a.tables<NoteTables>().insertInto('notes').values({ id: 'n1', body: 'in a' }).execute();
      await assert.rejects(sql`select id from notes`.execute(b.kysely));
      await withNotes(b);
      assert.deepEqual(await b.tables<NoteTables>().selectFrom('notes').selectAll().execute(), []);
    });

    it('hands out URLs that openDatabase opens as isolated databases of the same dialect', async () => {
      const url = await backend.freshUrl();
      const other = await backend.fresh();
      await withNotes(other);
      const db = await openDatabase({ url });
      try {
        assert.equal(db.dialect, backend.name);
        await db.ping();
        await assert.rejects(sql`select id from notes`.execute(db.kysely));
      } finally {
        await db.close();
      }
    });
  });
});
