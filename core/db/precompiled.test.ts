import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { migratePlugin } from './migrator.js';
import type { MigrationSet } from './migrator.js';
import { Precompiled } from './precompiled.js';
import { forEachBackend } from './testing.js';

interface NoteTables {
  readonly pc_notes: { readonly id: string; readonly org: string; readonly body: string | null; readonly n: number };
}

const migrations: MigrationSet = {
  '2026_11_28_001_create_notes': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('pc_notes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org', 'text', (c) => c.notNull())
        .addColumn('body', 'text')
        .addColumn('n', 'integer', (c) => c.notNull())
        .execute();
    },
  },
};

type Note = NoteTables['pc_notes'];

/** An insert into pc_notes that counts how often it was built. */
function countedInsert(): { readonly insert: Precompiled<Note, never>; builds(): number } {
  let builds = 0;
  const insert = new Precompiled<Note, never>({ id: true, org: true, body: true, n: true }, (k, v) => {
    builds += 1;
    return k.insertInto('pc_notes').values(v);
  });
  return { insert, builds: () => builds };
}

forEachBackend((backend) => {
  describe('Precompiled statements', () => {
    it('compiles again for a handle with other plugins (a schema), and keeps each one\'s SQL', async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'pc', migrations);
      const seen: string[] = [];
      const count = new Precompiled<{ org: string }, { n: number | string }>({ org: true }, (k, v) => {
        const query = k.selectFrom('pc_notes').select((eb) => eb.fn.countAll<number>().as('n')).where('org', '=', v.org);
        seen.push(query.compile().sql);
        return query;
      });
      const tables = db.tables<NoteTables>();
      await count.execute(tables, { org: 'o' });
      await count.execute(tables, { org: 'p' });
      const schema = 'nowhere';
      // Another plugin list: compiled again, with the schema in the SQL (which has no such table).
      await assert.rejects(count.execute(tables.withSchema(schema), { org: 'o' }));
      assert.equal(seen.length, 2);
      assert.match(seen[1] as string, new RegExp(`"${schema}"\\."pc_notes"`));
      // The plain handle still runs its own statement.
      assert.equal(Number((await count.execute(tables, { org: 'o' })).rows[0]?.n), 0);
    });

    it('builds once per handle and binds each call\'s values, keeping the query\'s constants', async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'pc', migrations);
      const counted = countedInsert();
      const { insert } = counted;
      let builds = 0;
      const page = new Precompiled<{ org: string; limit: number }, Note>({ org: true, limit: true }, (k, v) => {
        builds += 1;
        // 'x' is a constant of the statement: it stays bound as 'x' on every call.
        return k.selectFrom('pc_notes').selectAll().where('org', '=', v.org).where('id', '!=', 'x').orderBy('n').limit(v.limit);
      });
      const tables = db.tables<NoteTables>();
      for (let n = 1; n <= 5; n += 1) await insert.execute(tables, { id: `note_${n}`, org: n % 2 === 0 ? 'even' : 'odd', body: `body ${n}`, n });
      await insert.execute(tables, { id: 'x', org: 'odd', body: undefined as unknown as string, n: 0 });

      const odd = await page.execute(tables, { org: 'odd', limit: 2 });
      assert.deepEqual(odd.rows.map((row) => row.id), ['note_1', 'note_3']);
      const even = await page.execute(tables, { org: 'even', limit: 10 });
      assert.deepEqual(even.rows.map((row) => [row.id, row.body, Number(row.n)]), [['note_2', 'body 2', 2], ['note_4', 'body 4', 4]]);
      // undefined is bound as NULL.
      const x = await tables.selectFrom('pc_notes').select('body').where('id', '=', 'x').executeTakeFirstOrThrow();
      assert.equal(x.body, null);
      assert.equal(builds + counted.builds(), 2, 'each statement was built once');
    });

    // kysely gives every transaction a copy of its database's plugin list.
    it('builds once for a handle and all of its transactions', async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'pc', migrations);
      const { insert, builds } = countedInsert();
      const tables = db.tables<NoteTables>();
      for (let n = 1; n <= 3; n += 1) {
        await tables.transaction().execute((trx) => insert.execute(trx, { id: `note_${n}`, org: 'o', body: null, n }));
      }
      await insert.execute(tables, { id: 'note_4', org: 'o', body: null, n: 4 });
      assert.equal((await tables.selectFrom('pc_notes').select('id').execute()).length, 4);
      assert.equal(builds(), 1);
      // A transaction of a handle with another plugin list compiles that list's statement once.
      const other = tables.withSchema('nowhere');
      await assert.rejects(other.transaction().execute((trx) => insert.execute(trx, { id: 'note_5', org: 'o', body: null, n: 5 })));
      await assert.rejects(other.transaction().execute((trx) => insert.execute(trx, { id: 'note_5', org: 'o', body: null, n: 5 })));
      assert.equal(builds(), 2);
    });

    // On SQLite a statement run outside the transaction would wait for its lock: the timeout
    // turns that hang into a failure.
    it('runs inside the caller\'s transaction: a rollback takes its write back', { timeout: 10_000 }, async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'pc', migrations);
      const insert = new Precompiled<Note, never>({ id: true, org: true, body: true, n: true }, (k, v) => k.insertInto('pc_notes').values(v));
      const tables = db.tables<NoteTables>();
      await assert.rejects(
        tables.transaction().execute(async (trx) => {
          await insert.execute(trx, { id: 'note_1', org: 'o', body: null, n: 1 });
          const inside = await trx.selectFrom('pc_notes').select('id').execute();
          assert.equal(inside.length, 1);
          throw new Error('roll back');
        }),
        /roll back/,
      );
      assert.equal((await tables.selectFrom('pc_notes').select('id').execute()).length, 0);
      const updated = new Precompiled<{ id: string; n: number }, never>({ id: true, n: true }, (k, v) => k.updateTable('pc_notes').set({ n: v.n }).where('id', '=', v.id));
      await insert.execute(tables, { id: 'note_2', org: 'o', body: null, n: 1 });
      const result = await updated.execute(tables, { id: 'note_2', n: 7 });
      assert.equal(Number(result.numAffectedRows), 1);
      assert.equal(Number((await tables.selectFrom('pc_notes').select('n').executeTakeFirstOrThrow()).n), 7);
    });

    it('refuses a placeholder used as anything but a value of its own', async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'pc', migrations);
      const tables = db.tables<NoteTables>();
      const asIdentifier = new Precompiled<{ column: string }, Note>({ column: true }, (k, v) => k.selectFrom('pc_notes').selectAll().where(sql.ref(v.column), '=', 1));
      await assert.rejects(asIdentifier.execute(tables, { column: 'n' }), /written into the SQL/);
      const asColumn = new Precompiled<{ column: string }, Note>({ column: true }, (k, v) => k.selectFrom('pc_notes').selectAll().where(v.column as 'n', '=', 1).where('org', '=', v.column));
      await assert.rejects(asColumn.execute(tables, { column: 'n' }), /written into the SQL/);
      // A key build reads but was not declared would be frozen at its first value: refused.
      const undeclared = new Precompiled<{ org: string }, Note>({ org: true }, (k, v) =>
        k.selectFrom('pc_notes').selectAll().where('org', '=', v.org).where('id', '=', (v as { org: string; id?: string }).id ?? 'note_1'),
      );
      await assert.rejects(undeclared.execute(tables, { org: 'o' }), /build read "id", which is not one of its values \(org\)/);
      const computed = new Precompiled<{ org: string }, Note>({ org: true }, (k, v) => k.selectFrom('pc_notes').selectAll().where('org', 'like', `%${v.org}%`));
      await assert.rejects(computed.execute(tables, { org: 'o' }), /written into the SQL or into a computed value/);
      const unused = new Precompiled<{ org: string; n: number }, Note>({ org: true, n: true }, (k, v) => k.selectFrom('pc_notes').selectAll().where('org', '=', v.org));
      await assert.rejects(unused.execute(tables, { org: 'o', n: 1 }), /n did not come out as bound parameters/);
      const both = new Precompiled<{ org: string }, Note>({ org: true }, (k, v) => k.selectFrom('pc_notes').selectAll().where('org', '=', v.org).where('body', 'like', `%${v.org}%`));
      await assert.rejects(both.execute(tables, { org: 'o' }), /written into the SQL or into a computed value/);
    });
  });
});
