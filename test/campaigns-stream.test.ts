// Campaign generation and ratings over HTTP: POST /v1/campaigns/{id}/stream streams exactly the
// content plugin's SSE events through CONTENT_SERVICE with the campaign's agent and config,
// stores the content with the campaign's id and charges its tokens; only while active (409
// naming the status; 402 without budget). Ratings once after the end, feeding the agents
// plugin's metrics; performance from the CampaignPerformanceSource extension token. On SQLite
// and Postgres.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { resolveToken } from '../core/container.js';
import { forEachBackend } from '../core/db/testing.js';
import { builtinPlugins } from '../plugins/index.js';
import { AGENT_METRICS_SOURCE, type AgentMetricsSource } from '../plugins/agents/tokens.js';
import { CAMPAIGN_STORE } from '../plugins/campaigns/service/internal-tokens.js';
import { createCampaign, referenceCampaign, startHarness, type Harness, type Json } from '../plugins/campaigns/testing/harness.js';
import { CAMPAIGN_PERFORMANCE_SOURCE, type CampaignPerformanceSource } from '../plugins/campaigns/tokens.js';
import { FakeProvider, fakeProviderPlugin } from '../plugins/content/testing/fake-provider.js';
import { readSse } from '../plugins/content/testing/sse-parser.js';

const DAY = 86_400_000;
const testMode = { orgId: 'org_default', livemode: false };

forEachBackend((backend) => {
  describe('campaign streams and ratings', () => {
    let h: Harness;
    const fake = new FakeProvider();
    const create = (overrides: Json = {}, api = () => h.test): Promise<Json> => createCampaign(api(), overrides);
    const stream = (id: string, body?: Json, key: 'test' | 'live' = 'test', headers: Record<string, string> = {}) =>
      fetch(`${h.running.baseUrl}/v1/campaigns/${id}/stream`, {
        method: 'POST',
        headers: { authorization: `Bearer ${h.running.keys[key]}`, 'content-type': 'application/json', ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const events = async (response: Response): Promise<Json[]> => {
      const parser = await readSse(response);
      assert.equal(parser.messages.at(-1)?.data, '[DONE]');
      return parser.messages.slice(0, -1).map((m) => JSON.parse(m.data) as Json);
    };
    const ledger = (id: string) => resolveToken(h.running.app.container, CAMPAIGN_STORE).ledger(testMode, id);

    before(async () => {
      h = await startHarness(await backend.freshUrl(), {
        plugins: [...builtinPlugins, fakeProviderPlugin(fake)],
        config: { llm: { provider: 'fake', sandbox_provider: 'fake' }, campaigns: { token_cost_per_1k_usd: { fake: 1000 } } },
      });
    });
    after(() => h.running.close());

    it("streams the content plugin's exact events with the campaign's agent, type, first format and language, stored with its id and charged", async () => {
      const campaign = await create({ config: { ...referenceCampaign.config, languages: ['de', 'en'] } });
      const response = await stream(campaign.id);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
      const sent = await events(response);
      assert.deepEqual(sent.map((e) => e.type), ['agent_start', 'content_chunk', 'content_chunk', 'content_chunk', 'content_complete']);
      assert.equal(sent[0]!.agent, 'VELO');
      // The same events as a direct SSE generation: the same keys on each.
      const direct = await events(
        await fetch(`${h.running.baseUrl}/v1/agents/agent_velo_automotive/content`, {
          method: 'POST',
          headers: { authorization: `Bearer ${h.running.keys.test}`, 'content-type': 'application/json' },
          body: JSON.stringify({ content_type: 'product_launch', product: { name: 'EV Series X Pro' }, format: 'social_post', stream: true }),
        }),
      );
      assert.deepEqual(sent.map((e) => Object.keys(e).sort()), direct.map((e) => Object.keys(e).sort()));
      const complete = sent.at(-1)!;
      const content = (await h.test('GET', `/v1/content/${complete.content_id}`)).body;
      assert.equal(content.campaign_id, campaign.id);
      assert.equal(content.agent_id, 'agent_velo_automotive');
      assert.equal(content.content_type, 'product_launch');
      assert.equal(content.channel, 'social_post');
      assert.equal(content.language, 'de');
      assert.equal(content.tone, 'expert_enthusiastic');
      assert.equal(content.tokens, complete.tokens);
      assert.equal(fake.calls.at(-2)?.request.product.name, 'EV Series X Pro');
      const rows = await ledger(campaign.id);
      assert.deepEqual(rows.map((r) => [r.kind, r.reference, Number(r.amount_micros)]), [['generation', `content:${content.id}`, content.tokens * 1_000_000]]);
      assert.equal((await h.test('GET', `/v1/campaigns/${campaign.id}`)).body.spent_usd, content.tokens);
      const listed = (await h.test('GET', `/v1/content?campaign_id=${campaign.id}`)).body;
      assert.deepEqual(listed.data.map((c: Json) => c.id), [content.id]);
    });

    it('takes format, language and length from the body', async () => {
      const campaign = await create();
      const sent = await events(await stream(campaign.id, { format: 'video_script', language: 'hi', length: 'short' }));
      const content = (await h.test('GET', `/v1/content/${sent.at(-1)!.content_id}`)).body;
      assert.equal(content.format, 'video_script');
      assert.equal(content.channel, null);
      assert.equal(content.length, 'short');
      assert.equal(fake.calls.at(-1)?.request.language, 'hi');
    });

    it('streams only while active: 409 naming the status, 404 for another org, and refuses bad bodies and Idempotency-Key', async () => {
      const scheduled = await create({ starts_at: new Date(h.clock.now().getTime() + DAY).toISOString() });
      const cancelled = await create();
      await h.test('POST', `/v1/campaigns/${cancelled.id}/cancel`);
      for (const [campaign, status] of [[scheduled, 'scheduled'], [cancelled, 'cancelled']] as const) {
        const response = await stream(campaign.id);
        assert.equal(response.status, 409);
        const problem = (await response.json()) as Json;
        assert.equal(problem.code, 'campaign_invalid_state');
        assert.match(problem.message, new RegExp(status));
      }
      const foreign = await create({}, () => h.stranger);
      assert.equal((await stream(foreign.id)).status, 404);
      assert.equal((await stream(scheduled.id, undefined, 'live')).status, 404);
      const active = await create();
      const bad = await stream(active.id, { format: 'billboard' });
      assert.equal(bad.status, 400);
      assert.match(JSON.stringify(await bad.json()), /format/);
      const keyed = await stream(active.id, {}, 'test', { 'idempotency-key': 'k1' });
      assert.equal(keyed.status, 400);
      assert.equal(((await keyed.json()) as Json).code, 'idempotency_key_not_supported');
      await h.test('POST', `/v1/campaigns/${scheduled.id}/cancel`);
      await h.test('POST', `/v1/campaigns/${active.id}/cancel`);
    });

    it('answers 402 budget_exhausted once the budget is spent, pauses the campaign, and resumes when PATCH raises it', async () => {
      fake.next({ chunks: ['one two three four five six seven eight nine ten'] });
      const campaign = await create({ budget_usd: 5 });
      const first = await events(await stream(campaign.id));
      assert.equal(first.at(-1)!.type, 'content_complete');
      const spent = (await h.test('GET', `/v1/campaigns/${campaign.id}`)).body;
      assert.equal(spent.spent_usd, 5, 'clipped to the budget');
      assert.equal(spent.status, 'paused_budget');
      const refused = await stream(campaign.id);
      assert.equal(refused.status, 402);
      assert.match(refused.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.equal(((await refused.json()) as Json).code, 'budget_exhausted');
      const raised = await h.test('PATCH', `/v1/campaigns/${campaign.id}`, { budget_usd: 100 });
      assert.equal(raised.body.status, 'active');
      assert.equal((await stream(campaign.id)).status, 200);
      await h.test('POST', `/v1/campaigns/${campaign.id}/cancel`);
    });

    it('answers a provider that cannot start with a problem and charges nothing', async () => {
      const campaign = await create();
      fake.next({ failAtStart: true });
      const response = await stream(campaign.id);
      assert.equal(response.status, 503);
      assert.equal(((await response.json()) as Json).code, 'llm_unavailable');
      assert.deepEqual(await ledger(campaign.id), []);
      await h.test('POST', `/v1/campaigns/${campaign.id}/cancel`);
    });

    it('stores and charges what was generated when the client leaves mid-stream', async () => {
      const campaign = await create();
      fake.next({ chunks: ['one', ' two', ' three', ' four', ' five', ' six'], delayMs: 60 });
      const response = await stream(campaign.id);
      const reader = response.body!.getReader();
      await reader.read();
      await reader.cancel();
      let rows = await ledger(campaign.id);
      for (let attempt = 0; attempt < 100 && rows.length === 0; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        rows = await ledger(campaign.id);
      }
      assert.equal(rows.length, 1, 'the partial generation is charged');
      const contentId = rows[0]!.reference.replace('content:', '');
      const content = (await h.test('GET', `/v1/content/${contentId}`)).body;
      assert.equal(content.finish_reason, 'client_closed');
      assert.equal(content.campaign_id, campaign.id);
      assert.equal(Number(rows[0]!.amount_micros), content.tokens * 1_000_000);
      await h.test('POST', `/v1/campaigns/${campaign.id}/cancel`);
    });

    it('aborts the provider when the client leaves before the first chunk, and stores it as client_closed', async () => {
      const campaign = await create();
      const calls = fake.calls.length;
      fake.next({ chunks: [' late', ' words'], delayMs: 10_000 });
      const controller = new AbortController();
      const leaving = fetch(`${h.running.baseUrl}/v1/campaigns/${campaign.id}/stream`, {
        method: 'POST',
        headers: { authorization: `Bearer ${h.running.keys.test}`, 'content-type': 'application/json' },
        signal: controller.signal,
      }).catch(() => undefined);
      for (let i = 0; i < 200 && fake.calls.length === calls; i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
      assert.equal(fake.calls.length, calls + 1, 'the provider was called');
      controller.abort();
      await leaving;
      let rows = await ledger(campaign.id);
      for (let attempt = 0; attempt < 100 && rows.length === 0; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        rows = await ledger(campaign.id);
      }
      assert.ok(fake.calls.at(-1)!.signal.aborted, 'the provider call was aborted');
      assert.equal(rows.length, 1, 'the generation is stored and charged');
      const content = (await h.test('GET', `/v1/content/${rows[0]!.reference.replace('content:', '')}`)).body;
      assert.deepEqual([content.finish_reason, content.text], ['client_closed', '']);
      await h.test('POST', `/v1/campaigns/${campaign.id}/cancel`);
    });

    it('aborts the provider and ends the stream with shutting_down when the server shuts down mid-stream', async () => {
      const own = new FakeProvider();
      const other = await startHarness(await backend.freshUrl(), {
        plugins: [...builtinPlugins, fakeProviderPlugin(own)],
        config: { llm: { provider: 'fake', sandbox_provider: 'fake' }, campaigns: { token_cost_per_1k_usd: { fake: 1000 } } },
      });
      const campaign = await createCampaign(other.test);
      own.next({ chunks: Array.from({ length: 500 }, (_, i) => ` s${i}`), delayMs: 5 });
      const response = await fetch(`${other.running.baseUrl}/v1/campaigns/${campaign.id}/stream`, {
        method: 'POST',
        headers: { authorization: `Bearer ${other.running.keys.test}`, 'content-type': 'application/json' },
      });
      const reader = response.body!.getReader();
      await reader.read();
      const reading = readSse(new Response(new ReadableStream({ pull: async (sink) => {
        const next = await reader.read();
        if (next.done) sink.close();
        else sink.enqueue(next.value);
      } })));
      await other.running.close();
      const messages = (await reading).messages.map((m) => m.data);
      assert.deepEqual([JSON.parse(messages.at(-2)!).code, messages.at(-1)], ['shutting_down', '[DONE]']);
      assert.ok(own.calls.at(-1)!.signal.aborted, 'the provider call was aborted');
    });

    it('rates once, 1 to 5, only after the end; live ratings and campaign counts feed the agent metrics', async () => {
      const before = (await h.live('GET', '/v1/agents/agent_torque_trucks')).body;
      const campaign = await create({ agent_id: 'agent_torque_trucks', type: 'review', config: { duration_days: 1 } }, () => h.live);
      const early = await h.live('POST', `/v1/campaigns/${campaign.id}/rating`, { rating: 4 });
      assert.equal(early.status, 409);
      assert.equal(early.body.code, 'campaign_invalid_state');
      assert.match(early.body.message, /active/);
      h.clock.advance(DAY);
      const outOfRange = await h.live('POST', `/v1/campaigns/${campaign.id}/rating`, { rating: 6 });
      assert.equal(outOfRange.status, 400);
      assert.equal(outOfRange.body.errors[0].field.includes('rating'), true);
      const rated = await h.live('POST', `/v1/campaigns/${campaign.id}/rating`, { rating: 4, comment: 'Solid.' });
      assert.equal(rated.status, 201);
      assert.deepEqual(rated.body, { campaign_id: campaign.id, agent_id: 'agent_torque_trucks', rating: 4, comment: 'Solid.', created_at: h.clock.now().toISOString() });
      const again = await h.live('POST', `/v1/campaigns/${campaign.id}/rating`, { rating: 5 });
      assert.equal(again.status, 409);
      assert.equal(again.body.code, 'campaign_already_rated');
      const view = (await h.live('GET', `/v1/campaigns/${campaign.id}`)).body;
      assert.equal(view.status, 'completed');
      assert.equal(view.rating, 4);
      // Campaigns and analytics both provide a source; campaigns' is the one that counts ratings.
      const sources = h.running.app.container.resolveAll<AgentMetricsSource>(AGENT_METRICS_SOURCE);
      const campaignCounts = async () => {
        const measured = await Promise.all(sources.map((source) => source.measure(['agent_torque_trucks'], h.clock.now())));
        return measured.map((byAgent) => byAgent.get('agent_torque_trucks')).find((entry) => entry !== undefined && 'ratings_sum' in entry);
      };
      const counts = await campaignCounts();
      assert.deepEqual(counts, { campaigns: 1, campaigns_completed: 1, ratings_count: 1, ratings_sum: 4 });
      const afterView = (await h.live('GET', '/v1/agents/agent_torque_trucks')).body;
      assert.equal(afterView.total_campaigns, before.total_campaigns + 1);
      assert.equal(afterView.performance.campaigns_completed, before.performance.campaigns_completed + 1);
      // Test-mode campaigns never count towards the public metrics.
      const sandbox = await create({ agent_id: 'agent_torque_trucks', type: 'review' });
      await h.test('POST', `/v1/campaigns/${sandbox.id}/cancel`);
      assert.equal((await h.test('POST', `/v1/campaigns/${sandbox.id}/rating`, { rating: 1 })).status, 201);
      assert.deepEqual(await campaignCounts(), counts);
    });

    it('shows performance from a registered CampaignPerformanceSource', async () => {
      const campaign = await create();
      const source: CampaignPerformanceSource = {
        measure: async (_tenant, ids) => new Map(ids.filter((id) => id === campaign.id).map((id) => [id, { impressions: 100, engagements: 10, leads: 3, conversions: 1 }])),
      };
      h.running.app.container.register(CAMPAIGN_PERFORMANCE_SOURCE, { useValue: source });
      assert.deepEqual((await h.test('GET', `/v1/campaigns/${campaign.id}`)).body.performance, { impressions: 100, engagements: 10, leads: 3, conversions: 1 });
      const listed = (await h.test('GET', '/v1/campaigns?limit=100')).body.data;
      assert.deepEqual(listed.find((c: Json) => c.id === campaign.id).performance.impressions, 100);
      assert.ok(listed.filter((c: Json) => c.id !== campaign.id).every((c: Json) => c.performance.impressions === 0));
    });
  });
});
