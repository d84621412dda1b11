// The analytics plugin over HTTP, on SQLite and Postgres: batches of events checked one by
// one, the reference's report reproduced from events sent with `count`, the window edges,
// duplicates and other tenants' campaigns.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { forEachBackend } from '../core/db/testing.js';
import { startHarness, type Harness, type Json } from '../plugins/campaigns/testing/harness.js';
import { bookCharge, createCampaign, ingest } from '../plugins/analytics/testing/helpers.js';
import { resolveToken } from '../core/container.js';
import { CAMPAIGN_LIFECYCLE } from '../plugins/campaigns/service/internal-tokens.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

// The reference's analytics example, per language (API-REFERENCE.md, extended in openapi.yaml).
const reference = {
  en: { impressions: 2_100_000, engagements: 206_040, clicks: 26_300, leads: 4200, conversions: 171 },
  hi: { impressions: 1_400_000, engagements: 137_360, clicks: 17_530, leads: 2800, conversions: 114 },
  de: { impressions: 700_000, engagements: 68_680, clicks: 8770, leads: 1420, conversions: 57 },
} as const;
const TYPE = { impressions: 'impression', engagements: 'engagement', clicks: 'click', leads: 'lead', conversions: 'conversion' } as const;

forEachBackend((backend) => {
  describe('analytics: events and the campaign report', () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(await backend.freshUrl(), { start: '2025-01-01T00:00:00.000Z' });
    });
    after(() => h.running.close());

    it("reproduces the reference's numbers from events sent with count", async () => {
      h.clock.set('2025-01-01T00:00:00.000Z');
      const campaign = await createCampaign(h.test);
      // The spend is booked before the campaign completes: completing accrues its base rate up
      // to the budget, and a charge booked after that would go over it.
      await bookCharge(h, { orgId: 'org_default', livemode: false }, campaign.id, 5000 * 1e6 - Math.round(campaign.spent_usd * 1e6), '2025-01-10T00:00:00.000Z');
      h.clock.set('2025-02-01T12:00:00.000Z');
      // Each count split between two channels and two days: 60% instagram on Jan 1, the rest tiktok on Jan 15.
      const events: Json[] = [];
      const byChannel: Record<string, Record<string, number>> = { instagram: {}, tiktok: {} };
      for (const [language, counts] of Object.entries(reference)) {
        for (const [metric, total] of Object.entries(counts)) {
          const instagram = Math.floor(total * 0.6);
          for (const [channel, count, day] of [['instagram', instagram, '01'], ['tiktok', total - instagram, '15']] as const) {
            const value = metric === 'conversions' ? { value_usd: 200 } : {};
            events.push({ type: TYPE[metric as keyof typeof TYPE], campaign_id: campaign.id, count, language, channel, occurred_at: `2025-01-${day}T10:00:00Z`, event_id: `${language}-${metric}-${channel}`, ...value });
            byChannel[channel]![metric] = (byChannel[channel]![metric] ?? 0) + count;
          }
        }
      }
      assert.deepEqual(await ingest(h.test, events), { accepted: events.length, duplicates: 0, rejected: [] });
      // The lifecycle schedule's work (schedules are off under a hand-moved clock): the campaign completes, its accrual finds the budget spent.
      await resolveToken(h.running.app.container, CAMPAIGN_LIFECYCLE).advance();

      const { status, body } = await h.test('GET', `/v1/analytics/campaigns/${campaign.id}?start=2025-01-01&end=2025-01-31`);
      assert.equal(status, 200, JSON.stringify(body));
      assert.equal(body.campaign_id, campaign.id);
      assert.deepEqual(body.period, { start: '2025-01-01', end: '2025-01-31' });
      assert.deepEqual(body.summary, {
        total_impressions: 4_200_000,
        total_engagements: 412_080,
        engagement_rate: 0.0981,
        total_clicks: 52_600,
        leads_generated: 8420,
        conversions: 342,
        conversion_rate: 0.0406,
        estimated_revenue_usd: 68_400,
        spent_usd: 5000,
        roi_multiplier: 13.68,
      });
      assert.deepEqual(body.breakdown_by_language, {
        de: { impressions: 700_000, leads: 1420, engagements: 68_680, clicks: 8770, conversions: 57, estimated_revenue_usd: 11_400 },
        en: { impressions: 2_100_000, leads: 4200, engagements: 206_040, clicks: 26_300, conversions: 171, estimated_revenue_usd: 34_200 },
        hi: { impressions: 1_400_000, leads: 2800, engagements: 137_360, clicks: 17_530, conversions: 114, estimated_revenue_usd: 22_800 },
      });
      for (const channel of ['instagram', 'tiktok']) {
        const sent = byChannel[channel]!;
        assert.deepEqual(body.breakdown_by_channel[channel], {
          impressions: sent['impressions'],
          leads: sent['leads'],
          engagements: sent['engagements'],
          clicks: sent['clicks'],
          conversions: sent['conversions'],
          estimated_revenue_usd: sent['conversions']! * 200,
        });
      }
      assert.equal(body.timeseries.length, 31, 'one point per day, zeros included');
      assert.equal(body.timeseries[0].date, '2025-01-01');
      assert.equal(body.timeseries[0].impressions, byChannel['instagram']!['impressions']);
      assert.equal(body.timeseries[14].impressions, byChannel['tiktok']!['impressions']);
      assert.equal(body.timeseries[1].impressions, 0);
      assert.equal(body.timeseries.reduce((sum: number, point: Json) => sum + point.estimated_revenue_usd, 0), 68_400);

      // Without start and end: the campaign's life (it ended on Jan 31).
      const life = await h.test('GET', `/v1/analytics/campaigns/${campaign.id}`);
      assert.deepEqual(life.body.period, { start: '2025-01-01', end: '2025-01-31' });
      assert.deepEqual(life.body.summary, body.summary);
      // A narrower period counts only its days: Jan 15 alone is the tiktok share, and the ledger's Jan 10 charge is outside it.
      const day = await h.test('GET', `/v1/analytics/campaigns/${campaign.id}?start=2025-01-15&end=2025-01-15`);
      assert.equal(day.body.summary.total_impressions, byChannel['tiktok']!['impressions']);
      assert.equal(day.body.timeseries.length, 1);
      // The campaign's own performance comes from analytics.
      const read = await h.test('GET', `/v1/campaigns/${campaign.id}`);
      assert.deepEqual(read.body.performance, { impressions: 4_200_000, engagements: 412_080, leads: 8420, conversions: 342 });
    });

    it('rejects only the bad events of a batch, each with its index, code and the field at fault', async () => {
      h.clock.set('2025-03-01T00:00:00.000Z');
      const campaign = await createCampaign(h.test);
      const live = await createCampaign(h.live);
      const strangers = await createCampaign(h.stranger);
      const generate = async (api: typeof h.test): Promise<string> => {
        const reply = await api('POST', '/v1/agents/agent_velo_automotive/content', { content_type: 'trivia', product: { name: 'Quiz night' } });
        assert.equal(reply.status, 201, JSON.stringify(reply.body));
        return reply.body.id as string;
      };
      const content = await generate(h.test);
      const strangersContent = await generate(h.stranger);
      const now = h.clock.now().getTime();
      const at = (ms: number) => new Date(now + ms).toISOString();
      const good = { type: 'impression', campaign_id: campaign.id, occurred_at: at(-MINUTE) };
      const batch = [
        good,
        { ...good, type: 'view' },
        { ...good, count: 0 },
        { ...good, language: 'EN' },
        { ...good, surprise: true },
        { ...good, campaign_id: live.id },
        { ...good, campaign_id: strangers.id },
        { ...good, campaign_id: 'camp_nothere' },
        { ...good, occurred_at: at(5 * MINUTE) },
        { ...good, occurred_at: at(5 * MINUTE + 1000) },
        { ...good, occurred_at: at(-90 * DAY + 1000) },
        { ...good, occurred_at: at(-90 * DAY - 1000) },
        { ...good, occurred_at: 'yesterday' },
        { ...good, type: 'engagement', value_usd: 3 },
        { ...good, event_id: '' },
        { ...good, type: 'conversion', value_usd: 19.99, count: 2 },
        { ...good, content_id: 'cnt_nothere' },
        { ...good, content_id: content },
        { ...good, content_id: strangersContent },
      ];
      const result = await ingest(h.test, batch);
      assert.equal(result.accepted, 5, JSON.stringify(result));
      assert.equal(result.duplicates, 0);
      assert.deepEqual(
        result.rejected.map((r: Json) => [r.index, r.code]),
        [
          [1, 'invalid_event'],
          [2, 'invalid_event'],
          [3, 'invalid_event'],
          [4, 'invalid_event'],
          [5, 'campaign_not_found'],
          [6, 'campaign_not_found'],
          [7, 'campaign_not_found'],
          [9, 'occurred_at_in_future'],
          [11, 'occurred_at_too_old'],
          [12, 'invalid_event'],
          [13, 'invalid_event'],
          [14, 'invalid_event'],
          [16, 'content_not_found'],
          [18, 'content_not_found'],
        ],
      );
      const messages = Object.fromEntries(result.rejected.map((r: Json) => [r.index, r.message]));
      assert.match(messages[1], /events\[1\]\.type/);
      assert.match(messages[2], /events\[2\]\.count/);
      assert.match(messages[3], /events\[3\]\.language/);
      assert.match(messages[4], /events\[4\]\.surprise/);
      assert.match(messages[9], /events\[9\]\.occurred_at is more than 5 minutes ahead/);
      assert.match(messages[13], /events\[13\]\.value_usd/);
      const report = await h.test('GET', `/v1/analytics/campaigns/${campaign.id}?start=2024-12-01&end=2025-03-01`);
      assert.equal(report.body.summary.total_impressions, 4, 'the good impressions only: now, exactly 5 minutes ahead, just inside retention, with its own content');
      assert.equal(report.body.summary.conversions, 2);
      assert.equal(report.body.summary.estimated_revenue_usd, 39.98);
      // Nothing reached the other tenants' campaigns.
      assert.equal((await h.live('GET', `/v1/analytics/campaigns/${live.id}`)).body.summary.total_impressions, 0);
      assert.equal((await h.stranger('GET', `/v1/analytics/campaigns/${strangers.id}`)).body.summary.total_impressions, 0);
    });

    it('ignores an event_id seen before in the org, in the same batch or a later one; another org may reuse it', async () => {
      h.clock.set('2025-03-01T00:00:00.000Z');
      const campaign = await createCampaign(h.test);
      const theirs = await createCampaign(h.stranger);
      const event = { type: 'impression', campaign_id: campaign.id, count: 10, occurred_at: '2025-03-01T00:00:00Z', event_id: 'retry-me' };
      assert.deepEqual(await ingest(h.test, [event, event, { ...event, event_id: 'other' }]), { accepted: 2, duplicates: 1, rejected: [] });
      assert.deepEqual(await ingest(h.test, [event, { ...event, event_id: 'other' }]), { accepted: 0, duplicates: 2, rejected: [] });
      assert.deepEqual(await ingest(h.stranger, [{ ...event, campaign_id: theirs.id }]), { accepted: 1, duplicates: 0, rejected: [] });
      const report = await h.test('GET', `/v1/analytics/campaigns/${campaign.id}`);
      assert.equal(report.body.summary.total_impressions, 20);
    });

    it('takes a batch of 1,000 events and refuses 1,001 as a whole', async () => {
      h.clock.set('2025-03-01T00:00:00.000Z');
      const campaign = await createCampaign(h.test);
      const events = Array.from({ length: 1000 }, (_, i) => ({ type: 'engagement', campaign_id: campaign.id, language: 'en', channel: 'instagram', occurred_at: '2025-03-01T00:00:00Z', event_id: `bulk-${i}-${'x'.repeat(150)}` }));
      assert.deepEqual(await ingest(h.test, events), { accepted: 1000, duplicates: 0, rejected: [] });
      const tooMany = await h.test('POST', '/v1/events', { events: [...events, events[0]] });
      assert.equal(tooMany.status, 400);
      assert.equal(tooMany.body.code, 'validation_failed');
      assert.equal((await h.test('GET', `/v1/analytics/campaigns/${campaign.id}`)).body.summary.total_engagements, 1000);
    });

    it('answers 404 for a campaign of another org or mode and 422 for a period that ends before it starts', async () => {
      h.clock.set('2025-03-01T00:00:00.000Z');
      const campaign = await createCampaign(h.test);
      assert.equal((await h.live('GET', `/v1/analytics/campaigns/${campaign.id}`)).status, 404);
      const stranger = await h.stranger('GET', `/v1/analytics/campaigns/${campaign.id}`);
      assert.equal(stranger.status, 404);
      assert.equal(stranger.body.code, 'campaign_not_found');
      const backwards = await h.test('GET', `/v1/analytics/campaigns/${campaign.id}?start=2025-02-10&end=2025-02-01`);
      assert.equal(backwards.status, 422);
      assert.equal(backwards.body.code, 'invalid_period');
      assert.equal(backwards.body.errors[0].field, 'end');
    });
  });
});
