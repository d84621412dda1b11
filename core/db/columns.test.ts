import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Generated, Kysely } from 'kysely';
import { columnTypes, fromBool, fromJson, nowIso, toBool, toJson } from './columns.js';
import { migratePlugin } from './migrator.js';
import type { MigrationSet } from './migrator.js';
import { forEachBackend } from './testing.js';

interface RoundTripTables {
  readonly rt_values: {
    readonly id: string;
    readonly created_at: Generated<string>;
    readonly at: string | null;
    readonly payload: string;
    readonly active: number;
    readonly price: number;
    readonly visits: number;
    readonly score: number;
  };
}

const migrations: MigrationSet = {
  '2026_11_28_001_create_values': {
    async up(db: Kysely<any>) {
      const t = columnTypes(db);
      await db.schema
        .createTable('rt_values')
        .addColumn('id', t.id, (c) => c.primaryKey())
        .addColumn('created_at', t.timestamp, (c) => c.notNull().defaultTo(t.now))
        .addColumn('at', t.timestamp)
        .addColumn('payload', t.json, (c) => c.notNull())
        .addColumn('active', t.bool, (c) => c.notNull())
        .addColumn('price', t.money, (c) => c.notNull())
        .addColumn('visits', t.bigint, (c) => c.notNull())
        .addColumn('score', t.real, (c) => c.notNull())
        .execute();
    },
  },
};

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

forEachBackend((backend) => {
  describe('portable column types', () => {
    it('round-trip the same JS values on every backend', async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'rt', migrations);
      const store = db.tables<RoundTripTables>();
      const payload = { tags: ['launch', 'ドイツ'], nested: { n: 1.5, empty: null } };
      const before = Date.now();
      await store
        .insertInto('rt_values')
        .values({
          id: 'val_1',
          at: '2026-11-28T09:00:00.123Z',
          payload: toJson(payload),
          active: toBool(true),
          price: 12_345_678_901, // micro-dollars beyond 32 bits
          visits: Number.MAX_SAFE_INTEGER,
          score: 0.1 + 0.2,
        })
        .execute();
      await store
        .insertInto('rt_values')
        .values({ id: 'val_2', at: null, payload: toJson([]), active: toBool(false), price: 0, visits: -1, score: -2.5 })
        .execute();

      const rows = await store.selectFrom('rt_values').selectAll().orderBy('id').execute();
      const [first, second] = rows;
      assert.ok(first !== undefined && second !== undefined);
      const { created_at: created, ...rest } = first;
      assert.deepEqual(rest, {
        id: 'val_1',
        at: '2026-11-28T09:00:00.123Z',
        payload: JSON.stringify(payload),
        active: 1,
        price: 12_345_678_901,
        visits: Number.MAX_SAFE_INTEGER,
        score: 0.30000000000000004,
      });
      assert.match(created, ISO);
      assert.ok(Math.abs(Date.parse(created) - before) < 10_000, `default now ${created} is not about now`);
      assert.deepEqual(fromJson(first.payload), payload);
      assert.equal(fromBool(first.active), true);
      assert.deepEqual({ ...second, created_at: undefined }, {
        id: 'val_2',
        created_at: undefined,
        at: null,
        payload: '[]',
        active: 0,
        price: 0,
        visits: -1,
        score: -2.5,
      });
      assert.equal(fromBool(second.active), false);
    });

    it('return aggregates as numbers and compare timestamps with ISO strings', async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'rt', migrations);
      const store = db.tables<RoundTripTables>();
      const row = { payload: '{}', active: 1, visits: 1, score: 1 };
      await store
        .insertInto('rt_values')
        .values([
          { ...row, id: 'a', at: '2026-11-28T09:00:00.000Z', price: 5_000_000_000 },
          { ...row, id: 'b', at: '2026-11-28T09:00:00.001Z', price: 7_000_000_000 },
          { ...row, id: 'c', at: '2026-11-29T00:00:00.000Z', price: 1 },
        ])
        .execute();
      const totals = await store
        .selectFrom('rt_values')
        .select((eb) => [eb.fn.countAll().as('count'), eb.fn.sum('price').as('sum'), eb.fn.max('at').as('latest')])
        .executeTakeFirstOrThrow();
      assert.deepEqual(totals, { count: 3, sum: 12_000_000_001, latest: '2026-11-29T00:00:00.000Z' });
      const later = await store
        .selectFrom('rt_values')
        .select('id')
        .where('at', '>', '2026-11-28T09:00:00.000Z')
        .orderBy('at')
        .execute();
      assert.deepEqual(later, [{ id: 'b' }, { id: 'c' }]);
      const exact = await store.selectFrom('rt_values').select('id').where('at', '=', '2026-11-28T09:00:00.001Z').execute();
      assert.deepEqual(exact, [{ id: 'b' }]);
    });

    it('store the column default at millisecond precision, so a value read back finds its row', async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'rt', migrations);
      const store = db.tables<RoundTripTables>();
      await store
        .insertInto('rt_values')
        .values({ id: 'd', at: null, payload: '{}', active: 0, price: 0, visits: 0, score: 0 })
        .execute();
      const { created_at: created } = await store.selectFrom('rt_values').select('created_at').executeTakeFirstOrThrow();
      const found = await store.selectFrom('rt_values').select('id').where('created_at', '=', created).execute();
      assert.deepEqual(found, [{ id: 'd' }]);
    });

    it('name the types that suit the backend', async () => {
      const db = await backend.fresh();
      const t = columnTypes(db.kysely);
      const expected =
        backend.name === 'postgres'
          ? { timestamp: 'timestamptz(3)', money: 'bigint', real: 'double precision' }
          : { timestamp: 'text', money: 'integer', real: 'real' };
      assert.deepEqual({ timestamp: t.timestamp, money: t.money, real: t.real }, expected);
      assert.deepEqual([t.id, t.json, t.bool], ['text', 'text', 'integer']);
      const { rows } = await sql<{ now: string }>`select ${t.now} as now`.execute(db.kysely);
      assert.match(rows[0]?.now ?? '', ISO);
    });
  });
});

describe('column value helpers', () => {
  it('convert booleans to 0/1 and back', () => {
    assert.equal(toBool(true), 1);
    assert.equal(toBool(false), 0);
    assert.equal(fromBool(1), true);
    assert.equal(fromBool(0), false);
  });

  it('write and read JSON text', () => {
    assert.equal(toJson({ a: [1, 'b'] }), '{"a":[1,"b"]}');
    assert.deepEqual(fromJson('{"a":[1,"b"]}'), { a: [1, 'b'] });
  });

  it('give the current time in toISOString form', () => {
    const now = nowIso();
    assert.match(now, ISO);
    assert.ok(Math.abs(Date.parse(now) - Date.now()) < 1000);
  });
});
