// Property: after a random mix of batches (valid, invalid, duplicate, out-of-window, other
// org's, some sent concurrently), the hourly and daily rollups and campaign totals agree exactly with a
// recount from the raw events, and the report with the rollups. Seeded, so a failure repeats.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { resolveToken } from '../core/container.js';
import { forEachBackend } from '../core/db/testing.js';
import { createRng } from '../core/llm/builtin/prng.js';
import { DATABASE } from '../core/tokens.js';
import { startHarness, type Harness, type Json } from '../plugins/campaigns/testing/harness.js';
import { createCampaign, ingest } from '../plugins/analytics/testing/helpers.js';

const HOUR = 3_600_000;


forEachBackend((backend) => {
  describe('analytics rollups', () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(await backend.freshUrl(), { start: '2025-05-01T00:00:00.000Z' });
    });
    after(() => h.running.close());

    it('agree with a recount from raw events after a random mix (seed 20251128)', async () => {
      const random = createRng(20251128).next;
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
      const campaigns = [(await createCampaign(h.test)).id as string, (await createCampaign(h.test)).id as string];
      const foreign = (await createCampaign(h.stranger)).id as string;
      h.clock.set('2025-05-10T00:00:00.000Z');
      const now = h.clock.now().getTime();
      const event = (): Json => {
        const type = pick(['impression', 'engagement', 'click', 'lead', 'conversion']);
        const item: Json = {
          type,
          campaign_id: random() < 0.05 ? foreign : pick(campaigns),
          count: 1 + Math.floor(random() * 1000),
          // Mostly the last 9 days; a few ahead of the clock or past retention.
          occurred_at: new Date(now - Math.floor(random() * 9 * 24) * HOUR - Math.floor(random() * HOUR) + (random() < 0.03 ? 2 * HOUR : 0) - (random() < 0.03 ? 100 * 24 * HOUR : 0)).toISOString(),
        };
        if (random() < 0.7) item['language'] = pick(['en', 'hi', 'de']);
        if (random() < 0.7) item['channel'] = pick(['instagram', 'tiktok', 'email']);
        if (type === 'conversion' && random() < 0.8) item['value_usd'] = Math.round(random() * 50_000) / 100;
        if (random() < 0.5) item['event_id'] = `e${Math.floor(random() * 400)}`;
        if (random() < 0.03) item['count'] = -1;
        return item;
      };
      let accepted = 0;
      for (let round = 0; round < 8; round += 1) {
        // Three batches at once, so ingesters overlap on the same rollup rows.
        const batches = Array.from({ length: 3 }, () => Array.from({ length: 1 + Math.floor(random() * 200) }, event));
        const results = await Promise.all(batches.map((batch) => ingest(h.test, batch)));
        for (const result of results) accepted += result.accepted;
      }
      assert.ok(accepted > 500, `the mix stored events (${accepted})`);

      const db = resolveToken(h.running.app.container, DATABASE).kysely;
      const raw: Json[] = await db.selectFrom('analytics_events').selectAll().where('org_id', '=', 'org_default').where('livemode', '=', 0).execute();
      assert.equal(raw.length, accepted, 'every accepted event is one raw row');
      const recount = new Map<string, { count: number; revenue: number }>();
      const totals = new Map<string, Record<string, number>>();
      const plural: Record<string, string> = { impression: 'impressions', engagement: 'engagements', click: 'clicks', lead: 'leads', conversion: 'conversions' };
      for (const row of raw) {
        const key = [row.campaign_id, String(row.occurred_at).slice(0, 13), row.type, row.language ?? 'unknown', row.channel ?? 'unknown'].join('|');
        const sum = recount.get(key) ?? { count: 0, revenue: 0 };
        recount.set(key, { count: sum.count + Number(row.count), revenue: sum.revenue + Number(row.count) * Number(row.value_micros) });
        const total = totals.get(row.campaign_id) ?? { impressions: 0, engagements: 0, clicks: 0, leads: 0, conversions: 0 };
        total[plural[row.type]!]! += Number(row.count);
        totals.set(row.campaign_id, total);
      }
      const rollups: Json[] = await db.selectFrom('analytics_rollups').selectAll().where('org_id', '=', 'org_default').where('livemode', '=', 0).execute();
      const stored = new Map(rollups.map((row) => [[row.campaign_id, row.hour, row.type, row.language, row.channel].join('|'), { count: Number(row.count), revenue: Number(row.revenue_micros) }]));
      assert.deepEqual(stored, recount);
      // The daily rollups are the hourly ones summed by day.
      const byDay = new Map<string, { count: number; revenue: number }>();
      for (const [key, sum] of recount) {
        const [campaign, hour, ...rest] = key.split('|');
        const dayKey = [campaign, hour!.slice(0, 10), ...rest].join('|');
        const current = byDay.get(dayKey) ?? { count: 0, revenue: 0 };
        byDay.set(dayKey, { count: current.count + sum.count, revenue: current.revenue + sum.revenue });
      }
      const daily: Json[] = await db.selectFrom('analytics_daily').selectAll().where('org_id', '=', 'org_default').where('livemode', '=', 0).execute();
      assert.deepEqual(new Map(daily.map((row) => [[row.campaign_id, row.day, row.type, row.language, row.channel].join('|'), { count: Number(row.count), revenue: Number(row.revenue_micros) }])), byDay);
      const totalRows: Json[] = await db.selectFrom('analytics_totals').selectAll().where('org_id', '=', 'org_default').where('livemode', '=', 0).execute();
      assert.deepEqual(
        new Map(totalRows.map((row) => [row.campaign_id, { impressions: Number(row.impressions), engagements: Number(row.engagements), clicks: Number(row.clicks), leads: Number(row.leads), conversions: Number(row.conversions) }])),
        totals,
      );
      // The report over the whole window says the same.
      for (const id of campaigns) {
        const report = await h.test('GET', `/v1/analytics/campaigns/${id}?start=2025-04-01&end=2025-05-10`);
        assert.equal(report.status, 200);
        const expected = totals.get(id)!;
        assert.equal(report.body.summary.total_impressions, expected['impressions']);
        assert.equal(report.body.summary.leads_generated, expected['leads']);
        assert.equal(report.body.summary.conversions, expected['conversions']);
        const revenue = raw.filter((row) => row.campaign_id === id).reduce((sum, row) => sum + Number(row.count) * Number(row.value_micros), 0);
        assert.equal(Math.round(report.body.summary.estimated_revenue_usd * 1e6), revenue);
      }
    });
  });
});
