// GET /v1/usage: per org and mode, by campaign and by day (zeros included): spend from the
// campaign ledger, tokens and generations from every stored generation (campaign streams and
// direct content, recorded from agent.content_generated). On SQLite and Postgres.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { resolveToken, type Token } from '../core/container.js';
import { createLogger } from '../core/logger.js';
import { recordGeneration } from '../plugins/campaigns/subscribers/record-generation.js';
import { DATABASE } from '../core/tokens.js';
import type { Kysely } from 'kysely';
import type { CampaignTables } from '../plugins/campaigns/db/schema.js';
import { forEachBackend } from '../core/db/testing.js';
import { builtinPlugins } from '../plugins/index.js';
import { CAMPAIGN_LIFECYCLE, CAMPAIGN_STORE } from '../plugins/campaigns/service/internal-tokens.js';
import { createCampaign, referenceCampaign, startHarness, type Harness, type Json } from '../plugins/campaigns/testing/harness.js';
import { FakeProvider, fakeProviderPlugin } from '../plugins/content/testing/fake-provider.js';
import { readSse } from '../plugins/content/testing/sse-parser.js';

const DAY = 86_400_000;

forEachBackend((backend) => {
  describe('usage', () => {
    let h: Harness;
    const fake = new FakeProvider();
    const create = (overrides: Json = {}, api = () => h.test): Promise<Json> => createCampaign(api(), overrides);
    const streamTokens = async (id: string, key: 'test' | 'live' = 'test'): Promise<number> => {
      const response = await fetch(`${h.running.baseUrl}/v1/campaigns/${id}/stream`, { method: 'POST', headers: { authorization: `Bearer ${h.running.keys[key]}` } });
      assert.equal(response.status, 200);
      const parser = await readSse(response);
      return (JSON.parse(parser.messages.at(-2)!.data) as Json).tokens as number;
    };

    async function usageUntil(query: string, done: (body: Json) => boolean): Promise<Json> {
      for (let attempt = 0; attempt < 200; attempt += 1) {
        const { status, body } = await h.test('GET', `/v1/usage${query}`);
        assert.equal(status, 200, JSON.stringify(body));
        if (done(body)) return body;
        await sleep(50);
      }
      assert.fail('usage never showed the generations');
    }

    before(async () => {
      h = await startHarness(await backend.freshUrl(), {
        plugins: [...builtinPlugins, fakeProviderPlugin(fake)],
        config: { llm: { provider: 'fake', sandbox_provider: 'fake' }, campaigns: { token_cost_per_1k_usd: { fake: 2 } }, jobs: { poll_interval_ms: 20 } },
      });
    });
    after(() => h.running.close());

    it('reports spend, tokens and generations by campaign and by day, counting direct generations in totals only', async () => {
      const campaign = await create({ config: { ...referenceCampaign.config, duration_days: 10 } });
      const first = await streamTokens(campaign.id);
      h.clock.advance(DAY);
      await resolveToken(h.running.app.container, CAMPAIGN_LIFECYCLE).accrueAll();
      const second = await streamTokens(campaign.id);
      const direct = await h.test('POST', '/v1/agents/agent_velo_automotive/content', { content_type: 'trivia', product: { name: 'Quiz night' } });
      assert.equal(direct.status, 201);
      // Elsewhere: the live mode and another org, which must not show.
      const live = await create({}, () => h.live);
      await streamTokens(live.id, 'live');
      await create({}, () => h.stranger);

      const body = await usageUntil('?start=2026-03-01&end=2026-03-03', (b) => b.totals.generations >= 3);
      const ledger = await resolveToken(h.running.app.container, CAMPAIGN_STORE).ledger({ orgId: 'org_default', livemode: false }, campaign.id);
      const spent = ledger.reduce((sum, row) => sum + Number(row.amount_micros), 0);
      assert.ok(ledger.some((row) => row.kind === 'base_rate'), 'the accrual is in it');
      assert.deepEqual(body.period, { start: '2026-03-01', end: '2026-03-03' });
      assert.equal(body.mode, 'test');
      assert.deepEqual(body.totals, { spent_usd: spent / 1e6, tokens: first + second + direct.body.tokens, generations: 3 });
      assert.deepEqual(body.by_campaign, [{ campaign_id: campaign.id, name: referenceCampaign.name, spent_usd: spent / 1e6, tokens: first + second, generations: 2 }]);
      assert.deepEqual(body.by_day.map((d: Json) => d.date), ['2026-03-01', '2026-03-02', '2026-03-03']);
      assert.deepEqual(body.by_day[0], { date: '2026-03-01', spent_usd: (spent - Math.ceil(second * 2000)) / 1e6, tokens: first, generations: 1 });
      assert.deepEqual(body.by_day[1], { date: '2026-03-02', spent_usd: Math.ceil(second * 2000) / 1e6, tokens: second + direct.body.tokens, generations: 2 });
      assert.deepEqual(body.by_day[2], { date: '2026-03-03', spent_usd: 0, tokens: 0, generations: 0 });

      const liveUsage = (await h.live('GET', '/v1/usage?start=2026-03-01&end=2026-03-03')).body;
      assert.equal(liveUsage.mode, 'live');
      assert.deepEqual(liveUsage.by_campaign.map((c: Json) => c.campaign_id), [live.id]);
      const strangerUsage = (await h.stranger('GET', '/v1/usage?start=2026-03-01&end=2026-03-03')).body;
      assert.deepEqual(strangerUsage.totals, { spent_usd: 0, tokens: 0, generations: 0 });
      const narrowed = (await h.test('GET', '/v1/usage?start=2026-03-01&end=2026-03-03', undefined, { 'x-influgentic-agent': 'agent_torque_trucks' })).body;
      assert.deepEqual(narrowed.totals, { spent_usd: 0, tokens: 0, generations: 0 });
      const outside = (await h.test('GET', '/v1/usage?start=2026-02-01&end=2026-02-28')).body;
      assert.deepEqual(outside.totals, { spent_usd: 0, tokens: 0, generations: 0 });
      assert.equal(outside.by_day.length, 28);
    });

    it('counts a generation in the transaction that stores it: in usage once the reply is out, with no delivery job', async () => {
      const db = resolveToken(h.running.app.container, DATABASE).kysely;
      const today = new Date(h.clock.now().getTime()).toISOString().slice(0, 10);
      const query = `?start=${today}&end=${today}`;
      const before = (await h.test('GET', `/v1/usage${query}`)).body.totals.generations as number;
      const direct = await h.test('POST', '/v1/agents/agent_velo_automotive/content', { content_type: 'trivia', product: { name: 'Pub quiz' } });
      assert.equal(direct.status, 201);
      const after = (await h.test('GET', `/v1/usage${query}`)).body;
      assert.equal(after.totals.generations, before + 1);
      const counted = await (db as unknown as Kysely<CampaignTables>).selectFrom('campaigns_generations').select('content_id').where('content_id', '=', direct.body.id).executeTakeFirst();
      assert.deepEqual(counted, { content_id: direct.body.id });
      const jobs = await db.selectFrom('jobs_jobs').select('id').where('type', '=', 'event:campaigns.record_generation').execute();
      assert.deepEqual(jobs, [], 'the projection made no job');
    });

    it('counts a generation once through the delivery job too (the fallback when the projection fails), however often it runs', async () => {
      const today = new Date(h.clock.now().getTime()).toISOString().slice(0, 10);
      const query = `?start=${today}&end=${today}`;
      const before = (await h.test('GET', `/v1/usage${query}`)).body.totals as Json;
      const event = {
        id: 'evt_fallback',
        name: 'agent.content_generated',
        orgId: 'org_default',
        livemode: false,
        aggregateId: 'cnt_fallback',
        payload: { id: 'cnt_fallback', agent_id: 'agent_velo_automotive', campaign_id: null, tokens: 42, provider: 'fake', created_at: h.clock.now().toISOString() },
        createdAt: h.clock.now().toISOString(),
      };
      const context = { attempt: 1, maxAttempts: 5, signal: new AbortController().signal, logger: createLogger('silent'), resolve: <T>(key: Token<T>) => resolveToken(h.running.app.container, key) };
      await recordGeneration.handle(event, context);
      await recordGeneration.handle(event, { ...context, attempt: 2 });
      const after = (await h.test('GET', `/v1/usage${query}`)).body.totals as Json;
      assert.equal(after.generations, before.generations + 1);
      assert.equal(after.tokens, before.tokens + 42);
    });

    it('defaults to the current month up to today, and refuses an end before the start', async () => {
      const { body } = await h.test('GET', '/v1/usage');
      const today = h.clock.now().toISOString().slice(0, 10);
      assert.deepEqual(body.period, { start: `${today.slice(0, 7)}-01`, end: today });
      const reversed = await h.test('GET', '/v1/usage?start=2026-03-05&end=2026-03-01');
      assert.equal(reversed.status, 422);
      assert.equal(reversed.body.code, 'invalid_period');
      assert.equal(reversed.body.errors[0].field, 'end');
      const long = await h.test('GET', '/v1/usage?start=2020-01-01&end=2026-03-01');
      assert.equal(long.status, 422);
      assert.equal(long.body.code, 'invalid_period');
      assert.equal((await h.test('GET', '/v1/usage?start=2025-03-02&end=2026-03-02')).status, 200, '366 days is fine');
      const malformed = await h.test('GET', '/v1/usage?start=March');
      assert.equal(malformed.status, 400);
    });
  });
});
