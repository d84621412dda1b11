// npm run bench: autocannon against the real server (spawned, as users run it) and, in the
// same run, the bare baseline (baseline.ts) answering the same request. Prints requests/s,
// p50 and p99 latency and the ratio to the baseline; writes the figures to bench-results/.
// Usage: npm run bench [-- --duration 10 --rounds 3 --connections 10 --only healthz]  (--only agents: the three agents scenarios)
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { prepareAgentScenarios } from './agents.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  /** Sends the first run's live admin key. */
  readonly authenticated?: boolean;
  /** Which server answers: rate-limit counters in memory (the default) or in the database. */
  readonly store?: 'memory' | 'database';
  /** The target's figure must reach this share of the baseline's requests/s. */
  readonly target?: number;
  /** Connections for this scenario, instead of --connections. */
  readonly connections?: number;
  /** The server's p99 latency must stay under this many milliseconds. */
  readonly p99Target?: number;
}

const scenarios: readonly Scenario[] = [
  { name: 'healthz', description: 'GET /healthz through the full request path (context, validation, routing)', method: 'GET', path: '/healthz' },
  {
    name: 'org',
    description: 'GET /v1/org with a live key: authenticated (cached key lookup), validated, read from the database',
    method: 'GET',
    path: '/v1/org',
    authenticated: true,
    target: 0.6,
  },
  {
    name: 'org-db-limits',
    description: 'GET /v1/org with a live key, rate-limit counters in the database (ratelimit.store: database)',
    method: 'GET',
    path: '/v1/org',
    authenticated: true,
    store: 'database',
  },
];

// Limits stay on (every request is counted and gets headers) but high enough not to refuse.
const benchLimits = '{"read":100000000,"write":100000000,"generate":100000000,"events":100000000}';

interface Figures {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
}

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string' },
  },
});

function startChild(args: string[], env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        // Stop collecting (the access log would grow a string and cost this process CPU
        // next to autocannon); keep draining so the child never blocks on a full pipe.
        child.stdout?.off('data', onData);
        child.stderr?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        const seen = output;
        resolve({ child, port: Number(match[1]), output: () => seen });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)));
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The median of each figure over the rounds; errors and non-2xx replies are summed. */
function medianFigures(rounds: readonly Figures[]): Figures {
  return {
    requestsPerSecond: median(rounds.map((round) => round.requestsPerSecond)),
    p50: median(rounds.map((round) => round.p50)),
    p99: median(rounds.map((round) => round.p99)),
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    non2xx: rounds.reduce((sum, round) => sum + round.non2xx, 0),
  };
}

async function measure(port: number, scenario: Scenario, headers: Record<string, string>): Promise<Figures> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${scenario.path}`,
    method: scenario.method,
    headers,
    connections: scenario.connections ?? Number(values.connections),
    duration: Number(values.duration),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ig-bench-'));
  // The agents scenarios need 100,000 agents in the database before the servers start.
  const agentScenarios = !values.only || values.only.startsWith('agents') ? await prepareAgentScenarios(dataDir) : [];
  const chosen = [...scenarios, ...(agentScenarios as readonly Scenario[])].filter((scenario) => !values.only || scenario.name === values.only || (values.only === 'agents' && scenario.name.startsWith('agents-')));
  const server = await startChild(
    ['bin/influgentic.ts', 'serve'],
    { INFLUGENTIC_PORT: '0', INFLUGENTIC_DATA_DIR: dataDir, INFLUGENTIC_LOG_LEVEL: 'info', INFLUGENTIC_RATELIMIT__PLANS__GROWTH: benchLimits },
    /"address":"[^"]+:(\d+)"/,
  );
  // A second server on the same database, sharing rate-limit counters through it.
  const dbServer = await startChild(
    ['bin/influgentic.ts', 'serve'],
    {
      INFLUGENTIC_PORT: '0',
      INFLUGENTIC_DATA_DIR: dataDir,
      INFLUGENTIC_LOG_LEVEL: 'info',
      INFLUGENTIC_RATELIMIT__PLANS__GROWTH: benchLimits,
      INFLUGENTIC_RATELIMIT__STORE: 'database',
    },
    /"address":"[^"]+:(\d+)"/,
  );
  const baseline = await startChild(['scripts/bench/baseline.ts', '0', join(dataDir, 'influgentic.db')], {}, /"port":(\d+)/);
  const liveKey = /live: (ig_live_\w+)/.exec(server.output())?.[1];
  if (!liveKey) throw new Error('the server did not print a first-run key');
  const rows = [];
  try {
    for (const scenario of chosen) {
      const headers: Record<string, string> = scenario.authenticated ? { authorization: `Bearer ${liveKey}` } : {};
      // Warm both up so JIT and caches settle before measuring.
      await autocannon({ url: `http://127.0.0.1:${baseline.port}${scenario.path}`, duration: 2, connections: 4, headers });
      const target = scenario.store === 'database' ? dbServer : server;
      await autocannon({ url: `http://127.0.0.1:${target.port}${scenario.path}`, duration: 2, connections: 4, headers });
      // Alternate the two servers for several rounds and keep medians: on a shared 2-core
      // machine one run of either can be off by tens of percent.
      const bases: Figures[] = [];
      const reals: Figures[] = [];
      for (let round = 0; round < Number(values.rounds); round += 1) {
        bases.push(await measure(baseline.port, scenario, headers));
        reals.push(await measure(target.port, scenario, headers));
      }
      const base = medianFigures(bases);
      const real = medianFigures(reals);
      rows.push({ scenario: scenario.name, description: scenario.description, baseline: base, influgentic: real, ratio: real.requestsPerSecond / base.requestsPerSecond, target: scenario.target ?? null, p99Target: scenario.p99Target ?? null });
    }
  } finally {
    server.child.kill('SIGTERM');
    dbServer.child.kill('SIGTERM');
    baseline.child.kill('SIGTERM');
  }
  const lines = [
    `machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}; ${values.connections} connections; medians of ${values.rounds} alternating rounds of ${values.duration} s`,
    '',
    '| scenario | baseline req/s | influgentic req/s | ratio | p50 ms (base / ig) | p99 ms (base / ig) | target |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.scenario} | ${row.baseline.requestsPerSecond.toFixed(0)} | ${row.influgentic.requestsPerSecond.toFixed(0)} | ${row.ratio.toFixed(2)} | ${row.baseline.p50} / ${row.influgentic.p50} | ${row.baseline.p99} / ${row.influgentic.p99} | ${row.target ?? (row.p99Target === null ? '-' : `p99 < ${row.p99Target} ms`)} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const file = join(root, 'bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, rows }, null, 2));
  process.stdout.write(`\nwrote ${file}\n`);
  const missed = rows.filter((row) => (row.target !== null && row.ratio < row.target) || (row.p99Target !== null && row.influgentic.p99 >= row.p99Target));
  if (missed.length > 0) {
    process.stderr.write(`below target: ${missed.map((row) => (row.target !== null ? `${row.scenario} (${row.ratio.toFixed(2)} < ${row.target})` : `${row.scenario} (p99 ${row.influgentic.p99} ms >= ${row.p99Target} ms)`)).join(', ')}\n`);
    process.exitCode = 1;
  }
  const failed = rows.filter((row) => row.influgentic.errors > 0 || row.influgentic.non2xx > 0);
  if (failed.length > 0) {
    process.stderr.write(`errors or non-2xx replies in: ${failed.map((row) => row.scenario).join(', ')}\n`);
    process.exitCode = 1;
  }
}

await main();
// The job queue's figures (in-process, SQLite and Postgres) follow, unless one HTTP scenario was asked for.
if (values.only === undefined) await import('./jobs.js');
// Then webhook delivery: event -> first attempt, and deliveries/s to 100 endpoints.
if (values.only === undefined) await import('./webhooks.js');
// Then content generation: 200 concurrent SSE streams' overhead, and JSON generations/s against the builtin in-process.
if (values.only === undefined) await import('./content.js');
// Then analytics: 1,000-event batches over HTTP (events/s) and a campaign report over 10M events (p99), SQLite and Postgres.
if (values.only === undefined) await import('./analytics.js');
