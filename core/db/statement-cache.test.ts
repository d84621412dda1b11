import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { cachingConnection } from './statement-cache.js';

describe('cachingConnection', () => {
  it('reuses the prepared statement of the same SQL and keeps results right', () => {
    const raw = new SqliteDatabase(':memory:');
    const connection = cachingConnection(raw);
    connection.prepare('create table t (x integer)').run();
    const insert = connection.prepare('insert into t (x) values (?)');
    insert.run(1);
    assert.equal(connection.prepare('insert into t (x) values (?)'), insert);
    connection.prepare('insert into t (x) values (?)').run(2);
    assert.deepEqual(connection.prepare('select x from t order by x').all(), [{ x: 1 }, { x: 2 }]);
    connection.close();
  });

  it('hands out a fresh statement while the cached one is busy iterating', () => {
    const raw = new SqliteDatabase(':memory:');
    const connection = cachingConnection(raw);
    connection.prepare('create table t (x integer)').run();
    for (const x of [1, 2, 3]) connection.prepare('insert into t (x) values (?)').run(x);
    const seen: number[] = [];
    for (const row of connection.prepare('select x from t order by x').iterate() as Iterable<{ x: number }>) {
      // the same SQL again, mid-iteration: must not throw "This statement is busy"
      seen.push(row.x, (connection.prepare('select x from t order by x').all() as unknown[]).length);
    }
    assert.deepEqual(seen, [1, 3, 2, 3, 3, 3]);
    connection.close();
  });

  it('keeps at most `size` statements, dropping the least recently used', () => {
    const raw = new SqliteDatabase(':memory:');
    const connection = cachingConnection(raw, 2);
    const a = connection.prepare('select 1');
    connection.prepare('select 2');
    connection.prepare('select 1');
    connection.prepare('select 3'); // drops 'select 2', the least recently used
    assert.equal(connection.prepare('select 1'), a);
    connection.close();
  });
});
