import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../clock.js';
import { migratePlugin } from '../db/index.js';
import { forEachBackend } from '../db/testing.js';
import { schedulerMigrations } from './db/migrations.js';
import { LeaseStore } from './db/store.js';
import { LeaseCoordinator } from './lease-coordinator.js';

forEachBackend((backend) => {
  describe('LeaseCoordinator', () => {
    it('lets exactly one of several processes run a tick', async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'scheduler', schedulerMigrations);
      const clock = new ManualClock('2026-03-01T00:00:00.000Z');
      const store = new LeaseStore(db);
      const coordinators = ['a', 'b', 'c', 'd', 'e'].map((holder) => new LeaseCoordinator(store, holder, clock));
      const key = 'billing.accrue:2026-03-01T00:00:00.000Z';
      const answers = await Promise.all(coordinators.map((coordinator) => coordinator.shouldRun(key, 60_000)));
      assert.equal(answers.filter(Boolean).length, 1);
      const next = await Promise.all(coordinators.map((coordinator) => coordinator.shouldRun('billing.accrue:2026-03-01T00:01:00.000Z', 60_000)));
      assert.equal(next.filter(Boolean).length, 1, 'the next tick is a new lease');
    });

    it('hands over a lease its holder let expire without finishing, never a finished one', async () => {
      const db = await backend.fresh();
      await migratePlugin(db, 'scheduler', schedulerMigrations);
      const clock = new ManualClock('2026-03-01T00:00:00.000Z');
      const store = new LeaseStore(db);
      const a = new LeaseCoordinator(store, 'a', clock);
      const b = new LeaseCoordinator(store, 'b', clock);
      assert.equal(await a.shouldRun('x.crashed:t', 1000), true);
      assert.equal(await a.shouldRun('x.done:t', 1000), true);
      await a.onComplete('x.done:t');
      assert.equal(await b.shouldRun('x.crashed:t', 1000), false, 'not while the lease holds');
      clock.advance(1001);
      assert.equal(await b.shouldRun('x.crashed:t', 1000), true);
      assert.equal((await store.get('x.crashed:t'))?.holder, 'b');
      assert.equal(await b.shouldRun('x.done:t', 1000), false);
    });
  });
});
