import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startInProcess, type RunningApp } from '../testing/in-process.js';
import { createInflugenticClient } from './client.js';

interface Recorded {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

describe('influgentic/client against a tiny recording server', () => {
  let server: Server;
  let baseUrl: string;
  const recorded: Recorded[] = [];

  before(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        recorded.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
        if (req.url?.startsWith('/v1/campaigns/camp_missing')) {
          res.writeHead(404, { 'Content-Type': 'application/problem+json' });
          res.end(JSON.stringify({ type: 'x', title: 'Not found', status: 404, detail: 'd', instance: '/', code: 'campaign_not_found', message: 'no such campaign', request_id: 'req_1' }));
          return;
        }
        res.writeHead(req.method === 'POST' ? 201 : 200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ echoed: true }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it('sends the key as a Bearer token, path parameters in the path and query parameters encoded', async () => {
    const api = createInflugenticClient({ baseUrl, apiKey: 'ig_test_abc' });
    await api.GET('/v1/agents/{agent_id}', { params: { path: { agent_id: 'agent_velo_automotive' } } });
    await api.GET('/v1/agents', { params: { query: { category: 'automotive', language: 'de', limit: 5 } } });
    const [detail, list] = recorded.slice(-2);
    assert.equal(detail?.url, '/v1/agents/agent_velo_automotive');
    assert.equal(detail?.headers.authorization, 'Bearer ig_test_abc');
    assert.equal(list?.url, '/v1/agents?category=automotive&language=de&limit=5');
  });

  it('sends a typed JSON body and extra headers', async () => {
    const api = createInflugenticClient({ baseUrl, apiKey: 'ig_live_k' });
    const { response } = await api.POST('/v1/campaigns', {
      params: { header: { 'Idempotency-Key': 'retry-1' } },
      body: {
        agent_id: 'agent_velo_automotive',
        type: 'product_launch',
        name: 'EV Series X Launch 2025',
        product: { name: 'EV Series X Pro', description: 'Next-gen all-electric SUV', key_features: ['800km range', 'AI-drive'], target_audience: 'tech_enthusiasts_25_45' },
        config: { tone: 'expert_enthusiastic', languages: ['en', 'hi', 'de'], output_formats: ['social_post', 'video_script'], compliance_mode: 'standard', duration_days: 30 },
        budget_usd: 5000,
      },
    });
    assert.equal(response.status, 201);
    const last = recorded.at(-1);
    assert.equal(last?.method, 'POST');
    assert.equal(last?.headers['content-type'], 'application/json');
    assert.equal(last?.headers['idempotency-key'], 'retry-1');
    assert.equal((JSON.parse(last?.body ?? '{}') as { budget_usd: number }).budget_usd, 5000);
  });

  it('hands back a problem as a typed error', async () => {
    const api = createInflugenticClient({ baseUrl });
    const { data, error, response } = await api.GET('/v1/campaigns/{campaign_id}', { params: { path: { campaign_id: 'camp_missing' } } });
    assert.equal(data, undefined);
    assert.equal(response.status, 404);
    assert.equal(error?.code, 'campaign_not_found');
    assert.equal(recorded.at(-1)?.headers.authorization, undefined, 'no key, no Authorization header');
  });
});

describe('influgentic/client against the real server', () => {
  let running: RunningApp;
  before(async () => {
    running = await startInProcess();
  });
  after(() => running.close());

  it('reads a typed reply and a typed problem', async () => {
    const api = createInflugenticClient({ baseUrl: running.baseUrl, apiKey: running.keys.test });
    const health = await api.GET('/healthz');
    assert.equal(health.data?.status, 'ok');
    const { error, response } = await api.GET('/v1/agents', { params: { query: { limit: 101 } } });
    assert.equal(response.status, 400);
    assert.equal(error?.code, 'validation_failed');
    assert.deepEqual(error?.errors?.map((item) => item.field), ['limit']);
  });
});
