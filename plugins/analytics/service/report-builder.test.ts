import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReport, round4 } from './report-builder.js';

const period = { start: '2025-01-01', end: '2025-01-02' };
const group = (key: string, type: string, count: number, revenue = 0) => ({ key, type, count, revenue_micros: revenue });
/** The same events seen through every dimension: one language, no channel, one campaign. */
const grouped = (byDay: ReturnType<typeof group>[]) => ({
  day: byDay,
  language: byDay.map((g) => ({ ...g, key: 'en' })),
  channel: byDay.map((g) => ({ ...g, key: 'unknown' })),
  campaign: byDay.map((g) => ({ ...g, key: 'camp_a' })),
});

describe('buildReport', () => {
  it('gives zero rates, and a null ROI, when there is nothing to divide by', () => {
    const report = buildReport(period, ['2025-01-01', '2025-01-02'], grouped([]), 0);
    assert.equal(report.summary.engagement_rate, 0);
    assert.equal(report.summary.conversion_rate, 0);
    assert.equal(report.summary.roi_multiplier, null);
    assert.deepEqual(report.timeseries.map((point) => point.date), ['2025-01-01', '2025-01-02']);
    assert.deepEqual(report.breakdown_by_language, {});
  });

  it('rounds rates to 4 decimals and divides revenue by spend for the ROI', () => {
    const report = buildReport(period, ['2025-01-01', '2025-01-02'], grouped([group('2025-01-01', 'impression', 3), group('2025-01-02', 'engagement', 1), group('2025-01-02', 'lead', 3), group('2025-01-02', 'conversion', 2, 50_000_000)]), 30_000_000);
    assert.equal(report.summary.engagement_rate, 0.3333);
    assert.equal(report.summary.conversion_rate, 0.6667);
    assert.equal(report.summary.estimated_revenue_usd, 50);
    assert.equal(report.summary.spent_usd, 30);
    assert.equal(report.summary.roi_multiplier, 1.6667);
    assert.equal(report.timeseries[1]!.conversions, 2);
    assert.deepEqual(report.breakdown_by_channel['unknown'], { impressions: 3, leads: 3, engagements: 1, clicks: 0, conversions: 2, estimated_revenue_usd: 50 });
    assert.equal(round4(0.040617), 0.0406);
  });
});
