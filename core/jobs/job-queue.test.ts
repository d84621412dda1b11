import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openDatabase } from '../db/index.js';
import { forEachBackend } from '../db/testing.js';
import { definePlugin } from '../plugin/define.js';
import { JobStore, type NewJob } from './db/store.js';
import { defineJob } from './define.js';
import { composeKernel } from './testing.js';

const work = definePlugin({
  name: 'work',
  version: '1.0.0',
  jobs: [defineJob<{ n: number }>({ name: 'work.count', handle: () => undefined })],
});

/** A second of 2026-11-28T12:00. */
const t = (s: number) => `2026-11-28T12:00:${String(s).padStart(2, '0')}.000Z`;
/** A queued work.count job row, due at t(0). */
const job = (id: string): NewJob => ({
  id, type: 'work.count', payload: '{}', status: 'queued', attempts: 0, max_attempts: 3, run_at: t(0), dedupe_key: null, ordering_key: null,
  locked_by: null, locked_until: null, last_error: null, created_at: t(0), updated_at: t(0), started_at: null, finished_at: null,
});

forEachBackend((backend) => {
  describe('JobQueue', () => {
    it('enqueues inside the caller\'s transaction: a rollback leaves no job, a commit leaves a queued one', async () => {
      const db = await backend.fresh();
      const { queue } = await composeKernel({ db, plugins: [work] });
      await assert.rejects(
        db.kysely.transaction().execute(async (trx) => {
          await queue.enqueue(trx, 'work.count', { n: 1 });
          throw new Error('the write failed');
        }),
        /the write failed/,
      );
      const rows = await db.kysely.selectFrom('jobs_jobs').selectAll().execute();
      assert.equal(rows.length, 0);

      const { id, created } = await db.kysely.transaction().execute((trx) => queue.enqueue(trx, 'work.count', { n: 2 }));
      assert.equal(created, true);
      const job = await queue.get(id);
      assert.equal(job?.status, 'queued');
      assert.equal(job?.attempts, 0);
      assert.deepEqual(job?.payload, { n: 2 });
      assert.match(id, /^job_/);
    });

    it('tells which types have a job to claim now: due queued jobs and running jobs whose lease ran out', async () => {
      const db = await backend.fresh();
      await composeKernel({ db, plugins: [work] });
      const store = new JobStore(db);
      const now = '2026-11-28T12:00:00.000Z';
      const row = (type: string, status: string, runAt: string, lockedUntil: string | null): NewJob => ({
        id: `job_${type}`, type, payload: '{}', status: status as NewJob['status'], attempts: 0, max_attempts: 3, run_at: runAt, dedupe_key: null, ordering_key: null,
        locked_by: lockedUntil === null ? null : 'w', locked_until: lockedUntil, last_error: null, created_at: now, updated_at: now, started_at: null, finished_at: null,
      });
      await store.insert(db.kysely, [
        row('due', 'queued', '2026-11-28T11:59:59.000Z', null),
        row('later', 'queued', '2026-11-28T12:00:01.000Z', null),
        row('lost', 'running', '2026-11-28T11:00:00.000Z', '2026-11-28T11:59:00.000Z'),
        row('held', 'running', '2026-11-28T11:00:00.000Z', '2026-11-28T12:01:00.000Z'),
        row('done', 'succeeded', '2026-11-28T11:00:00.000Z', null),
      ]);
      const due = await store.dueTypes(['due', 'later', 'lost', 'held', 'done', 'none'], now);
      assert.deepEqual([...due].sort(), ['due', 'lost']);
      assert.deepEqual([...(await store.dueTypes(['later', 'held'], now))], []);
      // The same list again (its statement kept) at later times: each call's time is the one bound.
      assert.deepEqual([...(await store.dueTypes(['later', 'held'], '2026-11-28T12:00:02.000Z'))], ['later']);
      assert.deepEqual([...(await store.dueTypes(['later', 'held'], '2026-11-28T12:01:01.000Z'))].sort(), ['held', 'later']);
      assert.deepEqual([...(await store.dueTypes([], now))], []);
      const many = [...Array.from({ length: 600 }, (_, n) => `idle.${n}`), 'lost', 'due'];
      assert.deepEqual([...(await store.dueTypes(many, now))].sort(), ['due', 'lost'], 'more types than one compound SELECT may hold');
    });

    it('claims at most the limit asked for, in order, each call with its own limit (the limit is written into the SQL)', async () => {
      const db = await backend.fresh();
      await composeKernel({ db, plugins: [work] });
      const store = new JobStore(db);
      await store.insert(db.kysely, ['job_1', 'job_2', 'job_3', 'job_4', 'job_5', 'job_6'].map(job));
      const claim = (limit: number) => store.claim({ type: 'work.count', limit, worker: 'w1', now: t(1), leaseUntil: t(30) }).then((rows) => rows.map((row) => row.id));
      assert.deepEqual(await claim(1), ['job_1']);
      assert.deepEqual(await claim(2), ['job_2', 'job_3']);
      assert.deepEqual(await claim(1), ['job_4']);
      assert.deepEqual(await claim(5), ['job_5', 'job_6']);
      await assert.rejects(claim(0), /positive integer/);
      await assert.rejects(claim(1.5), /positive integer/);
    });

    it('settles a claimed job only under the lease of that worker and attempt, and releases the lease', async () => {
      const db = await backend.fresh();
      await composeKernel({ db, plugins: [work] });
      const store = new JobStore(db);
      await store.insert(db.kysely, [job('job_a'), job('job_b'), job('job_c')]);
      const claimed = await store.claim({ type: 'work.count', limit: 3, worker: 'w1', now: t(1), leaseUntil: t(30) });
      assert.deepEqual(claimed.map((row) => [row.id, Number(row.attempts)]), [['job_a', 1], ['job_b', 1], ['job_c', 1]]);
      const held = (id: string) => ({ id, worker: 'w1', attempt: 1, now: t(2) });
      // Another worker, or another attempt, holds no lease: nothing changes.
      assert.equal(await store.succeed({ ...held('job_a'), worker: 'w2' }), false);
      assert.equal(await store.retry({ ...held('job_b'), attempt: 2 }, t(9), 'boom'), false);
      assert.equal(await store.bury({ ...held('job_c'), worker: 'w2' }, 'boom'), false);
      assert.deepEqual((await Promise.all(['job_a', 'job_b', 'job_c'].map((id) => store.get(id)))).map((row) => row?.status), ['running', 'running', 'running']);

      assert.equal(await store.succeed(held('job_a')), true);
      assert.equal(await store.retry(held('job_b'), t(9), 'Error: boom'), true);
      assert.equal(await store.bury(held('job_c'), 'Error: dead'), true);
      assert.equal(await store.succeed(held('job_a')), false, 'settled once');
      const rows = await db.kysely.selectFrom('jobs_jobs').select(['id', 'status', 'run_at', 'last_error', 'locked_by', 'locked_until', 'updated_at', 'finished_at']).orderBy('id').execute();
      assert.deepEqual(rows, [
        { id: 'job_a', status: 'succeeded', run_at: t(0), last_error: null, locked_by: null, locked_until: null, updated_at: t(2), finished_at: t(2) },
        { id: 'job_b', status: 'queued', run_at: t(9), last_error: 'Error: boom', locked_by: null, locked_until: null, updated_at: t(2), finished_at: null },
        { id: 'job_c', status: 'dead', run_at: t(0), last_error: 'Error: dead', locked_by: null, locked_until: null, updated_at: t(2), finished_at: t(2) },
      ]);
    });

    it('enqueues thousands of jobs in one call, past SQLite\'s bound-parameter limit, and finds the duplicates among them', async () => {
      const db = await backend.fresh();
      const { queue } = await composeKernel({ db, plugins: [work] });
      const earlier = await queue.enqueueMany(db.kysely, Array.from({ length: 600 }, (_, n) => ({ type: 'work.count', payload: { n }, options: { dedupeKey: `k${n}` } })));
      const requests = Array.from({ length: 2600 }, (_, n) => ({ type: 'work.count', payload: { n }, options: { dedupeKey: `k${n}` } }));
      const results = await queue.enqueueMany(db.kysely, requests);
      assert.equal(results.length, 2600);
      assert.deepEqual(results.slice(0, 600), earlier.map((result) => ({ id: result.id, created: false })));
      assert.ok(results.slice(600).every((result) => result.created));
      const rows = await db.kysely.selectFrom('jobs_jobs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(rows.n), 2600);
    });

    it('refuses a job type no plugin declares', async () => {
      const db = await backend.fresh();
      const { queue } = await composeKernel({ db, plugins: [work] });
      await assert.rejects(queue.enqueue(db.kysely, 'work.nope', {}), /unknown job type "work.nope"/);
    });

    it('keeps one job per dedupe key and type, and hands back the first job\'s id', async () => {
      const db = await backend.fresh();
      const { queue } = await composeKernel({ db, plugins: [work] });
      const first = await queue.enqueue(db.kysely, 'work.count', { n: 1 }, { dedupeKey: 'order_1' });
      const again = await queue.enqueue(db.kysely, 'work.count', { n: 2 }, { dedupeKey: 'order_1' });
      const other = await queue.enqueue(db.kysely, 'work.count', { n: 3 }, { dedupeKey: 'order_2' });
      assert.deepEqual(again, { id: first.id, created: false });
      assert.equal(other.created, true);
      const many = await queue.enqueueMany(db.kysely, [
        { type: 'work.count', payload: { n: 4 }, options: { dedupeKey: 'order_2' } },
        { type: 'work.count', payload: { n: 5 } },
      ]);
      assert.deepEqual(many[0], { id: other.id, created: false });
      assert.equal(many[1]?.created, true);
    });

    it('holds dedupe keys under concurrent enqueues from several connections', async () => {
      const url = await backend.freshUrl();
      const db = await openDatabase({ url, poolSize: 4 });
      // Two SQLite connections in one process cannot both hold a transaction across an await:
      // the second one's lock wait blocks the event loop the first needs to commit. Processes
      // do not share an event loop, so there one connection each is fine; here SQLite gets one.
      const second = backend.name === 'postgres' ? await openDatabase({ url, poolSize: 4 }) : db;
      try {
        const one = await composeKernel({ db, plugins: [work] });
        const two = await composeKernel({ db: second, plugins: [work] });
        const attempts = Array.from({ length: 24 }, (_, i) => {
          const [queue, database] = i % 2 === 0 ? [one.queue, db] : [two.queue, second];
          // Each in its own transaction that stays open a moment after the insert, so on
          // Postgres the others' inserts meet an uncommitted row holding the key.
          return database.kysely.transaction().execute(async (trx) => {
            const result = await queue.enqueue(trx, 'work.count', { n: i }, { dedupeKey: 'shared' });
            await new Promise((resolve) => setTimeout(resolve, 5));
            return result;
          });
        });
        const results = await Promise.all(attempts);
        assert.equal(results.filter((result) => result.created).length, 1);
        assert.equal(new Set(results.map((result) => result.id)).size, 1);
        const rows = await db.kysely.selectFrom('jobs_jobs').select('id').where('dedupe_key', '=', 'shared').execute();
        assert.equal(rows.length, 1);
      } finally {
        if (second !== db) await second.close();
        await db.close();
      }
    });
  });
});
