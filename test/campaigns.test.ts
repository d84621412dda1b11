// Campaigns over HTTP: the reference's create example verbatim, defaults, synonyms, warnings
// and refusals; reads with filters and cursors; PATCH and cancel; the status machine driven by
// the named lifecycle schedule on a hand-moved clock, each transition's event written with it;
// tenant and mode isolation. On SQLite and Postgres.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { resolveToken } from '../core/container.js';
import { forEachBackend } from '../core/db/testing.js';
import { AGENT_REGISTRY } from '../plugins/agents/tokens.js';
import campaigns from '../plugins/campaigns/index.js';
import { CAMPAIGN_LIFECYCLE } from '../plugins/campaigns/service/internal-tokens.js';
import { eventsOf, referenceCampaign, startHarness, type Harness, type Json } from '../plugins/campaigns/testing/harness.js';

const DAY = 86_400_000;
const campaignFields = ['id', 'agent_id', 'type', 'content_type', 'name', 'status', 'product', 'config', 'budget_usd', 'spent_usd', 'remaining_budget_usd', 'starts_at', 'ends_at', 'cancelled_at', 'completed_at', 'performance', 'rating', 'warnings', 'created_at', 'updated_at'];

forEachBackend((backend) => {
  describe('campaigns', () => {
    let h: Harness;
    const advance = () => resolveToken(h.running.app.container, CAMPAIGN_LIFECYCLE).advance();
    const create = (overrides: Json = {}, api = () => h.test) => api()('POST', '/v1/campaigns', { ...referenceCampaign, ...overrides });

    before(async () => {
      h = await startHarness(await backend.freshUrl());
    });
    after(() => h.running.close());

    it("creates the reference's example verbatim: active, with its inputs, times, money, zero performance and warnings", async () => {
      const { status, body } = await create();
      assert.equal(status, 201);
      assert.deepEqual(Object.keys(body).sort(), [...campaignFields].sort());
      assert.match(body.id, /^camp_[A-Za-z0-9]+$/);
      assert.equal(body.status, 'active');
      assert.equal(body.agent_id, referenceCampaign.agent_id);
      assert.equal(body.type, 'product_launch');
      assert.equal(body.content_type, 'product_launch');
      assert.equal(body.name, referenceCampaign.name);
      assert.deepEqual(body.product, referenceCampaign.product);
      assert.deepEqual(body.config, referenceCampaign.config);
      assert.equal(body.budget_usd, 5000);
      assert.equal(body.spent_usd, 0);
      assert.equal(body.remaining_budget_usd, 5000);
      assert.equal(body.starts_at, '2026-03-01T00:00:00.000Z');
      assert.equal(body.ends_at, '2026-03-31T00:00:00.000Z');
      assert.equal(body.cancelled_at, null);
      assert.equal(body.completed_at, null);
      assert.equal(body.rating, null);
      assert.deepEqual(body.performance, { impressions: 0, engagements: 0, leads: 0, conversions: 0 });
      assert.deepEqual(body.warnings.map((w: Json) => w.code), ['agent_language_unlisted', 'format_outside_type']);
      assert.match(body.warnings[0].message, /language hi/);
      assert.match(body.warnings[1].message, /video_script is not a primary format of product_launch/);
      const events = await eventsOf(h.running, body.id);
      assert.deepEqual(events.map((e) => e.name), ['campaign.started']);
      assert.equal(events[0]!.payload.id, body.id);
      assert.equal(events[0]!.payload.status, 'active');
      assert.equal(events[0]!.livemode, 0);
      assert.deepEqual((await h.test('GET', `/v1/campaigns/${body.id}`)).body, body);
    });

    it('maps use-case synonyms to content types and fills config defaults from the agent and the type', async () => {
      const { status, body } = await create({ type: 'review', config: undefined, name: 'Review run' });
      assert.equal(status, 201);
      assert.equal(body.type, 'review');
      assert.equal(body.content_type, 'product_review');
      assert.deepEqual(body.config, { tone: 'expert_enthusiastic', languages: ['en'], output_formats: ['post'], compliance_mode: 'standard', duration_days: 30 });
      assert.deepEqual(body.warnings, []);
      assert.equal((await create({ type: 'lead_gen' })).body.content_type, 'lead_magnet');
      assert.equal((await create({ type: 'brand_launch' })).body.content_type, 'product_launch');
      const trivia = await create({ type: 'trivia', config: { tone: 'sarcastic' } });
      assert.deepEqual(trivia.body.warnings.map((w: Json) => w.code), ['agent_use_case_unlisted', 'agent_tone_unlisted']);
      assert.deepEqual(trivia.body.config.output_formats, ['question']);
    });

    it('refuses malformed input with 400 naming the field, and writes nothing', async () => {
      const before = (await h.test('GET', '/v1/campaigns?limit=100')).body.meta.total;
      const cases: [Json, string][] = [
        [{ config: { ...referenceCampaign.config, output_formats: ['billboard'] } }, 'output_formats'],
        [{ config: { ...referenceCampaign.config, languages: ['eng'] } }, 'languages'],
        [{ type: 'sales' }, 'type'],
        [{ budget_usd: 0 }, 'budget_usd'],
        [{ budget_usd: undefined }, 'budget_usd'],
        [{ config: { duration_days: 0 } }, 'duration_days'],
        [{ starts_at: 'tomorrow' }, 'starts_at'],
      ];
      for (const [overrides, field] of cases) {
        const { status, body } = await create(overrides);
        assert.equal(status, 400, JSON.stringify(overrides));
        assert.equal(body.code, 'validation_failed');
        assert.ok(JSON.stringify(body.errors).includes(field), `${field}: ${JSON.stringify(body.errors)}`);
      }
      assert.equal((await h.test('GET', '/v1/campaigns?limit=100')).body.meta.total, before);
    });

    it("answers 404 for an unknown agent or another org's private agent, and 409 for a retired one", async () => {
      const unknown = await create({ agent_id: 'agent_nobody_here' });
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.code, 'agent_not_found');
      const registry = resolveToken(h.running.app.container, AGENT_REGISTRY);
      const persona = { bio: 'Writes about refills.', topics: ['zero waste'], adjectives: ['practical'], style_rules: ['One habit per post.'], example_posts: ['Refill jars, not bins.'], expertise_domains: ['zero waste'], target_audience: null };
      const secret = await registry.publish({ orgId: h.strangerOrg, livemode: false }, { name: 'HIDDEN', headline: 'private', category: 'home', languages: ['en'], persona, visibility: 'private' });
      const foreign = await create({ agent_id: secret.id });
      assert.equal(foreign.status, 404);
      assert.equal(foreign.body.code, 'agent_not_found');
      assert.equal((await create({ agent_id: secret.id, config: undefined }, () => h.stranger)).status, 201, 'its owner may use it');
      const mine = await registry.publish({ orgId: 'org_default', livemode: false }, { name: 'GONE', headline: 'retired', category: 'home', languages: ['en'], persona, visibility: 'private' });
      await registry.retire({ orgId: 'org_default', livemode: false }, mine.id);
      const retired = await create({ agent_id: mine.id, config: undefined });
      assert.equal(retired.status, 409);
      assert.equal(retired.body.code, 'agent_retired');
    });

    it("hides another org's and the other mode's campaigns (404), and narrows to X-Influgentic-Agent", async () => {
      const { body } = await create({ name: 'Isolated' });
      for (const api of [h.stranger, h.live]) {
        for (const [method, path, payload] of [
          ['GET', `/v1/campaigns/${body.id}`, undefined],
          ['PATCH', `/v1/campaigns/${body.id}`, { name: 'x' }],
          ['POST', `/v1/campaigns/${body.id}/cancel`, undefined],
          ['POST', `/v1/campaigns/${body.id}/rating`, { rating: 5 }],
        ] as const) {
          const reply = await api(method, path, payload);
          assert.equal(reply.status, 404, `${method} ${path}`);
          assert.equal(reply.body.code, 'campaign_not_found');
        }
        assert.ok(!(await api('GET', '/v1/campaigns?limit=100')).body.data.some((c: Json) => c.id === body.id));
      }
      const torque = await h.test('GET', `/v1/campaigns/${body.id}`, undefined, { 'x-influgentic-agent': 'agent_torque_trucks' });
      assert.equal(torque.status, 404);
      const narrowed = await h.test('GET', '/v1/campaigns?limit=100', undefined, { 'x-influgentic-agent': 'agent_torque_trucks' });
      assert.equal(narrowed.body.data.length, 0);
      assert.equal((await create({}, () => (m, p, b) => h.test(m, p, b, { 'x-influgentic-agent': 'agent_torque_trucks' }))).status, 404);
    });

    it('lists newest first with status, agent and type filters (synonyms match) and cursor pages without gaps', async () => {
      const all = (await h.test('GET', '/v1/campaigns?limit=100')).body;
      assert.ok(all.data.length >= 6);
      assert.equal(all.meta.total, all.data.length);
      const ids = all.data.map((c: Json) => c.id);
      assert.deepEqual(ids, [...ids].sort().reverse());
      const pages: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Json = (await h.test('GET', `/v1/campaigns?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).body;
        assert.ok(page.data.length <= 2);
        pages.push(...page.data.map((c: Json) => c.id));
        cursor = page.meta.next_cursor;
      } while (cursor);
      assert.deepEqual(pages, ids);
      const reviews = (await h.test('GET', '/v1/campaigns?type=product_review&limit=100')).body;
      assert.ok(reviews.data.length >= 1 && reviews.data.every((c: Json) => c.content_type === 'product_review'));
      assert.deepEqual((await h.test('GET', '/v1/campaigns?type=review&limit=100')).body.data.map((c: Json) => c.id), reviews.data.map((c: Json) => c.id));
      const velo = (await h.test('GET', '/v1/campaigns?agent_id=agent_velo_automotive&status=active&limit=100')).body;
      assert.ok(velo.data.length >= 1 && velo.data.every((c: Json) => c.agent_id === 'agent_velo_automotive' && c.status === 'active'));
      assert.equal((await h.test('GET', '/v1/campaigns?status=completed')).body.data.length, 0);
      const bad = await h.test('GET', '/v1/campaigns?cursor=cur_nonsense');
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].field, 'cursor');
    });

    it('updates name, budget and config (a new duration moves ends_at), recomputing warnings', async () => {
      const { body } = await create({ name: 'To change' });
      const { status, body: changed } = await h.test('PATCH', `/v1/campaigns/${body.id}`, { name: 'Changed', budget_usd: 7500, config: { languages: ['en', 'de'], duration_days: 10 } });
      assert.equal(status, 200);
      assert.equal(changed.name, 'Changed');
      assert.equal(changed.budget_usd, 7500);
      assert.equal(changed.remaining_budget_usd, 7500);
      assert.deepEqual(changed.config, { ...referenceCampaign.config, languages: ['en', 'de'], duration_days: 10 });
      assert.equal(changed.ends_at, new Date(Date.parse(body.starts_at) + 10 * DAY).toISOString());
      assert.deepEqual(changed.warnings.map((w: Json) => w.code), ['format_outside_type']);
      const empty = await h.test('PATCH', `/v1/campaigns/${body.id}`, {});
      assert.equal(empty.status, 400);
    });

    it('cancels: billing stops, the event is written once; cancelling again returns it unchanged', async () => {
      const { body } = await create({ name: 'To cancel' });
      const first = await h.test('POST', `/v1/campaigns/${body.id}/cancel`);
      assert.equal(first.status, 200);
      assert.equal(first.body.status, 'cancelled');
      assert.equal(first.body.cancelled_at, h.clock.now().toISOString());
      h.clock.advance(60_000);
      const again = await h.test('POST', `/v1/campaigns/${body.id}/cancel`);
      assert.equal(again.status, 200);
      assert.deepEqual(again.body, first.body);
      assert.deepEqual((await eventsOf(h.running, body.id)).map((e) => e.name), ['campaign.started', 'campaign.cancelled']);
      const patch = await h.test('PATCH', `/v1/campaigns/${body.id}`, { name: 'late' });
      assert.equal(patch.status, 409);
      assert.equal(patch.body.code, 'campaign_invalid_state');
      assert.match(patch.body.message, /cancelled/);
    });

    it('schedules a future start; the named lifecycle schedule starts it on time and completes it after ends_at', async () => {
      const startsAt = new Date(h.clock.now().getTime() + 2 * DAY).toISOString();
      const { status, body } = await create({ name: 'Later', starts_at: startsAt, config: { ...referenceCampaign.config, duration_days: 3 } });
      assert.equal(status, 201);
      assert.equal(body.status, 'scheduled');
      assert.equal(body.starts_at, startsAt);
      assert.equal(body.ends_at, new Date(Date.parse(startsAt) + 3 * DAY).toISOString());
      assert.deepEqual(await eventsOf(h.running, body.id), []);
      h.clock.advance(2 * DAY - 1000);
      await advance();
      assert.equal((await h.test('GET', `/v1/campaigns/${body.id}`)).body.status, 'scheduled', 'not a second early');
      h.clock.advance(1000);
      await advance();
      const started = (await h.test('GET', `/v1/campaigns/${body.id}`)).body;
      assert.equal(started.status, 'active');
      assert.deepEqual((await eventsOf(h.running, body.id)).map((e) => e.name), ['campaign.started']);
      h.clock.advance(3 * DAY);
      await advance();
      const done = (await h.test('GET', `/v1/campaigns/${body.id}`)).body;
      assert.equal(done.status, 'completed');
      assert.equal(done.completed_at, done.ends_at);
      const events = await eventsOf(h.running, body.id);
      assert.deepEqual(events.map((e) => e.name), ['campaign.started', 'campaign.completed']);
      assert.equal(events[1]!.payload.status, 'completed');
      const patch = await h.test('PATCH', `/v1/campaigns/${body.id}`, { budget_usd: 9000 });
      assert.equal(patch.status, 409);
      assert.equal(patch.body.code, 'campaign_invalid_state');
      const cancel = await h.test('POST', `/v1/campaigns/${body.id}/cancel`);
      assert.equal(cancel.status, 409);
      assert.match(cancel.body.message, /completed/);
    });

    it('cancels a scheduled campaign before it starts, and the schedule leaves it cancelled', async () => {
      const { body } = await create({ name: 'Never', starts_at: new Date(h.clock.now().getTime() + DAY).toISOString() });
      const cancelled = await h.test('POST', `/v1/campaigns/${body.id}/cancel`);
      assert.equal(cancelled.body.status, 'cancelled');
      assert.equal(cancelled.body.spent_usd, 0);
      h.clock.advance(2 * DAY);
      await advance();
      assert.equal((await h.test('GET', `/v1/campaigns/${body.id}`)).body.status, 'cancelled');
      assert.deepEqual((await eventsOf(h.running, body.id)).map((e) => e.name), ['campaign.cancelled']);
    });

    it('completes an ended campaign on the next change even before the schedule runs (PATCH is 409 after the end)', async () => {
      const { body } = await create({ name: 'Short', config: { duration_days: 1 } });
      h.clock.advance(DAY + 1);
      const patch = await h.test('PATCH', `/v1/campaigns/${body.id}`, { name: 'too late' });
      assert.equal(patch.status, 409);
      assert.equal((await h.test('GET', `/v1/campaigns/${body.id}`)).body.status, 'completed');
    });

    it('declares its schedules under stable names that drive the lifecycle', async () => {
      assert.deepEqual(campaigns.schedules?.map((s) => s.name), ['campaigns.lifecycle', 'campaigns.accrue_daily']);
      const startsAt = new Date(h.clock.now().getTime() + 1000).toISOString();
      const { body } = await create({ name: 'Via tick', starts_at: startsAt });
      h.clock.advance(1000);
      const container = h.running.app.container;
      await campaigns.schedules![0]!.run({ name: 'campaigns.lifecycle', firedAt: h.clock.now(), clock: h.clock, signal: new AbortController().signal, logger: console as never, resolve: (key) => resolveToken(container, key) });
      assert.equal((await h.test('GET', `/v1/campaigns/${body.id}`)).body.status, 'active');
    });
  });
});
