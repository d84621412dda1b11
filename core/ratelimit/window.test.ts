import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decide } from './window.js';

const minute = 60_000;
const start = 1_700_000_040_000 - (1_700_000_040_000 % minute); // the start of a window

describe('decide (sliding-window counter)', () => {
  it('allows up to the limit and counts down remaining', () => {
    assert.deepEqual(decide({ current: 0, previous: 0 }, 3, minute, start), { allowed: true, limit: 3, remaining: 2, resetSeconds: 0 });
    assert.deepEqual(decide({ current: 2, previous: 0 }, 3, minute, start + 1000).remaining, 0);
    assert.equal(decide({ current: 3, previous: 0 }, 3, minute, start + 1000).allowed, false);
  });

  it('weighs the previous window by the share still inside the rolling window', () => {
    // 10 s into the window, 5/6 of the previous window's 6 requests still count: 5 + 0 = 5.
    const decision = decide({ current: 0, previous: 6 }, 6, minute, start + 10_000);
    assert.equal(decision.allowed, true);
    assert.equal(decision.remaining, 0);
    // Half-way, only 3 of them count.
    assert.equal(decide({ current: 0, previous: 6 }, 6, minute, start + 30_000).remaining, 2);
  });

  it('says when a refused client may try again: when the previous window has decayed enough', () => {
    // limit 6, current 3, previous 6, 10 s in: rolling 3 + 5 = 8 > 5. Room for one more when
    // 3 + 6 (1 - x) <= 5, x >= 2/3: at 40 s, 30 s from now.
    const refused = decide({ current: 3, previous: 6 }, 6, minute, start + 10_000);
    assert.equal(refused.allowed, false);
    assert.equal(refused.resetSeconds, 30);
  });

  it('says when a refused client may try again: in the next window when the current one is full', () => {
    // limit 4, current 4, 15 s in: wait for the next window (45 s) and then until 4 (1 - x) <= 3, x = 1/4: 15 s more.
    assert.equal(decide({ current: 4, previous: 0 }, 4, minute, start + 15_000).resetSeconds, 60);
  });

  it('never tells a refused client to retry in 0 seconds', () => {
    assert.ok(decide({ current: 1, previous: 0 }, 1, minute, start + minute - 1).resetSeconds >= 1);
  });

  it('refuses everything at a limit of 0', () => {
    assert.equal(decide({ current: 0, previous: 0 }, 0, minute, start).allowed, false);
  });
});
