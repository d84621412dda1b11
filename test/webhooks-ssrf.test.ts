// SSRF protection with the default `webhooks.allow_private_targets: false`: literal private
// addresses are refused at creation, and a host name is resolved at delivery and refused
// when it resolves to one, before any connection. The guard is the same on both backends
// (no storage of its own), so this runs on SQLite.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { waitFor } from '../core/jobs/testing.js';
import { startInProcess, type RunningApp } from '../core/testing/in-process.js';
import webhooks from '../plugins/webhooks/index.js';
import { WEBHOOK_RESOLVER } from '../plugins/webhooks/tokens.js';
import signals from './fixtures/plugins/signals/index.js';
import { Receiver } from './fixtures/plugins/signals/receiver.js';

interface Problem {
  code: string;
  errors: { field: string; code: string; message: string }[];
  reason?: string;
}

describe('webhook SSRF protection', () => {
  let running: RunningApp;
  let hook: Receiver;
  const resolved: string[] = [];

  async function call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(`${running.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${running.keys.test}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  before(async () => {
    running = await startInProcess({ plugins: [webhooks, signals], config: { webhooks: { retry_schedule_ms: [], timeout_ms: 2000 }, jobs: { poll_interval_ms: 20 } } });
    hook = await new Receiver().start();
    // A DNS answer that points a public-looking name at this machine, as a rebinding attacker's would.
    running.app.container.register(WEBHOOK_RESOLVER, {
      useValue: async (hostname: string) => {
        resolved.push(hostname);
        if (hostname === 'rebind.example.com') return [{ address: '127.0.0.1', family: 4 }];
        if (hostname === 'mixed.example.com') return [{ address: '93.184.216.34', family: 4 }, { address: '10.1.2.3', family: 4 }];
        if (hostname === 'metadata.example.com') return [{ address: '::ffff:169.254.169.254', family: 6 }];
        throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      },
    });
  });
  after(async () => {
    await running.close();
    await hook.close();
  });

  it('refuses literal loopback, private, link-local, metadata and mapped addresses at creation (422 unsafe_webhook_url naming url)', async () => {
    const port = hook.port;
    for (const url of [
      `http://127.0.0.1:${port}/hook`,
      'http://[::1]/hook',
      'https://10.0.0.8/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::ffff:127.0.0.1]/hook',
      'http://[::ffff:0:7f00:1]/hook',
      'http://[::]/hook',
      'http://0.0.0.0/hook',
      'http://127.0.0.1./hook',
      'http://[fd00:ec2::254]/',
      'http://2130706433/hook',
      'http://0x7f.0.0.1/hook',
      'http://192.168.1.20/hook',
      'http://localhost/hook',
      'http://api.localhost/hook',
      'http://224.0.0.1/',
    ]) {
      const reply = await call<Problem>('POST', '/v1/webhooks', { url, events: ['signal.fired'] });
      assert.equal(reply.status, 422, url);
      assert.equal(reply.body.code, 'unsafe_webhook_url', url);
      assert.deepEqual(reply.body.errors.map((error) => [error.field, error.code]), [['url', 'unsafe_address']], url);
    }
    const metadata = await call<Problem>('POST', '/v1/webhooks', { url: 'http://169.254.169.254/', events: ['*'] });
    assert.match(metadata.body.reason ?? '', /metadata/);
    assert.equal(hook.received.length, 0);
  });

  it('refuses the same on a change of url, and leaves the endpoint as it was', async () => {
    const created = await call<{ id: string; url: string }>('POST', '/v1/webhooks', { url: 'https://hooks.example.com/x', events: ['signal.fired'] });
    assert.equal(created.status, 201);
    const refused = await call<Problem>('PATCH', `/v1/webhooks/${created.body.id}`, { url: 'http://10.0.0.1/' });
    assert.deepEqual([refused.status, refused.body.code], [422, 'unsafe_webhook_url']);
    assert.equal((await call<{ url: string }>('GET', `/v1/webhooks/${created.body.id}`)).body.url, 'https://hooks.example.com/x');
    await call('DELETE', `/v1/webhooks/${created.body.id}`);
  });

  it('resolves host names at delivery and refuses a name resolving to a private, metadata or partly private address: a failed attempt with the reason, nothing sent', async () => {
    for (const [host, pattern] of [
      ['rebind.example.com', /unsafe_address: rebind\.example\.com resolves to 127\.0\.0\.1, loopback/],
      ['mixed.example.com', /unsafe_address: .*10\.1\.2\.3/],
      ['metadata.example.com', /unsafe_address: .*metadata/],
    ] as const) {
      const created = await call<{ id: string }>('POST', '/v1/webhooks', { url: `http://${host}:${hook.port}/hook`, events: ['signal.fired'] });
      assert.equal(created.status, 201, 'a name is accepted at creation: it is checked at each delivery');
      const queued = await call<{ id: string }>('POST', `/v1/webhooks/${created.body.id}/test`);
      assert.equal(queued.status, 202);
      let attempts: { error: string | null; status_code: number | null; succeeded: boolean }[] = [];
      await waitFor(`the attempt to ${host}`, async () => {
        const log = await call<{ data: { status: string; attempts: typeof attempts }[] }>('GET', `/v1/webhooks/${created.body.id}/deliveries`);
        attempts = log.body.data[0]?.attempts ?? [];
        return log.body.data[0]?.status === 'failed';
      });
      assert.equal(attempts.length, 1);
      assert.equal(attempts[0]!.status_code, null);
      assert.match(attempts[0]!.error ?? '', pattern);
      assert.ok(resolved.includes(host), `${host} was resolved at delivery`);
      await call('DELETE', `/v1/webhooks/${created.body.id}`);
    }
    assert.equal(hook.received.length, 0, 'no request reached the receiver on this machine');
  });
});
