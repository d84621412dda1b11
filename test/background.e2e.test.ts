// Several server processes on one database: jobs, scheduled ticks and event deliveries each
// happen once (the normal path), and a job whose process is killed finishes after a restart.
// The `chores` fixture plugin records every run in `chores_runs`; the test counts them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../core/db/index.js';
import { forEachBackend } from '../core/db/testing.js';
import { waitFor } from '../core/jobs/testing.js';
import { spawnServer, type SpawnedServer } from './helpers/server.js';

const fixture = { INFLUGENTIC_PLUGINS__EXTERNAL: '["./test/fixtures/plugins/chores"]', INFLUGENTIC_JOBS__POLL_INTERVAL_MS: '50' };

interface Run {
  readonly seq: number;
  readonly kind: string;
  readonly key: string;
  readonly detail: string | null;
  readonly pid: number;
  readonly attempt: number;
}

async function post(server: SpawnedServer, path: string, body: unknown): Promise<{ ids: string[]; created: number }> {
  const response = await fetch(`${server.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()) as { ids: string[]; created: number };
}

function runs(db: Database, kind?: string): Promise<Run[]> {
  let query = db.kysely.selectFrom('chores_runs').selectAll().orderBy('seq');
  if (kind !== undefined) query = query.where('kind', '=', kind);
  return query.execute() as Promise<Run[]>;
}

async function count(db: Database, table: string, where = sql`true`): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)} where ${where}`.execute(db.kysely);
  return Number(rows[0]?.n ?? 0);
}

function duplicates(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([key]) => key);
}

forEachBackend((backend) => {
  describe('two server processes on one database', () => {
    it('run no job twice, each scheduled tick once, and hand each event to each subscriber once, in order', async (t) => {
      const url = await backend.freshUrl();
      const env = { ...fixture, INFLUGENTIC_CHORES__TICK: 'true' };
      // One after the other, so the first has migrated before the second looks.
      const a = await spawnServer({ databaseUrl: url, env });
      const b = await spawnServer({ databaseUrl: url, env });
      const db = await openDatabase({ url, poolSize: 2 });
      try {
        const [jobsA, jobsB] = await Promise.all([post(a, '/v1/chores/jobs', { kind: 'record', count: 150 }), post(b, '/v1/chores/jobs', { kind: 'record', count: 150 })]);
        assert.equal(jobsA.created + jobsB.created, 300);

        // At-least-once producers on both processes, one dedupe key: one job.
        const deduped = await Promise.all(Array.from({ length: 10 }, (_, i) => post(i % 2 === 0 ? a : b, '/v1/chores/jobs', { kind: 'record', count: 1, dedupe_key: 'only-once' })));
        assert.equal(deduped.reduce((sum, reply) => sum + reply.created, 0), 1);
        assert.equal(new Set(deduped.map((reply) => reply.ids[0])).size, 1);

        // Events from both processes, and one aggregate continued by the other process.
        await Promise.all([
          post(a, '/v1/chores/events', { aggregates: ['agg_a', 'agg_b'], count: 10 }),
          post(b, '/v1/chores/events', { aggregates: ['agg_c', 'agg_d'], count: 10 }),
        ]);
        await post(a, '/v1/chores/events', { aggregates: ['agg_x'], count: 5, first: 0 });
        await post(b, '/v1/chores/events', { aggregates: ['agg_x'], count: 5, first: 5 });
        const events = 50;

        // Only the fixture's own jobs and deliveries: built-in plugins subscribe to events too
        // (webhooks to every event), and their jobs are theirs to count.
        const ours = sql`(type = 'chores.record' or type like 'event:chores.%')`;
        await waitFor('every job and delivery to finish', async () => (await count(db, 'jobs_jobs', sql`status = 'succeeded' and ${ours}`)) === 301 + 2 * events, 60_000);
        await waitFor('three scheduled ticks', async () => new Set((await runs(db, 'tick')).map((run) => run.key)).size >= 3, 30_000);

        assert.equal(await a.stop('SIGTERM'), 0);
        assert.equal(await b.stop('SIGTERM'), 0);

        const jobRuns = await runs(db, 'job');
        assert.equal(jobRuns.length, 301);
        assert.deepEqual(duplicates(jobRuns.map((run) => run.key)), [], 'no job ran twice');
        assert.equal(await count(db, 'jobs_jobs', sql`attempts <> 1 and ${ours}`), 0, 'every job ran on its first attempt');

        const ticks = await runs(db, 'tick');
        assert.deepEqual(duplicates(ticks.map((run) => run.key)), [], 'no tick ran twice');

        for (const subscriber of ['chores.all', 'chores.audit']) {
          const deliveries = await runs(db, subscriber);
          assert.equal(deliveries.length, events, `${subscriber} got every event`);
          assert.deepEqual(duplicates(deliveries.map((run) => run.key)), [], `${subscriber} got each event once`);
          for (const aggregate of ['agg_a', 'agg_b', 'agg_c', 'agg_d', 'agg_x']) {
            const order = deliveries.filter((run) => run.detail?.startsWith(`${aggregate}:`)).map((run) => Number(run.detail?.split(':')[1]));
            assert.deepEqual(order, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], `${subscriber} got ${aggregate} in order`);
          }
        }
        const pids = new Map<number, number>();
        for (const run of [...jobRuns, ...ticks]) pids.set(run.pid, (pids.get(run.pid) ?? 0) + 1);
        t.diagnostic(`runs per process: ${[...pids.values()].join(' / ')}`);
      } finally {
        await a.stop('SIGKILL');
        await b.stop('SIGKILL');
        await db.close();
      }
    });

    it('finish a job whose process was killed mid-run, once its lease has run out', async () => {
      const url = await backend.freshUrl();
      const env = { ...fixture, INFLUGENTIC_JOBS__LEASE_MS: '1000' };
      const first = await spawnServer({ databaseUrl: url, env });
      const db = await openDatabase({ url, poolSize: 2 });
      let second: SpawnedServer | undefined;
      try {
        const { ids } = await post(first, '/v1/chores/jobs', { kind: 'hang', count: 1 });
        const id = ids[0] as string;
        await waitFor('the job to start', async () => (await runs(db, 'hang-started')).some((run) => run.key === id));
        await first.stop('SIGKILL');
        const left = await db.kysely.selectFrom('jobs_jobs').select(['status', 'locked_by']).where('id', '=', id).executeTakeFirstOrThrow();
        assert.equal(left.status, 'running', 'the dead process still holds it');

        second = await spawnServer({ databaseUrl: url, env });
        await waitFor('the job to finish', async () => (await db.kysely.selectFrom('jobs_jobs').select('status').where('id', '=', id).executeTakeFirst())?.status === 'succeeded', 30_000);
        const finished = await runs(db, 'hang-finished');
        assert.equal(finished.length, 1);
        assert.equal(finished[0]?.key, id);
        assert.equal(finished[0]?.attempt, 2);
        assert.equal(finished[0]?.pid, second.child.pid);
        assert.equal(await second.stop('SIGTERM'), 0);
      } finally {
        await first.stop('SIGKILL');
        await second?.stop('SIGKILL');
        await db.close();
      }
    });
  });
});
