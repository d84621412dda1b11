import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { delayAfter, exponentialBackoff } from './backoff.js';

describe('retry schedules', () => {
  it('doubles from the base up to the cap, without jitter at the midpoint', () => {
    const backoff = exponentialBackoff({ baseMs: 1000, maxMs: 10_000, random: () => 0.5 });
    assert.deepEqual([1, 2, 3, 4, 5, 6].map((attempt) => delayAfter(backoff, attempt)), [1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it('moves each delay by at most the jitter share either way', () => {
    const low = exponentialBackoff({ baseMs: 1000, jitter: 0.2, random: () => 0 });
    const high = exponentialBackoff({ baseMs: 1000, jitter: 0.2, random: () => 0.999999 });
    assert.equal(low(3), 3200);
    assert.equal(Math.round(high(3) / 10), 480);
  });

  it('reads a list of delays by attempt and repeats the last one', () => {
    const schedule = [10, 60, 600];
    assert.deepEqual([1, 2, 3, 4, 9].map((attempt) => delayAfter(schedule, attempt)), [10, 60, 600, 600, 600]);
    assert.equal(delayAfter([], 3), 0);
  });
});
