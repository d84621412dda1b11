// npm run bench: autocannon against the real server (spawned, as users run it) and, in the
// same run, the bare baseline (baseline.ts) answering the same request. Prints requests/s,
// p50 and p99 latency and the ratio to the baseline; writes the figures to bench-results/.
// Usage: npm run bench [-- --duration 10 --connections 10 --only healthz]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  /** Sends the first run's live admin key. */
  readonly authenticated?: boolean;
  /** The target's figure must reach this share of the baseline's requests/s. */
  readonly target?: number;
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
];

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
      if (match) resolve({ child, port: Number(match[1]), output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)));
  });
}

async function measure(port: number, scenario: Scenario, headers: Record<string, string>): Promise<Figures> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${scenario.path}`,
    method: scenario.method,
    headers,
    connections: Number(values.connections),
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
  const chosen = scenarios.filter((scenario) => !values.only || scenario.name === values.only);
  const server = await startChild(
    ['bin/influgentic.ts', 'serve'],
    { INFLUGENTIC_PORT: '0', INFLUGENTIC_DATA_DIR: dataDir, INFLUGENTIC_LOG_LEVEL: 'info' },
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
      await autocannon({ url: `http://127.0.0.1:${server.port}${scenario.path}`, duration: 2, connections: 4, headers });
      const base = await measure(baseline.port, scenario, headers);
      const real = await measure(server.port, scenario, headers);
      rows.push({ scenario: scenario.name, description: scenario.description, baseline: base, influgentic: real, ratio: real.requestsPerSecond / base.requestsPerSecond, target: scenario.target ?? null });
    }
  } finally {
    server.child.kill('SIGTERM');
    baseline.child.kill('SIGTERM');
  }
  const lines = [
    `machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}; ${values.connections} connections, ${values.duration} s`,
    '',
    '| scenario | baseline req/s | influgentic req/s | ratio | p50 ms (base / ig) | p99 ms (base / ig) | target |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.scenario} | ${row.baseline.requestsPerSecond.toFixed(0)} | ${row.influgentic.requestsPerSecond.toFixed(0)} | ${row.ratio.toFixed(2)} | ${row.baseline.p50} / ${row.influgentic.p50} | ${row.baseline.p99} / ${row.influgentic.p99} | ${row.target ?? '-'} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const file = join(root, 'bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, rows }, null, 2));
  process.stdout.write(`\nwrote ${file}\n`);
  const failed = rows.filter((row) => row.influgentic.errors > 0 || row.influgentic.non2xx > 0);
  if (failed.length > 0) {
    process.stderr.write(`errors or non-2xx replies in: ${failed.map((row) => row.scenario).join(', ')}\n`);
    process.exitCode = 1;
  }
}

await main();
