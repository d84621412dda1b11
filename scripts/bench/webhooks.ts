// Webhook delivery speed, the whole server in-process on SQLite and Postgres, delivering to
// a local node:http receiver: the delay from an event's commit to the first delivery
// attempt reaching the receiver (idle, one endpoint, p50 target 250 ms), and sustained
// deliveries per second to 100 endpoints (each event fans out to all of them; counted
// until every delivery is logged as succeeded). Run by `npm run bench` after the job
// queue, or alone: `npx tsx scripts/bench/webhooks.ts [--samples 200 --events 50 --endpoints 100]`.
// Postgres: INFLUGENTIC_BENCH_PG_URL (default INFLUGENTIC_TEST_PG_URL, else
// postgres://postgres@127.0.0.1:5432/test); a throwaway schema is created and dropped.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveToken } from '../../core/container.js';
import { startInProcess, type RunningApp } from '../../core/testing/in-process.js';
import { DATABASE, EVENT_BUS } from '../../core/tokens.js';
import webhooks from '../../plugins/webhooks/index.js';
import signals from '../../test/fixtures/plugins/signals/index.js';
import { Receiver } from '../../test/fixtures/plugins/signals/receiver.js';
import { inThrowawaySchema } from './postgres.js';
import { percentile } from './stats.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: {
    samples: { type: 'string', default: '200' },
    events: { type: 'string', default: '50' },
    endpoints: { type: 'string', default: '100' },
  },
  strict: false,
});
const samples = Number(values.samples);
const events = Number(values.events);
const endpointCount = Number(values.endpoints);
const P50_TARGET_MS = 250;

interface Row {
  readonly backend: string;
  readonly firstAttempt: { readonly p50: number; readonly p99: number };
  readonly deliveriesPerSecond: number;
  readonly deliveries: number;
}


async function measure(backend: string, databaseUrl: string): Promise<Row> {
  const receiver = await new Receiver().start();
  const running = await startInProcess({
    databaseUrl,
    plugins: [webhooks, signals],
    config: { webhooks: { allow_private_targets: true }, http: { validate_responses: false } },
  });
  try {
    const bus = resolveToken(running.app.container, EVENT_BUS);
    const db = resolveToken(running.app.container, DATABASE);
    const emit = (n: number) => db.kysely.transaction().execute((trx) => bus.emit(trx, { name: 'signal.fired', orgId: 'org_default', livemode: false, aggregateId: `sig_${n}`, payload: { n } }));

    // 1. Event -> first attempt, one endpoint, one event at a time.
    const single = await create(running, receiver.url('/single'));
    const latencies: number[] = [];
    for (let i = 0; i < samples; i += 1) {
      const before = receiver.received.length;
      const started = performance.now();
      await emit(i);
      while (receiver.received.length === before) await new Promise((resolve) => setImmediate(resolve));
      latencies.push(performance.now() - started);
    }
    await patch(running, single, { enabled: false });

    // 2. Sustained: every event to 100 endpoints.
    const ids: string[] = [];
    for (let i = 0; i < endpointCount; i += 1) ids.push(await create(running, receiver.url(`/many/${i}`)));
    const total = events * endpointCount;
    const started = performance.now();
    for (let i = 0; i < events; i += 1) await emit(samples + i);
    for (;;) {
      const row = await db.kysely.selectFrom('webhooks_deliveries').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'succeeded').where('webhook_id', 'in', ids).executeTakeFirstOrThrow();
      if (Number(row.n) >= total) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const seconds = (performance.now() - started) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    return { backend, firstAttempt: { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) }, deliveriesPerSecond: total / seconds, deliveries: total };
  } finally {
    await running.close();
    await receiver.close();
  }
}

async function create(running: RunningApp, url: string): Promise<string> {
  const response = await fetch(`${running.baseUrl}/v1/webhooks`, {
    method: 'POST',
    headers: { authorization: `Bearer ${running.keys.test}`, 'content-type': 'application/json' },
    body: JSON.stringify({ url, events: ['signal.fired'] }),
  });
  if (response.status !== 201) throw new Error(`creating an endpoint: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

async function patch(running: RunningApp, id: string, body: unknown): Promise<void> {
  await fetch(`${running.baseUrl}/v1/webhooks/${id}`, { method: 'PATCH', headers: { authorization: `Bearer ${running.keys.test}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

function postgresRow(): Promise<Row | string> {
  return inThrowawaySchema((url) => measure('postgres', url));
}

async function main(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'ig-bench-webhooks-'));
  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    rows.push(await measure('sqlite', `sqlite:${join(directory, 'webhooks.db')}`));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  const pg = await postgresRow();
  if (typeof pg === 'string') notes.push(`postgres ${pg}`);
  else rows.push(pg);
  const ms = (value: number) => value.toFixed(1);
  const lines = [
    '',
    `webhooks: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}; in one process, local receiver; ${samples} single events, then ${events} events x ${endpointCount} endpoints`,
    '',
    '| backend | event -> first attempt p50 / p99 ms (idle, 1 endpoint) | deliveries/s (100 endpoints, until logged) | target p50 |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.backend} | ${ms(row.firstAttempt.p50)} / ${ms(row.firstAttempt.p99)} | ${row.deliveriesPerSecond.toFixed(0)} | ${P50_TARGET_MS} |`),
    ...notes,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const file = join(root, 'bench-results', `webhooks-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, samples, events, endpoints: endpointCount, rows }, null, 2));
  process.stdout.write(`\nwrote ${file}\n`);
  const missed = rows.filter((row) => !(row.firstAttempt.p50 < P50_TARGET_MS));
  if (missed.length > 0) {
    process.stderr.write(`webhooks: event -> first attempt p50 over ${P50_TARGET_MS} ms on ${missed.map((row) => row.backend).join(', ')}\n`);
    process.exitCode = 1;
  }
}

await main();
