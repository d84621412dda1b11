// The README's webhook receiver is runnable as printed: this runs it (the one change: the
// `standardwebhooks` import points at this checkout's copy) and has the server deliver to it.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { waitFor } from '../core/jobs/testing.js';
import { startInProcess, type RunningApp } from '../core/testing/in-process.js';
import webhooks from '../plugins/webhooks/index.js';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const section = readme.slice(readme.indexOf('## Webhooks'), readme.indexOf('\n## ', readme.indexOf('## Webhooks') + 5));
const example = /```js\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
const library = pathToFileURL(createRequire(import.meta.url).resolve('standardwebhooks')).href;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the README webhook receiver', () => {
  let running: RunningApp;
  const directory = mkdtempSync(join(tmpdir(), 'ig-readme-receiver-'));
  const children: ChildProcess[] = [];

  async function startReceiver(secret: string): Promise<{ port: number; lines: string[] }> {
    const port = await freePort();
    const file = join(directory, `receiver-${port}.mjs`);
    writeFileSync(file, example.replace(`from 'standardwebhooks'`, `from '${library}'`));
    const child = spawn(process.execPath, [file], { env: { PATH: process.env.PATH ?? '', WEBHOOK_SECRET: secret, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    const lines: string[] = [];
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => lines.push(...chunk.split('\n').filter(Boolean)));
    await waitFor('the receiver to listen', async () => (await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: '' }).catch(() => undefined))?.status === 400);
    return { port, lines };
  }

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${running.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${running.keys.test}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await response.json()) as T;
  }

  before(async () => {
    assert.match(example, /new Webhook\(secret\)/, 'the README has the example');
    running = await startInProcess({ plugins: [webhooks], config: { webhooks: { allow_private_targets: true }, jobs: { poll_interval_ms: 20 } } });
  });
  after(async () => {
    for (const child of children) child.kill('SIGKILL');
    await running.close();
    rmSync(directory, { recursive: true, force: true });
  });

  for (const own of [undefined, 'igsec_your_secret_here']) {
    it(`verifies a test delivery signed with ${own ? 'a secret of your own' : 'a generated whsec_ secret'} and refuses a forged one`, async () => {
      const created = await call<{ id: string; secret: string }>('POST', '/v1/webhooks', { url: 'http://127.0.0.1:1/', events: ['*'], ...(own ? { secret: own } : {}) });
      const receiver = await startReceiver(created.secret);
      await call('PATCH', `/v1/webhooks/${created.id}`, { url: `http://127.0.0.1:${receiver.port}/` });
      const queued = await call<{ event_id: string }>('POST', `/v1/webhooks/${created.id}/test`);
      await waitFor('the receiver to print the event', () => receiver.lines.length > 0);
      const printed = JSON.parse(receiver.lines[0]!) as { id: string; type: string; data: { webhook_id: string } };
      assert.deepEqual([printed.id, printed.type, printed.data.webhook_id], [queued.event_id, 'webhook.test', created.id]);
      await waitFor('the 204 to be logged', async () => {
        const log = await call<{ data: { status: string; attempts: { status_code: number }[] }[] }>('GET', `/v1/webhooks/${created.id}/deliveries`);
        return log.data[0]?.status === 'succeeded' && log.data[0].attempts[0]?.status_code === 204;
      });
      const forged = await fetch(`http://127.0.0.1:${receiver.port}/`, {
        method: 'POST',
        headers: { 'webhook-id': queued.event_id, 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': 'v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' },
        body: '{"type":"webhook.test","timestamp":"2026-01-01T00:00:00Z","data":{}}',
      });
      assert.equal(forged.status, 400);
    });
  }
});
