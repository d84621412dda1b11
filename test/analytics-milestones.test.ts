// Milestones announced once each (also with concurrent ingesters), the agent report, the
// providers for campaigns and agents, and the raw-event retention purge. SQLite and Postgres.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { resolveToken } from '../core/container.js';
import { forEachBackend } from '../core/db/testing.js';
import { DATABASE } from '../core/tokens.js';
import analytics from '../plugins/analytics/index.js';
import { AGENT_METRICS_SOURCE, type AgentMetricsSource } from '../plugins/agents/tokens.js';
import { startHarness, type Harness, type Json } from '../plugins/campaigns/testing/harness.js';
import { createCampaign, ingest, outbox } from '../plugins/analytics/testing/helpers.js';

const DAY = 86_400_000;
const MILESTONE = 'analytics.milestone_reached';

forEachBackend((backend) => {
  describe('analytics: milestones, agents, providers, retention', () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(await backend.freshUrl(), { start: '2025-06-01T00:00:00.000Z' });
    });
    after(() => h.running.close());

    const imp = (campaignId: string, count: number): Json => ({ type: 'impression', campaign_id: campaignId, count, occurred_at: h.clock.now().toISOString() });

    it('announces each configured milestone once, when its threshold is crossed', async () => {
      const campaign = await createCampaign(h.test);
      await ingest(h.test, [imp(campaign.id, 999)]);
      assert.deepEqual(await outbox(h, campaign.id, MILESTONE), []);
      await ingest(h.test, [imp(campaign.id, 1)]);
      await ingest(h.test, [imp(campaign.id, 20_000), { type: 'lead', campaign_id: campaign.id, count: 10, occurred_at: h.clock.now().toISOString() }]);
      await ingest(h.test, [imp(campaign.id, 5), { type: 'conversion', campaign_id: campaign.id, value_usd: 5, occurred_at: h.clock.now().toISOString() }]);
      await ingest(h.test, [{ type: 'conversion', campaign_id: campaign.id, occurred_at: h.clock.now().toISOString() }]);
      const reached = await outbox(h, campaign.id, MILESTONE);
      assert.deepEqual(
        reached.map((m) => [m.milestone, m.metric, m.threshold, m.value]),
        [
          ['impressions_1000', 'impressions', 1000, 1000],
          ['impressions_10000', 'impressions', 10_000, 21_000],
          ['leads_10', 'leads', 10, 10],
          ['first_conversion', 'conversions', 1, 1],
        ],
      );
      assert.ok(reached.every((m) => m.campaign_id === campaign.id && m.reached_at === h.clock.now().toISOString()));
    });

    it('announces a milestone once even when several ingesters cross it at the same time', async () => {
      const campaign = await createCampaign(h.test);
      // Ten batches of 150 at once: together they cross 1,000; only one of them may announce it.
      await Promise.all(Array.from({ length: 10 }, () => ingest(h.test, [imp(campaign.id, 150)])));
      const reached = await outbox(h, campaign.id, MILESTONE);
      assert.deepEqual(reached.map((m) => m.milestone), ['impressions_1000']);
      assert.equal((await h.test('GET', `/v1/analytics/campaigns/${campaign.id}`)).body.summary.total_impressions, 1500);
    });

    it("reports an agent over the org's campaigns of the caller's mode with it, by campaign", async () => {
      const one = await createCampaign(h.test);
      const two = await createCampaign(h.test);
      const live = await createCampaign(h.live);
      const theirs = await createCampaign(h.stranger);
      await ingest(h.test, [imp(one.id, 10), imp(two.id, 30)]);
      await ingest(h.live, [imp(live.id, 1000)]);
      await ingest(h.stranger, [imp(theirs.id, 5000)]);
      const today = h.clock.now().toISOString().slice(0, 10);
      const reply = await h.test('GET', `/v1/analytics/agents/agent_velo_automotive?start=${today}&end=${today}`);
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      assert.equal(reply.body.agent_id, 'agent_velo_automotive');
      assert.equal(reply.body.breakdown_by_campaign[one.id].impressions, 10);
      assert.equal(reply.body.breakdown_by_campaign[two.id].impressions, 30);
      assert.equal(reply.body.breakdown_by_campaign[live.id], undefined);
      assert.equal(reply.body.breakdown_by_campaign[theirs.id], undefined);
      const sum = Object.values(reply.body.breakdown_by_campaign as Record<string, Json>).reduce((total, entry) => total + entry['impressions'], 0);
      assert.equal(reply.body.summary.total_impressions, sum, 'the summary is the sum of the org test-mode campaigns');
      assert.ok(reply.body.campaigns >= 2);
      assert.equal(reply.body.timeseries.length, 1);
      const unknown = await h.test('GET', '/v1/analytics/agents/agent_nobody_here');
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.code, 'agent_not_found');
    });

    it("gives the agents plugin live-mode counts only, with impressions_30d over the last 30 days", async () => {
      h.clock.set('2025-09-01T00:00:00.000Z');
      const campaign = await createCampaign(h.live, { agent_id: 'agent_atlas_travel' });
      const sandbox = await createCampaign(h.test, { agent_id: 'agent_atlas_travel' });
      await ingest(h.live, [{ ...imp(campaign.id, 300), occurred_at: new Date(h.clock.now().getTime() - 40 * DAY).toISOString() }, imp(campaign.id, 700), { type: 'lead', campaign_id: campaign.id, count: 4, occurred_at: h.clock.now().toISOString() }]);
      await ingest(h.test, [imp(sandbox.id, 5000)]);
      const sources = h.running.app.container.resolveAll<AgentMetricsSource>(AGENT_METRICS_SOURCE);
      const measured = await Promise.all(sources.map((source) => source.measure(['agent_atlas_travel'], h.clock.now())));
      const ours = measured.map((map) => map.get('agent_atlas_travel')).filter((m) => m?.impressions !== undefined);
      assert.equal(ours.length, 1);
      assert.deepEqual(ours[0], { impressions: 1000, engagements: 0, leads: 4, conversions: 0, impressions_30d: 700 });
      const all = await Promise.all(sources.map((source) => source.measure('all', h.clock.now())));
      assert.ok(all.some((map) => map.get('agent_atlas_travel')?.impressions === 1000));
    });

    it('purges raw events past retention and keeps the rollups', async () => {
      h.clock.set('2025-10-01T00:00:00.000Z');
      const campaign = await createCampaign(h.test);
      await ingest(h.test, [imp(campaign.id, 42)]);
      const db = resolveToken(h.running.app.container, DATABASE).kysely;
      const rawCount = async () => (await db.selectFrom('analytics_events').select('id').where('campaign_id', '=', campaign.id).execute()).length;
      assert.equal(await rawCount(), 1);
      const container = h.running.app.container;
      const tick = () => ({ name: 'analytics.purge_raw_events', firedAt: h.clock.now(), clock: h.clock, signal: new AbortController().signal, logger: { info: () => undefined } as never, resolve: <T>(key: never) => resolveToken<T>(container, key) });
      h.clock.advance(89 * DAY);
      await analytics.schedules![0]!.run(tick());
      assert.equal(await rawCount(), 1, 'still inside the 90 days');
      h.clock.advance(2 * DAY);
      await analytics.schedules![0]!.run(tick());
      assert.equal(await rawCount(), 0);
      const report = await h.test('GET', `/v1/analytics/campaigns/${campaign.id}?start=2025-10-01&end=2025-10-01`);
      assert.equal(report.body.summary.total_impressions, 42);
    });
  });
});
