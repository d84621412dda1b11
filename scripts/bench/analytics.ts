// Analytics speed, the whole server in-process (client and server share the process) on
// SQLite and Postgres: ingestion of 1,000-event batches over HTTP (events/s; target on
// SQLite at least 50,000 on the 2-core machine), and a campaign report's latency over 10
// million events (p99 target under 50 ms). Reports read only the rollups, so the
// 10 million events are seeded as the hourly and daily rollup rows they make (90 days x 24 hours x 5 types x
// 3 languages x 3 channels), with other campaigns' rows beside them; the raw table is not
// read by a report and is not filled. Run by `npm run bench` after content, or alone:
// `npx tsx scripts/bench/analytics.ts [--duration 10 --clients 4 --reports 300 --noise 4]`.
// Postgres: INFLUGENTIC_BENCH_PG_URL (default INFLUGENTIC_TEST_PG_URL, else
// postgres://postgres@127.0.0.1:5432/test); a throwaway schema is created and dropped.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { resolveToken } from '../../core/container.js';
import { startInProcess, type RunningApp } from '../../core/testing/in-process.js';
import { DATABASE } from '../../core/tokens.js';
import { inThrowawaySchema } from './postgres.js';
import { percentile } from './stats.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    clients: { type: 'string', default: '4' },
    reports: { type: 'string', default: '300' },
    noise: { type: 'string', default: '4' },
  },
  strict: false,
});
const durationMs = Number(values.duration) * 1000;
const clients = Number(values.clients);
const reportRuns = Number(values.reports);
const noiseCampaigns = Number(values.noise);
const INGEST_TARGET = 50_000;
const P99_TARGET_MS = 50;
const TOTAL_EVENTS = 10_000_000;
const DAYS = 90;
const TYPES = ['impression', 'engagement', 'click', 'lead', 'conversion'] as const;
const LANGUAGES = ['en', 'hi', 'de'] as const;
const CHANNELS = ['instagram', 'tiktok', 'email'] as const;

interface Row {
  readonly backend: string;
  readonly eventsPerSecond: number;
  readonly batches: number;
  readonly failed: number;
  readonly rollupRows: number;
  readonly report: { readonly p50: number; readonly p99: number; readonly runs: number };
}

const rounded = (value: number) => Math.round(value * 100) / 100;

async function api(running: RunningApp, method: string, path: string, body?: string): Promise<{ status: number; json: any }> {
  const response = await fetch(`${running.baseUrl}${path}`, { method, headers: { authorization: `Bearer ${running.keys.test}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body }) });
  return { status: response.status, json: await response.json() };
}

async function createCampaign(running: RunningApp): Promise<string> {
  const reply = await api(running, 'POST', '/v1/campaigns', JSON.stringify({ agent_id: 'agent_velo_automotive', type: 'product_launch', name: 'bench', product: { name: 'Bench' }, budget_usd: 5000 }));
  if (reply.status !== 201) throw new Error(`campaign: ${reply.status} ${JSON.stringify(reply.json)}`);
  return reply.json.id as string;
}

/** Posts 1,000-event batches from `clients` loops for the duration; every event has its own event_id. */
async function ingestion(running: RunningApp, campaignId: string): Promise<{ eventsPerSecond: number; batches: number; failed: number }> {
  let sequence = 0;
  const batch = (): string => {
    const now = Date.now();
    const events = Array.from({ length: 1000 }, (_, i) => ({
      type: TYPES[i % 5],
      campaign_id: campaignId,
      count: 1 + (i % 7),
      language: LANGUAGES[i % 3],
      channel: CHANNELS[(i >> 2) % 3],
      occurred_at: new Date(now - (i % 24) * 3_600_000).toISOString(),
      event_id: `b${sequence}-${i}`,
      ...(i % 5 === 4 ? { value_usd: 12.5 } : {}),
    }));
    sequence += 1;
    return JSON.stringify({ events });
  };
  let accepted = 0;
  let batches = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() - started < durationMs) {
        // A dropped connection counts as a failed batch, not the end of the run.
        const reply = await api(running, 'POST', '/v1/events', batch()).catch(() => ({ status: 0, json: {} as any }));
        if (reply.status === 200) {
          accepted += reply.json.accepted as number;
          batches += 1;
        } else failed += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { eventsPerSecond: Math.round(accepted / seconds), batches, failed };
}

/** Rollup rows for TOTAL_EVENTS events of one campaign over DAYS days (and the same for `noise` other campaigns). */
async function seedRollups(running: RunningApp, campaignIds: readonly string[], end: Date): Promise<number> {
  const db = resolveToken(running.app.container, DATABASE).kysely;
  const cells = DAYS * 24 * TYPES.length * LANGUAGES.length * CHANNELS.length;
  const perCell = Math.floor(TOTAL_EVENTS / cells);
  let rows = 0;
  for (const campaignId of campaignIds) {
    let pending: Record<string, unknown>[] = [];
    let cell = 0;
    const flush = async () => {
      if (pending.length > 0) await db.insertInto('analytics_rollups').values(pending).execute();
      rows += pending.length;
      pending = [];
    };
    for (let h = 0; h < DAYS * 24; h += 1) {
      const hour = new Date(end.getTime() - (h + 1) * 3_600_000).toISOString().slice(0, 13);
      for (const type of TYPES) {
        for (const language of LANGUAGES) {
          for (const channel of CHANNELS) {
            // The remainder goes to the first cell, so the campaign's events add up to exactly TOTAL_EVENTS.
            const count = perCell + (cell === 0 ? TOTAL_EVENTS - perCell * cells : 0);
            cell += 1;
            pending.push({ org_id: 'org_default', livemode: 0, campaign_id: campaignId, hour, type, language, channel, count, revenue_micros: type === 'conversion' ? count * 12_500_000 : 0 });
            if (pending.length === 500) await flush();
          }
        }
      }
    }
    await flush();
    // The daily rows those hours sum to (what the report reads).
    const byDay = sql`insert into analytics_daily (org_id, livemode, campaign_id, day, type, language, channel, count, revenue_micros)
      select org_id, livemode, campaign_id, substr(hour, 1, 10), type, language, channel, sum(count), sum(revenue_micros)
      from analytics_rollups where campaign_id = ${campaignId} group by org_id, livemode, campaign_id, substr(hour, 1, 10), type, language, channel`;
    await byDay.execute(db);
  }
  if (resolveToken(running.app.container, DATABASE).dialect === 'postgres') await sql`analyze analytics_daily`.execute(db);
  return rows;
}

async function reportLatency(running: RunningApp, campaignId: string, end: Date): Promise<{ p50: number; p99: number; runs: number; counted: number }> {
  const start = new Date(end.getTime() - DAYS * 86_400_000).toISOString().slice(0, 10);
  const path = `/v1/analytics/campaigns/${campaignId}?start=${start}&end=${end.toISOString().slice(0, 10)}`;
  for (let i = 0; i < 10; i += 1) await api(running, 'GET', path); // warm-up
  const times: number[] = [];
  let counted = 0;
  for (let i = 0; i < reportRuns; i += 1) {
    const t0 = performance.now();
    const reply = await api(running, 'GET', path);
    times.push(performance.now() - t0);
    if (reply.status !== 200) throw new Error(`report: ${reply.status} ${JSON.stringify(reply.json)}`);
    const summary = reply.json.summary;
    counted = summary.total_impressions + summary.total_engagements + summary.total_clicks + summary.leads_generated + summary.conversions;
  }
  times.sort((a, b) => a - b);
  return { p50: rounded(percentile(times, 0.5)), p99: rounded(percentile(times, 0.99)), runs: reportRuns, counted };
}

async function measure(backend: string, databaseUrl: string): Promise<Row> {
  const running = await startInProcess({
    databaseUrl,
    config: { http: { validate_responses: false }, ratelimit: { plans: { growth: { read: 100000000, write: 100000000, generate: 100000000, events: 100000000 } } } },
  });
  try {
    const campaignId = await createCampaign(running);
    const ingest = await ingestion(running, campaignId);
    const reported = await createCampaign(running);
    const others = await Promise.all(Array.from({ length: noiseCampaigns }, () => createCampaign(running)));
    const end = new Date(Date.now() + 86_400_000);
    const rollupRows = await seedRollups(running, [reported, ...others], end);
    const report = await reportLatency(running, reported, end);
    if (report.counted !== TOTAL_EVENTS) throw new Error(`report counted ${report.counted} events, expected ${TOTAL_EVENTS}`);
    return { backend, ...ingest, rollupRows, report: { p50: report.p50, p99: report.p99, runs: report.runs } };
  } finally {
    await running.close();
  }
}

async function sqliteRow(): Promise<Row> {
  const directory = mkdtempSync(join(tmpdir(), 'ig-bench-analytics-'));
  try {
    return await measure('sqlite', `sqlite:${join(directory, 'bench.db')}`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function postgresRow(): Promise<Row | string> {
  return inThrowawaySchema((url) => measure('postgres', url));
}

async function main(): Promise<void> {
  const rows: Row[] = [await sqliteRow()];
  const pg = await postgresRow();
  const notes: string[] = [];
  if (typeof pg === 'string') notes.push(`postgres ${pg}`);
  else rows.push(pg);
  const lines = [
    '',
    `analytics: machine ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}; in-process, ${clients} clients, ${values.duration} s`,
    '',
    '| backend | ingestion (1,000-event batches) events/s | batches (failed) | report over 10M events p50 / p99 (rollup rows) |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.backend} | ${row.eventsPerSecond} | ${row.batches} (${row.failed}) | ${row.report.p50} / ${row.report.p99} ms (${row.rollupRows}) |`),
    ...notes.map((note) => `\n${note}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const file = join(root, 'bench-results', `analytics-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, clients, durationMs, rows, notes }, null, 2));
  process.stdout.write(`\nwrote ${file}\n`);
  const missed: string[] = [];
  const sqlite = rows[0]!;
  if (sqlite.eventsPerSecond < INGEST_TARGET) missed.push(`sqlite ingestion ${sqlite.eventsPerSecond} events/s < ${INGEST_TARGET}`);
  for (const row of rows) if (!(row.report.p99 < P99_TARGET_MS)) missed.push(`${row.backend} report p99 ${row.report.p99} ms`);
  if (missed.length > 0) {
    process.stderr.write(`analytics: under target: ${missed.join(', ')}\n`);
    process.exitCode = 1;
  }
}

await main();
