// Job queue speed, in-process on SQLite and Postgres: throughput (enqueue -> run -> done) with
// producers and workers busy at once, and latency from enqueue to the handler's start at half
// that rate (a steady load the queue keeps up with) and on an idle queue. Run by `npm run
// bench` after the HTTP scenarios, or alone:
// `npm run bench:jobs [-- --jobs 5000 --producers 8 --concurrency 16 --paced-seconds 4 --idle 300]`.
// Postgres: INFLUGENTIC_BENCH_PG_URL (default INFLUGENTIC_TEST_PG_URL, else
// postgres://postgres@127.0.0.1:5432/test); a throwaway schema is created and dropped.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../../core/db/index.js';
import { defineJob } from '../../core/jobs/define.js';
import { composeKernel } from '../../core/jobs/testing.js';
import { definePlugin } from '../../core/plugin/define.js';
import { inThrowawaySchema } from './postgres.js';
import { percentile } from './stats.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const { values } = parseArgs({
  options: {
    jobs: { type: 'string', default: '5000' },
    producers: { type: 'string', default: '8' },
    concurrency: { type: 'string', default: '16' },
    'paced-seconds': { type: 'string', default: '4' },
    idle: { type: 'string', default: '300' },
  },
  strict: false,
});
const total = Number(values.jobs);
const producers = Number(values.producers);
const concurrency = Number(values.concurrency);
const idleRounds = Number(values.idle);
const pacedSeconds = Number(values['paced-seconds']);

interface Row {
  readonly backend: string;
  readonly jobsPerSecond: number;
  readonly pacedRate: number;
  readonly loaded: Percentiles;
  readonly idle: Percentiles;
}

interface Percentiles {
  readonly p50: number;
  readonly p99: number;
}

function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}

/** Enqueue times by payload key, and a waiter per key, shared with the job handler. */
class Stopwatch {
  readonly enqueuedAt = new Map<number, number>();
  readonly latencies: number[] = [];
  private readonly waiters = new Map<number, () => void>();
  done = 0;

  started(key: number): void {
    const at = this.enqueuedAt.get(key);
    if (at !== undefined) this.latencies.push(performance.now() - at);
  }

  finished(key: number): void {
    this.done += 1;
    this.waiters.get(key)?.();
    this.waiters.delete(key);
  }

  until(key: number): Promise<void> {
    return new Promise((resolve) => this.waiters.set(key, resolve));
  }
}

async function measure(backend: string, db: Database): Promise<Row> {
  let watch = new Stopwatch();
  const plugin = definePlugin({
    name: 'bench',
    version: '1.0.0',
    jobs: [
      defineJob<{ key: number }>({
        name: 'bench.noop',
        concurrency,
        handle(job) {
          watch.started(job.payload.key);
          // The job "does" nothing; what is measured is the queue around it.
          queueMicrotask(() => watch.finished(job.payload.key));
        },
      }),
    ],
  });
  const kernel = await composeKernel({ db, plugins: [plugin], config: { log: { level: 'silent' } } });
  await kernel.start();
  try {
    // Warm-up: JIT, prepared statements, pool connections.
    await runLoad(kernel.queue, db, watch, 500);
    watch = new Stopwatch();
    const startedAt = performance.now();
    await runLoad(kernel.queue, db, watch, total);
    const jobsPerSecond = total / ((performance.now() - startedAt) / 1000);
    await waitForSettled(db);

    watch = new Stopwatch();
    const pacedRate = Math.max(1, Math.round(jobsPerSecond / 2));
    await runPaced(kernel.queue, db, watch, pacedRate);
    const loaded = percentiles(watch.latencies);
    await waitForSettled(db);

    watch = new Stopwatch();
    for (let key = 0; key < idleRounds; key += 1) {
      const finished = watch.until(key);
      watch.enqueuedAt.set(key, performance.now());
      await kernel.queue.enqueue(db.kysely, 'bench.noop', { key });
      await finished;
      // Let the pool go idle again, so each round measures a wake-up rather than a busy loop.
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    return { backend, jobsPerSecond, pacedRate, loaded, idle: percentiles(watch.latencies) };
  } finally {
    await kernel.stop();
  }
}

/** `count` jobs from `producers` concurrent producers, one transaction each; resolves when all ran. */
async function runLoad(queue: Awaited<ReturnType<typeof composeKernel>>['queue'], db: Database, watch: Stopwatch, count: number): Promise<void> {
  let next = 0;
  const allDone = new Promise<void>((resolve) => {
    const check = setInterval(() => {
      if (watch.done >= count) {
        clearInterval(check);
        resolve();
      }
    }, 1);
  });
  await Promise.all(
    Array.from({ length: producers }, async () => {
      while (next < count) {
        const key = next;
        next += 1;
        watch.enqueuedAt.set(key, performance.now());
        await db.kysely.transaction().execute((trx) => queue.enqueue(trx, 'bench.noop', { key }));
      }
    }),
  );
  await allDone;
}

/** Jobs at a fixed rate (open loop: the next is due whatever the queue does) for pacedSeconds. */
async function runPaced(queue: Awaited<ReturnType<typeof composeKernel>>['queue'], db: Database, watch: Stopwatch, rate: number): Promise<void> {
  const count = Math.round(rate * pacedSeconds);
  const began = performance.now();
  const pending: Promise<unknown>[] = [];
  for (let key = 0; key < count; key += 1) {
    const due = began + (key * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    watch.enqueuedAt.set(key, performance.now());
    pending.push(db.kysely.transaction().execute((trx) => queue.enqueue(trx, 'bench.noop', { key })));
  }
  await Promise.all(pending);
  while (watch.done < count) await new Promise((resolve) => setTimeout(resolve, 5));
}

async function waitForSettled(db: Database): Promise<void> {
  for (;;) {
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from jobs_jobs where status <> 'succeeded'`.execute(db.kysely);
    if (Number(rows[0]?.n ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function sqliteRow(): Promise<Row> {
  const directory = mkdtempSync(join(tmpdir(), 'ig-bench-jobs-'));
  const db = await openDatabase({ url: `sqlite:${join(directory, 'jobs.db')}` });
  try {
    return await measure('sqlite', db);
  } finally {
    await db.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

function postgresRow(): Promise<Row | string> {
  return inThrowawaySchema(async (url) => {
    const db = await openDatabase({ url, poolSize: 10 });
    try {
      return await measure('postgres', db);
    } finally {
      await db.close();
    }
  });
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const notes: string[] = [];
  rows.push(await sqliteRow());
  const pg = await postgresRow();
  if (typeof pg === 'string') notes.push(`postgres ${pg}`);
  else rows.push(pg);
  const ms = (value: number) => value.toFixed(1);
  const lines = [
    '',
    `jobs: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}; ${total} jobs, ${producers} producers (one transaction per enqueue), concurrency ${concurrency}, in one process`,
    '',
    '| backend | jobs/s (enqueue -> run -> done) | enqueue -> start p50 / p99 ms at half that rate | enqueue -> start p50 / p99 ms, idle queue |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.backend} | ${row.jobsPerSecond.toFixed(0)} | ${ms(row.loaded.p50)} / ${ms(row.loaded.p99)} (${row.pacedRate}/s) | ${ms(row.idle.p50)} / ${ms(row.idle.p99)} |`,
    ),
    ...notes,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const file = join(root, 'bench-results', `jobs-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, total, producers, concurrency, rows }, null, 2));
  process.stdout.write(`\nwrote ${file}\n`);
}

await main();
