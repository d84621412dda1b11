import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SendResult } from './http-sender.js';
import { decideOutcome, FAILING_DISABLE_MS, retryAfterMs, type AttemptContext } from './outcome.js';

const now = new Date('2026-11-28T12:00:00.000Z');
const base: AttemptContext = { roundAttempt: 1, schedule: [5_000, 300_000], jitter: 0.2, now, failingSince: null, lastChance: false, random: () => 0.5 };
const reply = (statusCode: number | null, extra: Partial<SendResult> = {}): SendResult => ({ statusCode, latencyMs: 3, error: null, excerpt: null, retryAfter: undefined, ...extra });

describe('decideOutcome', () => {
  it('succeeds on any 2xx and clears the failure streak', () => {
    for (const code of [200, 201, 204, 299]) {
      assert.deepEqual(decideOutcome(reply(code), { ...base, failingSince: '2026-11-27T00:00:00.000Z' }), { succeeded: true, status: 'succeeded', nextAttemptAt: null, failingSince: null, disable: null });
    }
  });

  it('retries anything else on the schedule, with jitter, and fails when the schedule runs out', () => {
    const first = decideOutcome(reply(500), base);
    assert.equal(first.status, 'pending');
    assert.equal(first.nextAttemptAt, new Date(now.getTime() + 5_000).toISOString());
    assert.equal(first.failingSince, now.toISOString());
    const low = decideOutcome(reply(302, { error: 'redirect_not_followed' }), { ...base, roundAttempt: 2, random: () => 0 });
    assert.equal(low.nextAttemptAt, new Date(now.getTime() + 240_000).toISOString());
    const high = decideOutcome(reply(null, { error: 'timeout' }), { ...base, roundAttempt: 2, random: () => 0.999999 });
    assert.ok(Date.parse(high.nextAttemptAt!) - now.getTime() > 359_000);
    assert.equal(decideOutcome(reply(500), { ...base, roundAttempt: 3 }).status, 'failed');
    assert.equal(decideOutcome(reply(500), { ...base, lastChance: true }).status, 'failed');
  });

  it('disables the endpoint on 410 at once', () => {
    const gone = decideOutcome(reply(410), base);
    assert.deepEqual([gone.status, gone.disable, gone.nextAttemptAt], ['failed', 'endpoint_gone', null]);
  });

  it('takes Retry-After on 429 and 503 (seconds or a date), and only there', () => {
    assert.equal(decideOutcome(reply(429, { retryAfter: '120' }), base).nextAttemptAt, new Date(now.getTime() + 120_000).toISOString());
    assert.equal(decideOutcome(reply(503, { retryAfter: 'Sat, 28 Nov 2026 12:10:00 GMT' }), base).nextAttemptAt, new Date(now.getTime() + 600_000).toISOString());
    assert.equal(decideOutcome(reply(500, { retryAfter: '120' }), base).nextAttemptAt, new Date(now.getTime() + 5_000).toISOString());
    assert.equal(decideOutcome(reply(429, { retryAfter: 'soon' }), base).nextAttemptAt, new Date(now.getTime() + 5_000).toISOString());
    assert.equal(retryAfterMs('999999999', now), 24 * 3_600_000, 'capped at a day');
  });

  it('disables an endpoint whose every delivery has failed for 5 days', () => {
    const since = new Date(now.getTime() - FAILING_DISABLE_MS).toISOString();
    const old = decideOutcome(reply(500), { ...base, failingSince: since });
    assert.deepEqual([old.status, old.disable, old.failingSince], ['failed', 'failing_for_5_days', since]);
    const recent = decideOutcome(reply(500), { ...base, failingSince: new Date(now.getTime() - FAILING_DISABLE_MS + 1000).toISOString() });
    assert.deepEqual([recent.status, recent.disable], ['pending', null]);
  });
});
