import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
import { sql } from 'kysely';
import type { Database } from './database.js';
import { openDatabase } from './open-database.js';

async function pragma(db: Database, name: string): Promise<unknown> {
  const { rows } = await sql<Record<string, unknown>>`select * from ${sql.raw(`pragma_${name}`)}`.execute(db.kysely);
  return rows[0] === undefined ? undefined : Object.values(rows[0])[0];
}

describe('openDatabase on a sqlite file', () => {
  const directory = mkdtempSync(join(tmpdir(), 'influgentic-sqlite-'));
  after(() => rmSync(directory, { recursive: true, force: true }));

  it('creates missing parent directories and sets WAL, foreign keys, busy timeout and synchronous', async () => {
    const file = join(directory, 'nested', 'deeper', 'app.db');
    const db = await openDatabase({ url: `sqlite:${file}` });
    try {
      assert.equal(db.dialect, 'sqlite');
      assert.equal(db.url, `sqlite:${file}`);
      assert.ok(existsSync(file));
      assert.equal(statSync(file).mode & 0o777, 0o600, 'the database is readable by its owner only');
      assert.equal(statSync(join(directory, 'nested', 'deeper')).mode & 0o777, 0o700);
      assert.equal(await pragma(db, 'journal_mode'), 'wal');
      assert.equal(await pragma(db, 'foreign_keys'), 1);
      assert.equal(await pragma(db, 'busy_timeout'), 5000);
      assert.equal(await pragma(db, 'synchronous'), 1); // NORMAL
    } finally {
      await db.close();
    }
  });

  it('begins transactions IMMEDIATE, so one that reads then writes survives another process writing meanwhile', async () => {
    const file = join(directory, 'immediate.db');
    const db = await openDatabase({ url: `sqlite:${file}` });
    try {
      await sql`create table t (n integer)`.execute(db.kysely);
      // Another writer (a CLI command, a second server): its own connection on its own thread.
      const writer = new Worker(
        `const { parentPort, workerData } = require('node:worker_threads');
         const Database = require(workerData.module);
         parentPort.once('message', () => {
           const other = new Database(workerData.file, { timeout: 5000 });
           other.prepare('insert into t (n) values (2)').run();
           other.close();
           parentPort.postMessage('written');
         });`,
        { eval: true, workerData: { file, module: require.resolve('better-sqlite3') } },
      );
      const written = new Promise((resolve, reject) => {
        writer.once('message', resolve);
        writer.once('error', reject);
      });
      await db.kysely.transaction().execute(async (trx) => {
        await sql`select count(*) from t`.execute(trx);
        writer.postMessage('go');
        // Deferred, the other write would commit now and this transaction's write would fail
        // with SQLITE_BUSY; immediate, the other waits for this commit.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await sql`insert into t (n) values (1)`.execute(trx);
      });
      await written;
      await writer.terminate();
      const { rows } = await sql<{ n: number }>`select n from t order by rowid`.execute(db.kysely);
      assert.deepEqual(rows.map((row) => row.n), [1, 2], 'this transaction committed first, the other writer after it');
    } finally {
      await db.close();
    }
  });

  it('enforces foreign keys', async () => {
    const db = await openDatabase({ url: `sqlite:${join(directory, 'fk.db')}` });
    try {
      await sql`create table parent (id text primary key)`.execute(db.kysely);
      await sql`create table child (id text primary key, parent_id text not null references parent (id))`.execute(
        db.kysely,
      );
      await assert.rejects(
        sql`insert into child (id, parent_id) values ('c1', 'missing')`.execute(db.kysely),
        /FOREIGN KEY constraint failed/,
      );
    } finally {
      await db.close();
    }
  });

  it('opens an in-memory database, without WAL', async () => {
    const db = await openDatabase({ url: 'sqlite::memory:' });
    try {
      assert.equal(await pragma(db, 'journal_mode'), 'memory');
      assert.equal(await pragma(db, 'foreign_keys'), 1);
    } finally {
      await db.close();
    }
  });

  it('rejects an unknown scheme before touching anything', async () => {
    await assert.rejects(openDatabase({ url: 'mongodb://localhost/x' }), /"mongodb:" is not supported/);
  });
});
