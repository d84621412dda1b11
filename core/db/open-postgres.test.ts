import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Database } from './database.js';
import { openDatabase } from './open-database.js';
import { listAgainIfDropped } from './open-postgres.js';

const baseUrl = process.env['INFLUGENTIC_TEST_PG_URL'] ?? '';

describe('openDatabase on postgres, without a server', () => {
  it('opens lazily, and ping() throws while the server is unreachable', async () => {
    const db = await openDatabase({ url: 'postgres://nobody:pw@127.0.0.1:1/none' });
    try {
      assert.equal(db.dialect, 'postgres');
      assert.equal(db.url, 'postgres://nobody:***@127.0.0.1:1/none');
      await assert.rejects(db.ping(), /ECONNREFUSED/);
    } finally {
      await db.close();
    }
  });

  it('lists again while a listing fails because a table or schema was dropped under it, and not for other errors', async () => {
    const failing = (codes: string[]) => {
      let calls = 0;
      return {
        list: async () => {
          const code = codes[calls];
          calls += 1;
          if (code !== undefined) throw Object.assign(new Error(`failure ${code}`), { code });
          return 'tables';
        },
        calls: () => calls,
      };
    };
    const dropped = failing(['42P01', '3F000']);
    assert.equal(await listAgainIfDropped(dropped.list), 'tables');
    assert.equal(dropped.calls(), 3);
    const other = failing(['42501']);
    await assert.rejects(listAgainIfDropped(other.list), /failure 42501/);
    assert.equal(other.calls(), 1);
    const forever = failing(['3F000', '3F000', '3F000', '3F000', '3F000', '3F000']);
    await assert.rejects(listAgainIfDropped(forever.list), /failure 3F000/);
    assert.equal(forever.calls(), 5);
  });

  it('rejects a pool size that is not a positive whole number', async () => {
    await assert.rejects(openDatabase({ url: 'postgres://h/db', poolSize: 0 }), /Invalid Postgres pool size 0/);
    await assert.rejects(openDatabase({ url: 'postgres://h/db', poolSize: 2.5 }), /Invalid Postgres pool size 2.5/);
  });
});

describe('openDatabase on postgres', { skip: baseUrl === '' ? 'INFLUGENTIC_TEST_PG_URL is not set' : false }, () => {
  const schemas: string[] = [];
  const opened: Database[] = [];

  async function openInSchema(options = ''): Promise<{ db: Database; schema: string }> {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    schemas.push(schema);
    const url = new URL(baseUrl);
    url.searchParams.set('schema', schema);
    const db = await openDatabase({ url: `${url.toString()}${options}` });
    opened.push(db);
    return { db, schema };
  }

  after(async () => {
    await Promise.allSettled(opened.map((db) => db.close()));
    const admin = await openDatabase({ url: baseUrl });
    try {
      for (const schema of schemas) await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.kysely);
    } finally {
      await admin.close();
    }
  });

  it('creates the schema of schema= when it is missing, and works in it', async () => {
    const { db, schema } = await openInSchema();
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db.kysely);
    assert.deepEqual(rows, [{ schema }]);
  });

  it('keeps two schemas from seeing each other’s tables', async () => {
    const a = (await openInSchema()).db;
    const b = (await openInSchema()).db;
    await sql`create table things (id text primary key)`.execute(a.kysely);
    await sql`insert into things (id) values ('only-in-a')`.execute(a.kysely);
    await assert.rejects(sql`select id from things`.execute(b.kysely), /relation "things" does not exist/);
    await sql`create table things (id text primary key)`.execute(b.kysely);
    assert.deepEqual((await sql`select id from things`.execute(b.kysely)).rows, []);
    assert.deepEqual((await sql`select id from things`.execute(a.kysely)).rows, [{ id: 'only-in-a' }]);
  });

  it('returns int8 and numeric as numbers, timestamps as ISO strings and dates as YYYY-MM-DD', async () => {
    const { db } = await openInSchema();
    const { rows } = await sql`
      select 7::int8 as big, count(*) as counted, sum(x)::numeric as summed, 2.5::numeric as decimal,
             '2026-11-28T09:00:00.123Z'::timestamptz as at_tz,
             '2026-11-28 10:00:00.456'::timestamp as at_plain,
             '2026-11-28'::date as day
      from (values (1::int8), (2::int8)) as v(x)`.execute(db.kysely);
    assert.deepEqual(rows, [
      {
        big: 7,
        counted: 2,
        summed: 3,
        decimal: 2.5,
        at_tz: '2026-11-28T09:00:00.123Z',
        at_plain: '2026-11-28T10:00:00.456Z',
        day: '2026-11-28',
      },
    ]);
  });

  it('runs sessions in UTC and keeps options= from the URL', async () => {
    const { db } = await openInSchema('&options=-c%20statement_timeout%3D4321');
    const { rows } = await sql`
      select current_setting('TimeZone') as zone, current_setting('statement_timeout') as timeout`.execute(db.kysely);
    assert.deepEqual(rows, [{ zone: 'UTC', timeout: '4321ms' }]);
  });
});
