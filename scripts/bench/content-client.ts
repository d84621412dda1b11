// The load side of the content bench, in a process of its own (forked by content.ts), so the
// client's HTTP and SSE parsing do not share the server's event loop and core: the figures are
// the platform's. Times are process.hrtime (CLOCK_MONOTONIC), the same clock in both processes.
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { SseParser } from '../../plugins/content/testing/sse-parser.js';

export const monotonicMs = (): number => Number(process.hrtime.bigint()) / 1e6;

export interface StreamResult {
  readonly name: string;
  readonly sent: number;
  readonly started: number;
  readonly chunks: number[];
  readonly ok: boolean;
}

export type ClientTask =
  | { readonly kind: 'sse'; readonly baseUrl: string; readonly key: string; readonly names: readonly string[]; readonly rampMs: number }
  | { readonly kind: 'json'; readonly baseUrl: string; readonly key: string; readonly connections: number; readonly durationMs: number };

export function contentBody(name: string, stream: boolean): string {
  return JSON.stringify({ content_type: 'product_launch', product: { name, key_features: ['800km range', 'AI-drive', 'a glass roof'] }, format: 'post', length: 'medium', stream });
}

// node:http rather than fetch: undici's web streams cost the client several times more per
// chunk, and a client that falls behind shows up as the server's delay.
const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

function oneStream(baseUrl: string, key: string, name: string): Promise<StreamResult> {
  const sent = monotonicMs();
  const body = contentBody(name, true);
  return new Promise((resolve, reject) => {
    const request = http.request(`${baseUrl}/v1/agents/agent_velo_automotive/content`, {
      method: 'POST',
      agent,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-bench-stream': encodeURIComponent(name) },
    }, (response) => {
      const parser = new SseParser();
      let started = Number.NaN;
      const chunks: number[] = [];
      let ok = false;
      response.setEncoding('utf8');
      response.on('data', (text: string) => {
        const at = monotonicMs();
        for (const message of parser.push(text)) {
          if (message.data === '[DONE]') continue;
          const event = JSON.parse(message.data) as { type: string };
          if (event.type === 'agent_start') started = at;
          else if (event.type === 'content_chunk') chunks.push(at);
          else if (event.type === 'content_complete') ok = true;
        }
      });
      response.on('end', () => resolve({ name, sent, started, chunks, ok }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function run(task: ClientTask): Promise<unknown> {
  if (task.kind === 'sse') {
    const { names, rampMs } = task;
    return Promise.all(names.map(async (name, i) => {
      await sleep((rampMs * i) / names.length);
      return oneStream(task.baseUrl, task.key, name);
    }));
  }
  let n = 0;
  let errors = 0;
  const began = monotonicMs();
  const until = began + task.durationMs;
  await Promise.all(Array.from({ length: task.connections }, async () => {
    while (monotonicMs() < until) {
      const response = await fetch(`${task.baseUrl}/v1/agents/agent_velo_automotive/content`, {
        method: 'POST',
        headers: { authorization: `Bearer ${task.key}`, 'content-type': 'application/json' },
        body: contentBody(`Model ${n % 50}`, false),
      });
      await response.arrayBuffer();
      if (response.status === 201) n += 1;
      else errors += 1;
    }
  }));
  return { n, errors, elapsedMs: monotonicMs() - began };
}

if (process.send) {
  process.on('message', (task: ClientTask) => {
    run(task).then(
      (result) => process.send!({ ok: true, result }),
      (error: unknown) => process.send!({ ok: false, error: String((error as Error)?.stack ?? error) }),
    );
  });
}
