import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { openDatabase } from '../db/index.js';
import { forEachBackend } from '../db/testing.js';
import { composeKernel, waitFor, type KernelUnderTest } from '../jobs/testing.js';
import type { Database } from '../db/database.js';
import { createLogger } from '../logger.js';
import { definePlugin } from '../plugin/define.js';
import { defineSubscription } from './define.js';
import type { DomainEvent } from './types.js';
import { EVENT_BUS } from '../tokens.js';

interface Delivery {
  readonly subscription: string;
  readonly event: DomainEvent<{ n: number }>;
  readonly attempt: number;
}

function shop(deliveries: Delivery[], failOnce: (subscription: string, event: DomainEvent<{ n: number }>) => boolean = () => false) {
  const failed = new Set<string>();
  const record = (subscription: string) =>
    defineSubscription({
      name: subscription,
      events: subscription === 'shop.shipping' ? ['order.shipped'] : '*',
      backoff: [0],
      concurrency: 4,
      async handle(event, context) {
        const typed = event as DomainEvent<{ n: number }>;
        if (!failed.has(`${subscription}:${event.id}`) && failOnce(subscription, typed)) {
          failed.add(`${subscription}:${event.id}`);
          throw new Error('subscriber hiccup');
        }
        deliveries.push({ subscription, event: typed, attempt: context.attempt });
      },
    });
  return definePlugin({
    name: 'shop',
    version: '1.0.0',
    events: {
      'order.placed': { description: 'An order was placed', payload: { type: 'object' } },
      'order.shipped': { description: 'An order shipped', payload: { type: 'object' } },
    },
    subscriptions: [record('shop.all'), record('shop.shipping')],
  });
}

const orgA = { orgId: 'org_a', livemode: true } as const;

/** Emits `order.placed` for org A in a transaction that then fails, so nothing of it may remain. */
async function emitThenRollBack(kernel: KernelUnderTest, db: Database, aggregateId: string): Promise<void> {
  await assert.rejects(
    db.kysely.transaction().execute(async (trx) => {
      await kernel.bus.emit(trx, { name: 'order.placed', ...orgA, aggregateId, payload: { n: 0 } });
      throw new Error('the order write failed');
    }),
  );
}

interface LedgerTables {
  shop_ledger: { event_id: string; n: number };
}

/**
 * A plugin whose subscription projects each order into its own table in the emitting
 * transaction; `failProjection` makes the projection write its row and then fail: by a throw
 * of its own, by a statement the database refuses (which on Postgres aborts the transaction
 * until the savepoint is rolled back), or by such a statement whose error it swallows. `wants`,
 * when given, is the subscription's.
 */
type ProjectionFailure = 'throw' | 'refused' | 'swallowed' | undefined;
function ledger(handled: string[], failProjection: (n: number) => ProjectionFailure = () => undefined, wants?: (n: number) => boolean) {
  const insert = (db: unknown, event: DomainEvent) =>
    (db as Kysely<LedgerTables>).insertInto('shop_ledger').values({ event_id: event.id, n: (event.payload as { n: number }).n }).onConflict((conflict) => conflict.column('event_id').doNothing()).execute();
  return definePlugin({
    name: 'shop',
    version: '1.0.0',
    events: { 'order.placed': { description: 'An order was placed', payload: { type: 'object' } } },
    migrations: {
      '2026_12_07_001_ledger': {
        async up(db: Kysely<any>) {
          await db.schema.createTable('shop_ledger').addColumn('event_id', 'text', (c) => c.primaryKey()).addColumn('n', 'integer', (c) => c.notNull()).execute();
        },
      },
    },
    subscriptions: [
      defineSubscription({
        name: 'shop.ledger',
        events: ['order.placed'],
        backoff: [0],
        async project(event, context) {
          await insert(context.db, event);
          const failure = failProjection((event.payload as { n: number }).n);
          if (failure === 'throw') throw new Error('projection hiccup');
          // The same primary key again, without the conflict clause.
          const again = () => (context.db as Kysely<LedgerTables>).insertInto('shop_ledger').values({ event_id: event.id, n: 0 }).execute();
          if (failure === 'refused') await again();
          if (failure === 'swallowed') await again().catch(() => undefined);
        },
        ...(wants === undefined ? {} : { wants: (event: DomainEvent) => wants((event.payload as { n: number }).n) }),
        async handle(event) {
          handled.push(event.id);
        },
      }),
    ],
  });
}

forEachBackend((backend) => {
  describe('EventBus', () => {
    it('records an event with its transaction: a rollback leaves nothing, a commit reaches each matching subscription once', async () => {
      const db = await backend.fresh();
      const deliveries: Delivery[] = [];
      const kernel = await composeKernel({ db, plugins: [shop(deliveries)], config: { jobs: { poll_interval_ms: 20 } } });
      await kernel.start();
      try {
        await emitThenRollBack(kernel, db, 'ord_1');
        const placed = await db.kysely.transaction().execute((trx) => kernel.bus.emit(trx, { name: 'order.placed', ...orgA, aggregateId: 'ord_1', payload: { n: 1 } }));
        const shipped = await kernel.bus.emit(db.kysely, { name: 'order.shipped', ...orgA, aggregateId: 'ord_1', payload: { n: 2 } });
        await waitFor('three deliveries', () => deliveries.length === 3);
        await kernel.jobs.pool.lookNow();
        const seen = deliveries.map((delivery) => `${delivery.subscription} ${delivery.event.name} ${delivery.event.payload.n}`).sort();
        assert.deepEqual(seen, ['shop.all order.placed 1', 'shop.all order.shipped 2', 'shop.shipping order.shipped 2']);
        assert.match(placed.id, /^evt_/);
        assert.deepEqual(await kernel.bus.get(shipped.id), shipped);
        const outbox = await db.kysely.selectFrom('events_outbox').select('id').execute();
        assert.equal(outbox.length, 2, 'the rolled-back event was never recorded');
        const delivered = deliveries.find((delivery) => delivery.event.id === placed.id)?.event;
        assert.deepEqual(delivered, { id: placed.id, name: 'order.placed', orgId: 'org_a', livemode: true, aggregateId: 'ord_1', payload: { n: 1 }, createdAt: placed.createdAt });
      } finally {
        await kernel.stop();
      }
    });

    it('runs a projection in the emitting transaction: its row commits and rolls back with the event, and no delivery job is made', async () => {
      const db = await backend.fresh();
      const handled: string[] = [];
      const kernel = await composeKernel({ db, plugins: [ledger(handled)], config: { jobs: { poll_interval_ms: 20 } } });
      await kernel.start();
      try {
        await emitThenRollBack(kernel, db, 'ord_1');
        const placed = await db.kysely.transaction().execute((trx) => kernel.bus.emit(trx, { name: 'order.placed', ...orgA, aggregateId: 'ord_1', payload: { n: 1 } }));
        // Not in a transaction: the bus makes one, and the projection runs in it.
        const alone = await kernel.bus.emit(db.kysely, { name: 'order.placed', ...orgA, aggregateId: 'ord_2', payload: { n: 2 } });
        const rows = await (db.kysely as unknown as Kysely<LedgerTables>).selectFrom('shop_ledger').selectAll().orderBy('n').execute();
        assert.deepEqual(rows, [{ event_id: placed.id, n: 1 }, { event_id: alone.id, n: 2 }]);
        await kernel.jobs.pool.lookNow();
        assert.deepEqual(await db.kysely.selectFrom('jobs_jobs').select('type').execute(), [], 'a projected event costs no delivery job');
        assert.deepEqual(handled, []);
      } finally {
        await kernel.stop();
      }
    });

    it('undoes a failed projection\'s writes, keeps the emitter\'s, and delivers the event to handle by a job instead', async () => {
      const db = await backend.fresh();
      const handled: string[] = [];
      const lines: Record<string, unknown>[] = [];
      const logger = createLogger('warn', { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
      const kernel = await composeKernel({ db, logger, plugins: [ledger(handled, (n) => (n === 1 ? 'throw' : n === 3 ? 'refused' : undefined))], config: { jobs: { poll_interval_ms: 20 } } });
      await kernel.start();
      try {
        const [thrown, fine, refused] = await db.kysely.transaction().execute(async (trx) => {
          const events = [];
          for (const n of [1, 2, 3]) events.push(await kernel.bus.emit(trx, { name: 'order.placed', ...orgA, aggregateId: `ord_${n}`, payload: { n } }));
          // The transaction is still usable after the refused statement.
          await (trx as unknown as Kysely<LedgerTables>).insertInto('shop_ledger').values({ event_id: 'by_the_emitter', n: 4 }).execute();
          return events;
        });
        await waitFor('the fallback deliveries', () => handled.length === 2);
        assert.deepEqual([...handled].sort(), [thrown!.id, refused!.id].sort());
        const rows = await (db.kysely as unknown as Kysely<LedgerTables>).selectFrom('shop_ledger').selectAll().orderBy('n').execute();
        assert.deepEqual(rows, [{ event_id: fine!.id, n: 2 }, { event_id: 'by_the_emitter', n: 4 }], 'the failed projections\' own rows were undone');
        const outbox = await db.kysely.selectFrom('events_outbox').select('id').execute();
        assert.deepEqual(outbox.map((row) => row.id).sort(), [thrown!.id, fine!.id, refused!.id].sort(), 'every event committed');
        const jobs = await db.kysely.selectFrom('jobs_jobs').select('type').execute();
        assert.deepEqual(jobs, [{ type: 'event:shop.ledger' }, { type: 'event:shop.ledger' }]);
        const warned = lines.filter((line) => line.msg === 'projection failed: its writes are undone and the event goes to a delivery job');
        assert.deepEqual(warned.map((line) => [line.subscription, line.event]).sort(), [['shop.ledger', thrown!.id], ['shop.ledger', refused!.id]].sort());
      } finally {
        await kernel.stop();
      }
    });

    // Postgres aborts the transaction at the refused statement whether or not the projection
    // caught the error, so the projection cannot stand; SQLite refuses only the statement.
    it('falls back to a job when a projection swallows a refused statement on Postgres, and keeps it on SQLite, without failing the emit', async () => {
      const db = await backend.fresh();
      const handled: string[] = [];
      const kernel = await composeKernel({ db, plugins: [ledger(handled, () => 'swallowed')], config: { jobs: { poll_interval_ms: 20 } } });
      await kernel.start();
      try {
        const event = await kernel.bus.emit(db.kysely, { name: 'order.placed', ...orgA, aggregateId: 'ord_1', payload: { n: 1 } });
        const rows = await (db.kysely as unknown as Kysely<LedgerTables>).selectFrom('shop_ledger').selectAll().execute();
        const jobs = await db.kysely.selectFrom('jobs_jobs').select('type').execute();
        if (backend.name === 'postgres') {
          assert.deepEqual(rows, []);
          assert.deepEqual(jobs, [{ type: 'event:shop.ledger' }]);
          await waitFor('the fallback delivery', () => handled.length === 1);
          assert.deepEqual(handled, [event.id]);
        } else {
          assert.deepEqual(rows, [{ event_id: event.id, n: 1 }]);
          assert.deepEqual(jobs, []);
        }
      } finally {
        await kernel.stop();
      }
    });

    it('asks wants only of an event whose projection failed, and a no there makes no job', async () => {
      const db = await backend.fresh();
      const asked: number[] = [];
      const kernel = await composeKernel({
        db,
        plugins: [ledger([], (n) => (n >= 2 ? 'throw' : undefined), (n) => (asked.push(n), n === 3))],
        config: { jobs: { poll_interval_ms: 20 } },
      });
      await kernel.start();
      try {
        for (const n of [1, 2, 3]) await kernel.bus.emit(db.kysely, { name: 'order.placed', ...orgA, aggregateId: `ord_${n}`, payload: { n } });
        assert.deepEqual(asked, [2, 3]);
        const rows = await (db.kysely as unknown as Kysely<LedgerTables>).selectFrom('shop_ledger').select('n').execute();
        assert.deepEqual(rows, [{ n: 1 }]);
        const jobs = await db.kysely.selectFrom('jobs_jobs').select('payload').execute();
        assert.equal(jobs.length, 1, 'only the wanted fallback made a job');
      } finally {
        await kernel.stop();
      }
    });

    it('refuses an event no plugin registers', async () => {
      const db = await backend.fresh();
      const kernel = await composeKernel({ db, plugins: [shop([])] });
      await assert.rejects(kernel.bus.emit(db.kysely, { name: 'order.lost', ...orgA, aggregateId: 'ord_1', payload: {} }), /event "order.lost" is not registered/);
    });

    it('makes no job for an event a subscription does not want, asking it in the emitting transaction', async () => {
      const db = await backend.fresh();
      const handled: number[] = [];
      const asked: { n: number; inTransaction: boolean; bus: boolean }[] = [];
      const picky = definePlugin({
        name: 'picky',
        version: '1.0.0',
        events: { 'order.placed': { description: 'An order was placed', payload: { type: 'object' } } },
        subscriptions: [
          defineSubscription({
            name: 'picky.even',
            events: '*',
            wants(event, context) {
              const n = (event.payload as { n: number }).n;
              asked.push({ n, inTransaction: context.db.isTransaction, bus: context.resolve(EVENT_BUS) !== undefined });
              return n % 2 === 0;
            },
            handle(event) {
              handled.push((event.payload as { n: number }).n);
            },
          }),
        ],
      });
      const kernel = await composeKernel({ db, plugins: [picky], config: { jobs: { poll_interval_ms: 20 } } });
      await kernel.start();
      try {
        for (const n of [1, 2, 3, 4]) await kernel.bus.emit(db.kysely, { name: 'order.placed', ...orgA, aggregateId: `ord_${n}`, payload: { n } });
        await waitFor('the wanted deliveries', () => handled.length === 2);
        await kernel.jobs.pool.lookNow();
        assert.deepEqual(handled.sort(), [2, 4]);
        assert.deepEqual(asked, [1, 2, 3, 4].map((n) => ({ n, inTransaction: true, bus: true })));
        const jobs = await db.kysely.selectFrom('jobs_jobs').select('type').execute();
        assert.equal(jobs.length, 2, 'no job for the unwanted events');
        assert.equal((await db.kysely.selectFrom('events_outbox').select('id').execute()).length, 4, 'every event is still recorded (live feed, history)');
      } finally {
        await kernel.stop();
      }
    });

    it('makes the job when a subscription\'s wants throws, rather than failing the emit', async () => {
      const db = await backend.fresh();
      const handled: string[] = [];
      const broken = definePlugin({
        name: 'broken',
        version: '1.0.0',
        events: { 'order.placed': { description: 'An order was placed', payload: { type: 'object' } } },
        subscriptions: [
          defineSubscription({
            name: 'broken.filter',
            events: '*',
            wants() {
              throw new Error('the filter has a bug');
            },
            handle(event) {
              handled.push(event.aggregateId);
            },
          }),
        ],
      });
      const kernel = await composeKernel({ db, plugins: [broken], config: { jobs: { poll_interval_ms: 20 } } });
      await kernel.start();
      try {
        await kernel.bus.emit(db.kysely, { name: 'order.placed', ...orgA, aggregateId: 'ord_9', payload: { n: 9 } });
        await waitFor('the delivery', () => handled.length === 1);
        assert.deepEqual(handled, ['ord_9']);
      } finally {
        await kernel.stop();
      }
    });

    it('delivers each aggregate\'s events in order, at least once, a failing delivery holding up the rest', async () => {
      const url = await backend.freshUrl();
      const db = await openDatabase({ url, poolSize: 4 });
      // On Postgres the emits race on separate connections; SQLite's single writer serialises them anyway.
      const other = backend.name === 'postgres' ? await openDatabase({ url, poolSize: 4 }) : db;
      const deliveries: Delivery[] = [];
      const plugin = shop(deliveries, (subscription, event) => subscription === 'shop.all' && event.payload.n === 3);
      const kernel = await composeKernel({ db, plugins: [plugin], config: { jobs: { poll_interval_ms: 20 } } });
      await kernel.start();
      try {
        const aggregates = ['ord_a', 'ord_b', 'ord_c', 'ord_d'];
        await Promise.all(
          aggregates.map(async (aggregateId, index) => {
            const database = index % 2 === 0 ? db : other;
            for (let n = 0; n < 10; n += 1) {
              await database.kysely.transaction().execute((trx) => kernel.bus.emit(trx, { name: 'order.placed', ...orgA, aggregateId, payload: { n } }));
            }
          }),
        );
        await waitFor('every delivery', () => deliveries.filter((delivery) => delivery.subscription === 'shop.all').length === 40);
        for (const aggregateId of aggregates) {
          const order = deliveries.filter((delivery) => delivery.event.aggregateId === aggregateId).map((delivery) => delivery.event.payload.n);
          assert.deepEqual(order, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], `order of ${aggregateId}`);
          const retried = deliveries.find((delivery) => delivery.event.aggregateId === aggregateId && delivery.event.payload.n === 3);
          assert.equal(retried?.attempt, 2, 'the failed delivery was retried');
        }
        // The last handler has run, but its job is marked done only after it returns.
        const allDone = async () => (await db.kysely.selectFrom('jobs_jobs').select('status').where('status', '!=', 'succeeded').execute()).length === 0;
        await waitFor('every delivery job to be marked done', allDone);
        const jobs = await db.kysely.selectFrom('jobs_jobs').select(['status', 'type']).execute();
        assert.equal(jobs.length, 40);
        assert.ok(jobs.every((job) => job.status === 'succeeded' && job.type === 'event:shop.all'));
      } finally {
        await kernel.stop();
        if (other !== db) await other.close();
        await db.close();
      }
    });

    it('hands committed events to live listeners in every process, filtered by org and mode', async () => {
      const url = await backend.freshUrl();
      const db = await openDatabase({ url, poolSize: 4 });
      const second = await openDatabase({ url, poolSize: 4 });
      const config = { events: { live_poll_interval_ms: 20 } };
      const here = await composeKernel({ db, plugins: [shop([])], config });
      // The second "process" has no subscriptions, so on SQLite it only reads (two writers in one
      // process would block each other's event loop).
      const there = await composeKernel({ db: second, plugins: [definePlugin({ name: 'shop', version: '1.0.0', events: { 'order.placed': { description: '', payload: {} } } })], config });
      await here.start();
      await there.start();
      const local: string[] = [];
      const remote: string[] = [];
      const stopLocal = here.bus.live({ orgId: 'org_a', livemode: true }, (event) => local.push(event.aggregateId));
      there.bus.live({ orgId: 'org_a', livemode: true, names: ['order.placed'] }, (event) => remote.push(event.aggregateId));
      try {
        await emitThenRollBack(here, db, 'rolled_back');
        await here.bus.emit(db.kysely, { name: 'order.placed', orgId: 'org_b', livemode: true, aggregateId: 'other_org', payload: { n: 1 } });
        await here.bus.emit(db.kysely, { name: 'order.placed', orgId: 'org_a', livemode: false, aggregateId: 'test_mode', payload: { n: 2 } });
        await here.bus.emit(db.kysely, { name: 'order.shipped', ...orgA, aggregateId: 'shipped', payload: { n: 3 } });
        await here.bus.emit(db.kysely, { name: 'order.placed', ...orgA, aggregateId: 'wanted', payload: { n: 4 } });
        await waitFor('the live events', () => local.length === 2 && remote.length === 1);
        assert.deepEqual(local, ['shipped', 'wanted']);
        assert.deepEqual(remote, ['wanted']);
        stopLocal();
        await here.bus.emit(db.kysely, { name: 'order.placed', ...orgA, aggregateId: 'after', payload: { n: 5 } });
        await waitFor('the remote listener', () => remote.length === 2);
        assert.deepEqual(local, ['shipped', 'wanted'], 'an unsubscribed listener hears nothing more');
      } finally {
        await here.stop();
        await there.stop();
        await second.close();
        await db.close();
      }
    });

    // Postgres hands out each event's notification as it comes, so the moment of subscribing is
    // only as sharp as the notifications' delivery; SQLite's tail feed skips ahead by itself.
    it('starts a live listener from its own now: events from before it came are not replayed', { skip: backend.name === 'postgres' ? 'the tail feed is SQLite\'s' : false }, async () => {
      const db = await backend.fresh();
      const kernel = await composeKernel({ db, plugins: [shop([])], config: { events: { live_poll_interval_ms: 20 } } });
      await kernel.start();
      try {
        for (let n = 1; n <= 3; n += 1) await kernel.bus.emit(db.kysely, { name: 'order.placed', ...orgA, aggregateId: `before_${n}`, payload: { n } });
        // The emits' wake-ups (deferred to after the emitting code) have run by then.
        await new Promise((resolve) => setTimeout(resolve, 100));
        const heard: string[] = [];
        const stop = kernel.bus.live({ orgId: 'org_a', livemode: true }, (event) => heard.push(event.aggregateId));
        await kernel.bus.emit(db.kysely, { name: 'order.placed', ...orgA, aggregateId: 'after', payload: { n: 4 } });
        await waitFor('the live event', () => heard.length >= 1);
        await new Promise((resolve) => setTimeout(resolve, 100));
        assert.deepEqual(heard, ['after']);
        stop();
      } finally {
        await kernel.stop();
      }
    });

    it('hands a live listener an event that a transaction open when it subscribed commits later', async () => {
      const db = await backend.fresh();
      const kernel = await composeKernel({ db, plugins: [shop([])], config: { events: { live_poll_interval_ms: 20 } } });
      await kernel.start();
      const heard: string[] = [];
      let stop = () => {};
      try {
        await db.kysely.transaction().execute(async (trx) => {
          stop = kernel.bus.live({ orgId: 'org_a', livemode: true }, (event) => heard.push(event.aggregateId));
          await kernel.bus.emit(trx, { name: 'order.placed', ...orgA, aggregateId: 'in_flight', payload: { n: 1 } });
        });
        await kernel.bus.emit(db.kysely, { name: 'order.placed', ...orgA, aggregateId: 'later', payload: { n: 2 } });
        await waitFor('both live events', () => heard.length >= 2);
        assert.deepEqual(heard, ['in_flight', 'later']);
      } finally {
        stop();
        await kernel.stop();
      }
    });
  });
});
