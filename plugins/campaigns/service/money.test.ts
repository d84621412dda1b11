import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accrualDue, dailyShare, toMicros, toUsd, tokenCostMicros } from './money.js';

describe('campaign money arithmetic', () => {
  it('splits a price into daily shares that add up to it exactly', () => {
    for (const [price, days] of [[249_000_000, 30], [1, 7], [299_000_001, 365], [0, 3]] as const) {
      let total = 0;
      for (let day = 0; day < days; day += 1) total += dailyShare(price, days, day);
      assert.equal(total, price, `${price} over ${days}`);
    }
  });

  it('owes whole days only, or the day in progress pro rata when asked (cancellation)', () => {
    const start = '2026-01-01T00:00:00.000Z';
    const until = new Date('2026-01-03T06:00:00.000Z');
    assert.deepEqual(accrualDue(700, 7, start, until, false).map((d) => [d.day, d.amountMicros, d.partial]), [[0, 100, false], [1, 100, false]]);
    assert.deepEqual(accrualDue(700, 7, start, until, true).map((d) => [d.day, d.amountMicros, d.partial]), [[0, 100, false], [1, 100, false], [2, 25, true]]);
    assert.deepEqual(accrualDue(700, 7, start, new Date(start), true), [], 'nothing at the start instant');
    assert.equal(accrualDue(700, 7, start, new Date('2027-01-01T00:00:00.000Z'), true).length, 7, 'never past the duration');
    assert.equal(accrualDue(700, 7, start, until, false)[1]!.at, '2026-01-02T00:00:00.000Z');
  });

  it('prices tokens per 1,000 rounding up to the micro-dollar, and converts dollars exactly', () => {
    assert.equal(tokenCostMicros(1500, 2), 3_000_000);
    assert.equal(tokenCostMicros(1, 0.001), 1);
    assert.equal(tokenCostMicros(1000, 0), 0);
    assert.equal(toMicros(0.1 + 0.2), 300_000);
    assert.equal(toUsd(16_600_000), 16.6);
  });
});
