import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { openDatabase } from './open-database.js';
import { FALLBACK_AUTOCHECKPOINT, SQLITE_DEFAULT_AUTOCHECKPOINT, WAL_SIZE_LIMIT_BYTES, startCheckpointer } from './sqlite-checkpointer.js';

/** Writes about `pages` 4 KB pages in one commit. */
function writePages(connection: SqliteDatabase.Database, pages: number): void {
  connection.exec(`with recursive n(i) as (select 1 union all select i + 1 from n where i < ${pages}) insert into t (b) select randomblob(4000) from n`);
}

function walDatabase(file: string): SqliteDatabase.Database {
  const connection = new SqliteDatabase(file);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.exec('create table t (b blob)');
  return connection;
}

/** What a checkpoint from another connection finds in the WAL (it checkpoints too, so call it last). */
function probe(file: string): { log: number; checkpointed: number } {
  const other = new SqliteDatabase(file);
  try {
    return (other.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[])[0] as { log: number; checkpointed: number };
  } finally {
    other.close();
  }
}

describe('the SQLite checkpoint thread', () => {
  const directory = mkdtempSync(join(tmpdir(), 'influgentic-checkpoint-'));
  after(() => rmSync(directory, { recursive: true, force: true }));

  it('SQLite alone checkpoints inside the commit that takes the WAL past 1,000 pages (what the thread takes off the event loop)', () => {
    const file = join(directory, 'alone.db');
    const connection = walDatabase(file);
    try {
      writePages(connection, 1200); // checkpointed by this commit
      writePages(connection, 300); // the WAL starts again from its top
      const found = probe(file);
      assert.ok(found.log < 1000, `the WAL holds only the last commit's frames (${found.log})`);
    } finally {
      connection.close();
    }
  });

  it('leaves the serving connection to commit past 1,000 pages, and checkpoints the whole WAL in the worker', async () => {
    const file = join(directory, 'worker.db');
    const connection = walDatabase(file);
    const checkpointer = startCheckpointer(connection, file, { intervalMs: 3_600_000 });
    try {
      assert.equal(connection.pragma('wal_autocheckpoint', { simple: true }), FALLBACK_AUTOCHECKPOINT);
      assert.equal(connection.pragma('journal_size_limit', { simple: true }), WAL_SIZE_LIMIT_BYTES);
      writePages(connection, 1200);
      writePages(connection, 300);
      const first = await checkpointer.checkpointNow();
      assert.ok(first.log >= 1500, `both commits are still in the WAL (${first.log} frames): the serving connection did not checkpoint`);
      assert.equal(first.checkpointed, first.log, 'the worker copied every frame into the database');
      assert.equal(first.busy, 0);
      assert.ok(statSync(file).size >= 1500 * 4000, 'the pages are in the database file');
      writePages(connection, 10);
      const second = await checkpointer.checkpointNow();
      assert.ok(second.log < 100, `after a complete checkpoint the next commit starts the WAL again (${second.log} frames)`);
      assert.equal(checkpointer.checkpoints, 2);
      assert.equal((connection.prepare('select count(*) as n from t').get() as { n: number }).n, 1510);
    } finally {
      const stopped = checkpointer.stop();
      assert.equal(checkpointer.stop(), stopped, 'a second stop waits for the same exit');
      await stopped;
      connection.close();
    }
  });

  it('checkpoints on its own when the WAL changed, and not when it did not', async () => {
    const file = join(directory, 'interval.db');
    const connection = walDatabase(file);
    const checkpointer = startCheckpointer(connection, file, { intervalMs: 20 });
    try {
      writePages(connection, 50);
      for (let waited = 0; checkpointer.checkpoints === 0 && waited < 5000; waited += 20) await sleep(20);
      assert.ok(checkpointer.checkpoints >= 1, 'the worker checkpointed the new frames');
      // A look that fell in the middle of the commit's writes sees the WAL change once more
      // and runs one more pass; after that the WAL stays as it is.
      await sleep(100);
      const settled = checkpointer.checkpoints;
      await sleep(300);
      assert.equal(checkpointer.checkpoints, settled, 'an unchanged WAL is left alone (no fsync every interval)');
      writePages(connection, 5);
      for (let waited = 0; checkpointer.checkpoints === settled && waited < 5000; waited += 20) await sleep(20);
      assert.ok(checkpointer.checkpoints > settled, 'a new commit is checkpointed');
    } finally {
      await checkpointer.stop();
      connection.close();
    }
  });

  it('looks again soon while the WAL is longer than SQLite would let it grow', async () => {
    const file = join(directory, 'soon.db');
    const connection = walDatabase(file);
    const checkpointer = startCheckpointer(connection, file, { intervalMs: 1500 });
    try {
      writePages(connection, 1200);
      for (let waited = 0; checkpointer.checkpoints === 0 && waited < 5000; waited += 10) await sleep(10);
      assert.equal(checkpointer.checkpoints, 1);
      // The pass found 1,200 frames: the next look is in milliseconds, not in 1.5 s.
      writePages(connection, 5);
      for (let waited = 0; checkpointer.checkpoints === 1 && waited < 1200; waited += 10) await sleep(10);
      assert.equal(checkpointer.checkpoints, 2, 'a second pass followed the long one well before the interval');
    } finally {
      await checkpointer.stop();
      connection.close();
    }
  });

  it('hands checkpoints back to the serving connection, with a warning, when the worker fails', async () => {
    const file = join(directory, 'fails.db');
    const connection = walDatabase(file);
    const warned = once(process, 'warning');
    // The worker opens its database with fileMustExist: a path that is not there fails it at once.
    const checkpointer = startCheckpointer(connection, join(directory, 'missing', 'nothing.db'));
    try {
      const [warning] = (await warned) as [Error];
      assert.match(warning.message, /checkpoint thread stopped/);
      assert.equal(connection.pragma('wal_autocheckpoint', { simple: true }), SQLITE_DEFAULT_AUTOCHECKPOINT);
      await assert.rejects(checkpointer.checkpointNow());
    } finally {
      await checkpointer.stop();
      connection.close();
    }
  });

  it('hands checkpoints back when its timed passes fail again and again', { timeout: 10_000 }, async () => {
    const file = join(directory, 'serving.db');
    const connection = walDatabase(file);
    // A worker pointed at a file that is not a database: every pass throws "file is not a
    // database", and a WAL beside it that keeps changing makes every look run a pass.
    const garbage = join(directory, 'garbage.db');
    writeFileSync(garbage, 'not a database '.repeat(300));
    writeFileSync(`${garbage}-wal`, '');
    const touching = setInterval(() => appendFileSync(`${garbage}-wal`, 'x'), 5);
    const warned = once(process, 'warning');
    const checkpointer = startCheckpointer(connection, garbage, { intervalMs: 20 });
    try {
      const [warning] = (await warned) as [Error];
      assert.match(warning.message, /5 checkpoints failed in a row: file is not a database/);
      assert.equal(connection.pragma('wal_autocheckpoint', { simple: true }), SQLITE_DEFAULT_AUTOCHECKPOINT);
      await assert.rejects(checkpointer.checkpointNow());
    } finally {
      clearInterval(touching);
      await checkpointer.stop();
      connection.close();
    }
  });

  it('runs for a database openDatabase opens on a file, and stops before it closes', async () => {
    const file = join(directory, 'opened.db');
    const db = await openDatabase({ url: `sqlite:${file}` });
    try {
      const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db.kysely);
      assert.equal(rows[0]?.wal_autocheckpoint, FALLBACK_AUTOCHECKPOINT);
      await sql`create table t (b blob)`.execute(db.kysely);
      await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < 300) insert into t (b) select randomblob(4000) from n`.execute(db.kysely);
      // Below the fallback threshold the serving connection never checkpoints: the pages reach
      // the database file only through the worker, on its interval.
      for (let waited = 0; statSync(file).size < 300 * 4000 && waited < 5000; waited += 50) await sleep(50);
      assert.ok(statSync(file).size >= 300 * 4000, 'the worker checkpointed the WAL into the database file');
    } finally {
      await db.close();
    }
    // The last connection to close removes the WAL: the worker's had closed before it.
    assert.equal(existsSync(`${file}-wal`), false, 'no connection was left open');
  });
});
