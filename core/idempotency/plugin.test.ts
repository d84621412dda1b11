import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../clock.js';
import { migratePlugin, type Database } from '../db/index.js';
import { forEachBackend } from '../db/testing.js';
import { createLogger } from '../logger.js';
import { DATABASE } from '../tokens.js';
import { idempotencyPlugin } from './plugin.js';
import { IdempotencyStore, type IdempotencyTables } from './store.js';

const row = (key: string, expiresAt: string) => ({
  org_id: 'org_a',
  livemode: 0,
  key,
  request_hash: 'h',
  state: 'done' as const,
  locked_until: '2026-01-01T00:00:00.000Z',
  response_status: 201,
  response_type: 'application/json',
  response_body: '{}',
  created_at: '2026-01-01T00:00:00.000Z',
  expires_at: expiresAt,
});

forEachBackend((backend) => {
  describe('the idempotency.purge schedule', () => {
    it('deletes the records past their 24 hours and keeps the others', async () => {
      const db: Database = await backend.fresh();
      await migratePlugin(db, 'idempotency', idempotencyPlugin.migrations!);
      const store = new IdempotencyStore(db.tables<IdempotencyTables>());
      await store.claim(row('old', '2026-01-02T00:00:00.000Z'));
      await store.claim(row('new', '2026-01-03T00:00:00.000Z'));
      const schedule = idempotencyPlugin.schedules?.find((entry) => entry.name === 'idempotency.purge');
      assert.ok(schedule, 'the plugin declares the purge schedule');
      const clock = new ManualClock('2026-01-02T12:00:00.000Z');
      await schedule.run({
        name: schedule.name,
        firedAt: clock.now(),
        clock,
        signal: new AbortController().signal,
        logger: createLogger('silent'),
        resolve: ((key: unknown) => (key === DATABASE ? db : undefined)) as never,
      } as never);
      const left = await db.tables<IdempotencyTables>().selectFrom('idempotency_keys').select('key').execute();
      assert.deepEqual(left.map((entry) => entry.key), ['new']);
    });
  });
});
