// Content generation speed, the whole server in-process on SQLite with the builtin provider
// (wrapped to time it): 200 concurrent SSE streams, and the platform's overhead on top of the
// provider's own time (time to `agent_start` beyond the provider's first chunk, and each
// chunk's delay from the provider yielding it to the client reading it; target p99 < 5 ms
// for both); then non-streamed generations/s against calling the builtin provider
// in-process. Client and server share the process (one clock, and one event loop: the
// client's parsing is in the figures). Run by `npm run bench` after the webhooks, or alone:
// `npx tsx scripts/bench/content.ts [-- --streams 200 --duration 5 --connections 10 --chunk-ms 25 --ramp-ms 1000]`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { createBuiltinProvider } from '../../core/llm/index.js';
import { definePlugin, type GenerationRequest, type LlmProvider, type StreamPart } from '../../core/index.js';
import { startInProcess, type RunningApp } from '../../core/testing/in-process.js';
import { builtinPlugins } from '../../plugins/index.js';
import { SseParser } from '../../plugins/content/testing/sse-parser.js';
import { percentile } from './stats.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: {
    streams: { type: 'string', default: '200' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    'chunk-ms': { type: 'string', default: '25' },
    'ramp-ms': { type: 'string', default: '1000' },
  },
  strict: false,
});
const streams = Number(values.streams);
const durationMs = Number(values.duration) * 1000;
const connections = Number(values.connections);
// The builtin provider writes a whole text in about a millisecond; a model streams a chunk
// every few tens of milliseconds. Pacing the chunks like a model keeps the 200 streams open
// at the same time (and is the provider's time, which the overhead leaves out); starting
// them over a ramp keeps the figure about each stream, not about a queue of 200 requests
// that arrived in the same millisecond.
const chunkMs = Number(values['chunk-ms']);
const rampMs = Number(values['ramp-ms']);
const P99_TARGET_MS = 5;

/** What the provider did for one stream, keyed by the product name (unique per stream). */
interface ProviderTrace {
  called: number;
  chunks: number[];
}
const traces = new Map<string, ProviderTrace>();

/** The builtin provider, recording when it was called and when it yielded each chunk. */
function timedBuiltin(): LlmProvider {
  const builtin = createBuiltinProvider();
  return {
    id: 'timed_builtin',
    generate: (request, signal) => builtin.generate(request, signal),
    stream(request: GenerationRequest, signal: AbortSignal): AsyncIterable<StreamPart> {
      const trace: ProviderTrace = { called: performance.now(), chunks: [] };
      traces.set(request.product.name, trace);
      const inner = builtin.stream(request, signal);
      return {
        async *[Symbol.asyncIterator]() {
          for await (const part of inner) {
            if (part.type === 'chunk') {
              if (chunkMs > 0) await sleep(chunkMs);
              trace.chunks.push(performance.now());
            }
            yield part;
          }
        },
      };
    },
    check: (signal) => builtin.check(signal),
  };
}


const round = (n: number) => Math.round(n * 100) / 100;

function body(name: string, stream: boolean) {
  return JSON.stringify({ content_type: 'product_launch', product: { name, key_features: ['800km range', 'AI-drive', 'a glass roof'] }, format: 'post', length: 'medium', stream });
}

interface StreamResult {
  readonly name: string;
  readonly sent: number;
  readonly started: number;
  readonly chunks: number[];
  readonly ok: boolean;
}

async function oneStream(running: RunningApp, name: string): Promise<StreamResult> {
  const sent = performance.now();
  const response = await fetch(`${running.baseUrl}/v1/agents/agent_velo_automotive/content`, {
    method: 'POST',
    headers: { authorization: `Bearer ${running.keys.test}`, 'content-type': 'application/json' },
    body: body(name, true),
  });
  const parser = new SseParser();
  let started = Number.NaN;
  const chunks: number[] = [];
  let ok = false;
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const at = performance.now();
    for (const message of parser.push(value)) {
      if (message.data === '[DONE]') continue;
      const event = JSON.parse(message.data) as { type: string };
      if (event.type === 'agent_start') started = at;
      else if (event.type === 'content_chunk') chunks.push(at);
      else if (event.type === 'content_complete') ok = true;
    }
  }
  return { name, sent, started, chunks, ok };
}

async function sseScenario(running: RunningApp) {
  // Warm-up: JIT, prepared statements, connections.
  await Promise.all(Array.from({ length: 20 }, (_, i) => oneStream(running, `Warmup ${i}`)));
  traces.clear();
  const began = performance.now();
  const results = await Promise.all(Array.from({ length: streams }, async (_, i) => {
    await sleep((rampMs * i) / streams);
    return oneStream(running, `Series X ${i}`);
  }));
  const wall = performance.now() - began;
  const startOverhead: number[] = [];
  const startRaw: number[] = [];
  const chunkDelay: number[] = [];
  for (const result of results) {
    const trace = traces.get(result.name);
    if (!trace || !result.ok) continue;
    const providerFirst = (trace.chunks[0] ?? trace.called) - trace.called;
    startRaw.push(result.started - result.sent);
    startOverhead.push(result.started - result.sent - providerFirst);
    // The client reads the provider's chunks in order; the last one the plugin adds (the
    // disclosures) has no provider time and is left out.
    trace.chunks.forEach((yielded, k) => {
      const read = result.chunks[k];
      if (read !== undefined) chunkDelay.push(read - yielded);
    });
  }
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const [o, r, c] = [sorted(startOverhead), sorted(startRaw), sorted(chunkDelay)];
  return {
    streams,
    completed: results.filter((result) => result.ok).length,
    wallMs: round(wall),
    timeToAgentStart: { p50: round(percentile(r, 0.5)), p99: round(percentile(r, 0.99)) },
    agentStartOverhead: { p50: round(percentile(o, 0.5)), p99: round(percentile(o, 0.99)) },
    chunkOverhead: { p50: round(percentile(c, 0.5)), p99: round(percentile(c, 0.99)), chunks: c.length },
  };
}

async function jsonScenario(running: RunningApp) {
  let n = 0;
  let errors = 0;
  const until = performance.now() + durationMs;
  const worker = async () => {
    while (performance.now() < until) {
      const response = await fetch(`${running.baseUrl}/v1/agents/agent_velo_automotive/content`, {
        method: 'POST',
        headers: { authorization: `Bearer ${running.keys.test}`, 'content-type': 'application/json' },
        body: body(`Model ${n % 50}`, false),
      });
      await response.arrayBuffer();
      if (response.status === 201) n += 1;
      else errors += 1;
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const serverPerSecond = n / ((performance.now() - began) / 1000);

  // The same requests straight to the builtin provider, in this process.
  const builtin = createBuiltinProvider();
  const template = await requestTemplate(running);
  let m = 0;
  const signal = new AbortController().signal;
  const direct = performance.now();
  while (performance.now() - direct < durationMs) {
    await builtin.generate({ ...template, product: { name: `Model ${m % 50}`, key_features: ['800km range', 'AI-drive', 'a glass roof'] } }, signal);
    m += 1;
  }
  const directPerSecond = m / ((performance.now() - direct) / 1000);
  return { connections, generationsPerSecond: round(serverPerSecond), builtinInProcessPerSecond: round(directPerSecond), ratio: round(serverPerSecond / directPerSecond), errors };
}

/** The request the server would make for VELO, minus the product, taken from a stored generation's plan. */
async function requestTemplate(running: RunningApp): Promise<Omit<GenerationRequest, 'product'>> {
  const { CONTENT_SERVICE } = await import('../../plugins/content/tokens.js');
  const { resolveToken } = await import('../../core/container.js');
  const prepared = await resolveToken(running.app.container, CONTENT_SERVICE).prepare({ orgId: 'org_default', livemode: false }, 'agent_velo_automotive', {
    content_type: 'product_launch',
    product: { name: 'x' },
    format: 'post',
    length: 'medium',
  });
  const { product: _product, ...rest } = prepared.plan.request;
  return rest;
}

async function main(): Promise<void> {
  const timed = definePlugin({ name: 'bench_llm', version: '1.0.0', llmProviders: () => [timedBuiltin()] });
  const running = await startInProcess({
    plugins: [...builtinPlugins, timed],
    config: { llm: { sandbox_provider: 'timed_builtin' }, http: { validate_responses: false }, log: { level: 'silent', requests: false } },
  });
  let sse;
  let json;
  try {
    sse = await sseScenario(running);
    json = await jsonScenario(running);
  } finally {
    await running.close();
  }
  const lines = [
    '',
    `content: machine ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}; SQLite, builtin provider, in-process`,
    '',
    '| scenario | figure |',
    '| --- | ---: |',
    `| ${sse.streams} concurrent SSE streams (started over ${rampMs} ms, a chunk every ${chunkMs} ms), completed | ${sse.completed} in ${sse.wallMs} ms |`,
    `| time to agent_start p50 / p99 (raw) | ${sse.timeToAgentStart.p50} / ${sse.timeToAgentStart.p99} ms |`,
    `| platform overhead to agent_start p50 / p99 | ${sse.agentStartOverhead.p50} / ${sse.agentStartOverhead.p99} ms (target p99 < ${P99_TARGET_MS}) |`,
    `| per-chunk delay beyond the provider p50 / p99 (${sse.chunkOverhead.chunks} chunks) | ${sse.chunkOverhead.p50} / ${sse.chunkOverhead.p99} ms (target p99 < ${P99_TARGET_MS}) |`,
    `| non-streamed generations/s (${json.connections} clients) | ${json.generationsPerSecond} |`,
    `| builtin provider in-process generations/s | ${json.builtinInProcessPerSecond} (ratio ${json.ratio}) |`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const file = join(root, 'bench-results', `content-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, sse, json }, null, 2));
  process.stdout.write(`\nwrote ${file}\n`);
  const missed = [];
  if (!(sse.agentStartOverhead.p99 < P99_TARGET_MS)) missed.push(`agent_start overhead p99 ${sse.agentStartOverhead.p99} ms`);
  if (!(sse.chunkOverhead.p99 < P99_TARGET_MS)) missed.push(`per-chunk overhead p99 ${sse.chunkOverhead.p99} ms`);
  if (sse.completed !== sse.streams || json.errors > 0) missed.push(`failed requests (${sse.streams - sse.completed} streams, ${json.errors} JSON)`);
  if (missed.length > 0) {
    process.stderr.write(`content: over target: ${missed.join(', ')}\n`);
    process.exitCode = 1;
  }
}

await main();
