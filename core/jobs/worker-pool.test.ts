import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../clock.js';
import { openDatabase, type Database } from '../db/index.js';
import { forEachBackend } from '../db/testing.js';
import { definePlugin } from '../plugin/define.js';
import { createLogger } from '../logger.js';
import { JobStore } from './db/store.js';
import { defineJob } from './define.js';
import { RetryAt } from './retry-at.js';
import { composeKernel, gate, waitFor } from './testing.js';
import type { JobContext, JobDefinition, JobRecord } from './types.js';

function pluginWith(...jobs: JobDefinition<any>[]) {
  return definePlugin({ name: 'work', version: '1.0.0', jobs });
}

async function job(db: Database, id: string): Promise<JobRecord> {
  const record = await new JobStore(db).get(id);
  assert.ok(record, `job ${id} exists`);
  return record;
}

forEachBackend((backend) => {
  describe('WorkerPool', () => {
    it('runs a job with its payload and marks it succeeded', async () => {
      const db = await backend.fresh();
      const seen: JobContext[] = [];
      const kernel = await composeKernel({ db, plugins: [pluginWith(defineJob({ name: 'work.echo', handle: (ctx) => void seen.push(ctx) }))] });
      await kernel.start();
      try {
        const { id } = await kernel.queue.enqueue(db.kysely, 'work.echo', { hello: 'world' });
        await waitFor('the job to succeed', async () => (await job(db, id)).status === 'succeeded');
        assert.equal(seen.length, 1);
        assert.deepEqual([seen[0]?.id, seen[0]?.payload, seen[0]?.attempt], [id, { hello: 'world' }, 1]);
        assert.ok((await job(db, id)).finishedAt);
      } finally {
        await kernel.stop();
      }
    });

    it('logs a job\'s lines with its id, type and attempt, from its handler and from the pool', async () => {
      const db = await backend.fresh();
      const lines: Record<string, unknown>[] = [];
      const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
      const kernel = await composeKernel({
        db,
        logger,
        config: { jobs: { backoff_base_ms: 60_000 } },
        plugins: [pluginWith(defineJob({
          name: 'work.noisy',
          handle: (ctx) => {
            ctx.logger.info({ step: 'one' }, 'working');
            throw new Error('boom');
          },
        }))],
      });
      await kernel.start();
      try {
        const { id } = await kernel.queue.enqueue(db.kysely, 'work.noisy', {});
        await waitFor('the failure to be logged', () => lines.some((line) => line.job === id && line.retry_at !== undefined));
        const own = lines.filter((line) => line.job === id);
        assert.deepEqual(own.map((line) => [line.msg, line.type, line.attempt]), [['working', 'work.noisy', 1], ['job failed; it will be retried', 'work.noisy', 1]]);
        assert.equal(own[0]?.step, 'one');
      } finally {
        await kernel.stop();
      }
    });

    it('retries on the type\'s schedule and buries the job after its last attempt', async () => {
      const db = await backend.fresh();
      const clock = new ManualClock('2026-03-01T00:00:00.000Z');
      let runs = 0;
      const died: { payload: unknown; attempt: number; reason: string; status: string }[] = [];
      const failing = defineJob<{ order: string }>({
        name: 'work.flaky',
        maxAttempts: 3,
        backoff: [1000, 5000],
        handle() {
          runs += 1;
          throw new Error(`boom ${runs}`);
        },
        async onDead(context, reason) {
          died.push({ payload: context.payload, attempt: context.attempt, reason, status: (await job(db, context.id)).status });
        },
      });
      const kernel = await composeKernel({ db, clock, plugins: [pluginWith(failing)], config: { jobs: { poll_interval_ms: 60_000 } } });
      await kernel.start();
      const { pool } = kernel.jobs;
      try {
        const { id } = await kernel.queue.enqueue(db.kysely, 'work.flaky', { order: 'ord_1' });
        await pool.lookNow();
        await waitFor('the first failure', async () => (await job(db, id)).attempts === 1 && (await job(db, id)).status === 'queued');
        assert.equal((await job(db, id)).runAt, '2026-03-01T00:00:01.000Z');
        assert.equal((await job(db, id)).lastError, 'Error: boom 1');

        clock.advance(999);
        await pool.lookNow();
        assert.equal(runs, 1, 'not before its time');

        clock.advance(1);
        await pool.lookNow();
        await waitFor('the second failure', async () => (await job(db, id)).attempts === 2 && (await job(db, id)).status === 'queued');
        assert.equal((await job(db, id)).runAt, '2026-03-01T00:00:06.000Z');

        clock.advance(5000);
        await pool.lookNow();
        await waitFor('the job to be dead', async () => (await job(db, id)).status === 'dead');
        const dead = await job(db, id);
        assert.deepEqual([dead.attempts, dead.lastError, runs], [3, 'Error: boom 3', 3]);
        assert.ok(dead.finishedAt);
        assert.deepEqual(died, [{ payload: { order: 'ord_1' }, attempt: 3, reason: 'Error: boom 3', status: 'running' }], 'onDead once, before the job is marked dead');

        clock.advance(3_600_000);
        await pool.lookNow();
        assert.equal(runs, 3, 'a dead job is not run again');
      } finally {
        await kernel.stop();
      }
    });

    it('honours a handler\'s RetryAt instead of the schedule', async () => {
      const db = await backend.fresh();
      const clock = new ManualClock('2026-03-01T00:00:00.000Z');
      const attempts: number[] = [];
      const polite = defineJob({
        name: 'work.polite',
        backoff: [1],
        handle(ctx) {
          attempts.push(ctx.attempt);
          if (ctx.attempt === 1) throw new RetryAt(new Date('2026-03-01T00:00:42.000Z'), 'rate limited; Retry-After: 42');
        },
      });
      const kernel = await composeKernel({ db, clock, plugins: [pluginWith(polite)], config: { jobs: { poll_interval_ms: 60_000 } } });
      await kernel.start();
      const { pool } = kernel.jobs;
      try {
        const { id } = await kernel.queue.enqueue(db.kysely, 'work.polite', {});
        await pool.lookNow();
        await waitFor('the retry to be scheduled', async () => (await job(db, id)).attempts === 1 && (await job(db, id)).status === 'queued');
        assert.equal((await job(db, id)).runAt, '2026-03-01T00:00:42.000Z');
        assert.match((await job(db, id)).lastError ?? '', /Retry-After: 42/);
        clock.advance(41_999);
        await pool.lookNow();
        assert.deepEqual(attempts, [1]);
        clock.advance(1);
        await pool.lookNow();
        await waitFor('the job to succeed', async () => (await job(db, id)).status === 'succeeded');
        assert.deepEqual(attempts, [1, 2]);
      } finally {
        await kernel.stop();
      }
    });

    it('takes a job left running by a dead process once its lease has run out', async () => {
      const db = await backend.fresh();
      const clock = new ManualClock('2026-03-01T00:00:00.000Z');
      const attempts: number[] = [];
      const kernel = await composeKernel({
        db,
        clock,
        plugins: [pluginWith(defineJob({ name: 'work.resume', handle: (ctx) => void attempts.push(ctx.attempt) }))],
        config: { jobs: { poll_interval_ms: 60_000, lease_ms: 30_000 } },
      });
      const { id } = await kernel.queue.enqueue(db.kysely, 'work.resume', {});
      // Another process took the job, then died without a word.
      const [taken] = await new JobStore(db).claim({ type: 'work.resume', limit: 1, worker: 'dead-host:1', now: clock.now().toISOString(), leaseUntil: '2026-03-01T00:00:30.000Z' });
      assert.equal(taken?.id, id);
      await kernel.start();
      const { pool } = kernel.jobs;
      try {
        await pool.lookNow();
        assert.deepEqual(attempts, [], 'not while the lease holds');
        clock.advance(30_001);
        await pool.lookNow();
        await waitFor('the job to succeed', async () => (await job(db, id)).status === 'succeeded');
        assert.deepEqual(attempts, [2]);
      } finally {
        await kernel.stop();
      }
    });

    it('buries a job whose last attempt died with its process, telling its onDead (which may fail)', async () => {
      const db = await backend.fresh();
      const clock = new ManualClock('2026-03-01T00:00:00.000Z');
      let runs = 0;
      const reasons: string[] = [];
      const kernel = await composeKernel({
        db,
        clock,
        plugins: [
          pluginWith(
            defineJob({
              name: 'work.fragile',
              maxAttempts: 1,
              handle: () => void (runs += 1),
              onDead(_context, reason) {
                reasons.push(reason);
                throw new Error('onDead failed too');
              },
            }),
          ),
        ],
        config: { jobs: { poll_interval_ms: 60_000, lease_ms: 1000 } },
      });
      const { id } = await kernel.queue.enqueue(db.kysely, 'work.fragile', {});
      await new JobStore(db).claim({ type: 'work.fragile', limit: 1, worker: 'dead-host:1', now: clock.now().toISOString(), leaseUntil: '2026-03-01T00:00:01.000Z' });
      await kernel.start();
      try {
        clock.advance(1001);
        await kernel.jobs.pool.lookNow();
        await waitFor('the job to be dead', async () => (await job(db, id)).status === 'dead');
        assert.equal(runs, 0);
        assert.match((await job(db, id)).lastError ?? '', /stopped before it finished/);
        assert.deepEqual(reasons, ['the process running attempt 1 stopped before it finished']);
      } finally {
        await kernel.stop();
      }
    });

    it('fails, retries and buries a job whose payload does not parse, without calling its handler', async () => {
      const db = await backend.fresh();
      let runs = 0;
      const kernel = await composeKernel({
        db,
        plugins: [pluginWith(defineJob({ name: 'work.garbled', maxAttempts: 2, backoff: [0], handle: () => void (runs += 1) }))],
        config: { jobs: { poll_interval_ms: 20 } },
      });
      const { id } = await kernel.queue.enqueue(db.kysely, 'work.garbled', { fine: true });
      await db.kysely.updateTable('jobs_jobs' as never).set({ payload: 'not json' } as never).where('id' as never, '=', id as never).execute();
      await kernel.start();
      try {
        // Read the row itself: JobStore.get would parse the payload too.
        const row = () => db.kysely.selectFrom('jobs_jobs' as never).select(['status', 'attempts', 'last_error'] as never).where('id' as never, '=', id as never).executeTakeFirstOrThrow() as Promise<{ status: string; attempts: number; last_error: string | null }>;
        await waitFor('the job to be dead', async () => (await row()).status === 'dead');
        const dead = await row();
        assert.deepEqual([Number(dead.attempts), runs], [2, 0]);
        assert.match(dead.last_error ?? '', /^SyntaxError/);
      } finally {
        await kernel.stop();
      }
    });

    it('runs at most `concurrency` jobs of a type at once in a process', async () => {
      const db = await backend.fresh();
      const held = gate();
      let running = 0;
      let most = 0;
      const slow = defineJob({
        name: 'work.slow',
        concurrency: 2,
        async handle() {
          running += 1;
          most = Math.max(most, running);
          await held.promise;
          running -= 1;
        },
      });
      const kernel = await composeKernel({ db, plugins: [pluginWith(slow)], config: { jobs: { poll_interval_ms: 20 } } });
      await kernel.start();
      try {
        await kernel.queue.enqueueMany(db.kysely, Array.from({ length: 6 }, () => ({ type: 'work.slow', payload: {} })));
        await waitFor('two jobs to be running', () => running === 2);
        await kernel.jobs.pool.lookNow();
        assert.equal(kernel.jobs.pool.active, 2);
        held.open();
        await waitFor('every job to succeed', async () => {
          const rows = await db.kysely.selectFrom('jobs_jobs').select('status').execute();
          return rows.every((row) => row.status === 'succeeded');
        });
        assert.equal(most, 2);
      } finally {
        await kernel.stop();
      }
    });

    it('runs jobs with one ordering key one at a time, in order, even across a retry', async () => {
      const db = await backend.fresh();
      const order: string[] = [];
      let failedOnce = false;
      const step = defineJob<{ key: string; n: number }>({
        name: 'work.step',
        concurrency: 8,
        backoff: [0],
        async handle({ payload }) {
          if (payload.key === 'a' && payload.n === 1 && !failedOnce) {
            failedOnce = true;
            order.push('a1-failed');
            throw new Error('first try fails');
          }
          order.push(`${payload.key}${payload.n}`);
        },
      });
      const kernel = await composeKernel({ db, plugins: [pluginWith(step)], config: { jobs: { poll_interval_ms: 20 } } });
      await kernel.queue.enqueueMany(db.kysely, [
        ...[1, 2, 3, 4].map((n) => ({ type: 'work.step', payload: { key: 'a', n }, options: { orderingKey: 'a' } })),
        ...[1, 2, 3].map((n) => ({ type: 'work.step', payload: { key: 'b', n }, options: { orderingKey: 'b' } })),
      ]);
      await kernel.start();
      try {
        await waitFor('every step', () => order.length === 8);
        assert.deepEqual(order.filter((entry) => entry.startsWith('a')), ['a1-failed', 'a1', 'a2', 'a3', 'a4']);
        assert.deepEqual(order.filter((entry) => entry.startsWith('b')), ['b1', 'b2', 'b3']);
      } finally {
        await kernel.stop();
      }
    });

    it('never runs a job twice when two pools on separate connections share the table', async () => {
      const url = await backend.freshUrl();
      const first = await openDatabase({ url, poolSize: 4 });
      const second = await openDatabase({ url, poolSize: 4 });
      const runs = new Map<string, number>();
      const count = defineJob({
        name: 'work.count',
        concurrency: 8,
        async handle(ctx) {
          runs.set(ctx.id, (runs.get(ctx.id) ?? 0) + 1);
          await new Promise((resolve) => setImmediate(resolve));
        },
      });
      const one = await composeKernel({ db: first, plugins: [pluginWith(count)], config: { jobs: { poll_interval_ms: 10 } } });
      const two = await composeKernel({ db: second, plugins: [pluginWith(count)], config: { jobs: { poll_interval_ms: 10 } } });
      await one.start();
      await two.start();
      try {
        const total = 300;
        for (let batch = 0; batch < total / 50; batch += 1) {
          const queue = batch % 2 === 0 ? one.queue : two.queue;
          await queue.enqueueMany(first.kysely, Array.from({ length: 50 }, (_, i) => ({ type: 'work.count', payload: { n: batch * 50 + i } })));
        }
        await waitFor('every job to succeed', async () => {
          const row = await first.kysely.selectFrom('jobs_jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'succeeded').executeTakeFirstOrThrow();
          return Number(row.n) === total;
        });
        assert.equal(runs.size, total);
        assert.deepEqual([...runs.values()].filter((n) => n !== 1), [], 'no job ran twice');
        const workers = await first.kysely.selectFrom('jobs_jobs').select('attempts').where('attempts', '!=', 1).execute();
        assert.equal(workers.length, 0);
      } finally {
        await one.stop();
        await two.stop();
        await second.close();
        await first.close();
      }
    });

    it('lets running jobs finish on stop, and past the timeout leaves their lease to run out', async () => {
      const db = await backend.fresh();
      const finishing = gate();
      const started: string[] = [];
      let aborted = false;
      const plugin = pluginWith(
        defineJob({
          name: 'work.finish',
          async handle(ctx) {
            started.push(ctx.id);
            await finishing.promise;
          },
        }),
        defineJob({
          name: 'work.forever',
          async handle(ctx) {
            started.push(ctx.id);
            await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve()));
            aborted = true;
          },
        }),
      );
      const config = { jobs: { poll_interval_ms: 20 } };

      const first = await composeKernel({ db, plugins: [plugin], config });
      await first.start();
      const { id: finishId } = await first.queue.enqueue(db.kysely, 'work.finish', {});
      await waitFor('the job to start', () => started.includes(finishId));
      const stopped = first.jobs.pool.stop(10_000);
      setTimeout(() => finishing.open(), 50);
      await stopped;
      assert.equal((await job(db, finishId)).status, 'succeeded', 'it finished before stop returned');
      await first.stop();

      const second = await composeKernel({ db, plugins: [plugin], config });
      await second.start();
      const { id: foreverId } = await second.queue.enqueue(db.kysely, 'work.forever', {});
      await waitFor('the second job to start', () => started.includes(foreverId));
      await second.jobs.pool.stop(50);
      assert.equal(aborted, true, 'the handler was told to give up');
      const left = await job(db, foreverId);
      assert.equal(left.status, 'running', 'left for its lease to run out');
      await second.stop();
    });
  });
});
