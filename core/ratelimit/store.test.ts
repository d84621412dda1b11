import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { migratePlugin } from '../db/index.js';
import { forEachBackend } from '../db/testing.js';
import { DatabaseRateLimitStore, type RateLimitTables } from './database-store.js';
import { rateLimitPlugin } from './plugin.js';
import { MemoryRateLimitStore, type RateLimitStore } from './store.js';

async function exercise(store: RateLimitStore): Promise<void> {
  // 25 concurrent requests against a cap of 10: exactly 10 are counted.
  const takes = await Promise.all(Array.from({ length: 25 }, () => store.take('key_a:read', 100, () => 10)));
  assert.equal(takes.filter((take) => take.counted).length, 10);
  const refused = await store.take('key_a:read', 100, () => 10);
  assert.deepEqual(refused, { counted: false, current: 10, previous: 0 });

  // Another key and another class have their own counters.
  assert.equal((await store.take('key_b:read', 100, () => 10)).counted, true);
  assert.equal((await store.take('key_a:write', 100, () => 10)).counted, true);

  // The next window starts empty and sees this one as its previous window.
  const next = await store.take('key_a:read', 101, (previous) => {
    assert.equal(previous, 10);
    return 5;
  });
  assert.deepEqual(next, { counted: true, current: 0, previous: 10 });

  // A cap below 1 counts nothing.
  assert.equal((await store.take('key_c:read', 100, () => 0)).counted, false);
}

describe('MemoryRateLimitStore', () => {
  it('counts up to the cap, per key and window, even under concurrency', () => exercise(new MemoryRateLimitStore()));
});

forEachBackend((backend) => {
  describe('DatabaseRateLimitStore', () => {
    it('counts up to the cap, per key and window, even under concurrency', async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'ratelimit', rateLimitPlugin.migrations!);
      await exercise(new DatabaseRateLimitStore(db.tables<RateLimitTables>()));
    });

    it('is shared: two stores on one database never count past the cap together', async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'ratelimit', rateLimitPlugin.migrations!);
      const one = new DatabaseRateLimitStore(db.tables<RateLimitTables>());
      const two = new DatabaseRateLimitStore(db.tables<RateLimitTables>());
      const takes = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? one : two).take('key_s:read', 7, () => 12)));
      assert.equal(takes.filter((take) => take.counted).length, 12);
    });
  });
});
