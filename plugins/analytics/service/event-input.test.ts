import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkEvent, type Window } from './event-input.js';

const now = Date.parse('2025-03-01T00:00:00.000Z');
const window: Window = { latest: now + 300_000, earliest: now - 90 * 86_400_000, aheadMinutes: 5, retentionDays: 90 };
const base = { type: 'conversion', campaign_id: 'camp_a1', occurred_at: '2025-02-28T23:00:00+01:00' };

describe('checkEvent', () => {
  it('normalises a good event: count defaults to 1, value_usd to micro-dollars, occurred_at to UTC', () => {
    const result = checkEvent({ ...base, value_usd: 19.99 }, 0, window);
    assert.ok(result.ok);
    assert.deepEqual(result.event, { type: 'conversion', campaign_id: 'camp_a1', count: 1, value_micros: 19_990_000, language: null, channel: null, content_id: null, occurred_at: '2025-02-28T22:00:00.000Z', event_id: null });
  });

  it('names the field and reason of a malformed event', () => {
    const cases: [unknown, RegExp][] = [
      [[1], /events\[3\] must be an object/],
      [{ ...base, type: 'view' }, /events\[3\]\.type must be one of/],
      [{ ...base, campaign_id: 'cmp_1' }, /events\[3\]\.campaign_id/],
      [{ ...base, count: 1.5 }, /events\[3\]\.count/],
      [{ ...base, count: 1_000_000_001 }, /events\[3\]\.count/],
      [{ ...base, content_id: 'x' }, /events\[3\]\.content_id/],
      [{ ...base, channel: 'Insta Gram' }, /events\[3\]\.channel/],
      [{ ...base, value_usd: 0.0000001 }, /events\[3\]\.value_usd has more than 6 decimals/],
      [{ ...base, value_usd: -1 }, /events\[3\]\.value_usd/],
      [{ ...base, type: 'impression', value_usd: 1 }, /only for conversion/],
      [{ ...base, occurred_at: '2025-02-28' }, /events\[3\]\.occurred_at must be an RFC 3339 date-time/],
      [{ ...base, event_id: 'x'.repeat(201) }, /events\[3\]\.event_id/],
      [{ ...base, extra: 1 }, /events\[3\]\.extra is not a field/],
    ];
    for (const [item, message] of cases) {
      const result = checkEvent(item, 3, window);
      assert.ok(!result.ok, JSON.stringify(item));
      assert.equal(result.rejected.code, 'invalid_event');
      assert.match(result.rejected.message, message);
    }
  });

  it('accepts the window edges and rejects a millisecond beyond them', () => {
    const at = (ms: number) => ({ ...base, occurred_at: new Date(ms).toISOString() });
    assert.ok(checkEvent(at(window.latest), 0, window).ok);
    assert.ok(checkEvent(at(window.earliest), 0, window).ok);
    const ahead = checkEvent(at(window.latest + 1), 0, window);
    assert.ok(!ahead.ok && ahead.rejected.code === 'occurred_at_in_future');
    const old = checkEvent(at(window.earliest - 1), 0, window);
    assert.ok(!old.ok && old.rejected.code === 'occurred_at_too_old');
  });
});
