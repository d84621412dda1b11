/** The state of one counter: requests in the current fixed window and in the one before. */
export interface WindowCounts {
  readonly current: number;
  readonly previous: number;
}

export interface Decision {
  readonly allowed: boolean;
  readonly limit: number;
  /** Requests left in the rolling window after this one (0 when refused). */
  readonly remaining: number;
  /** Whole seconds until a request would be allowed again (0 while some remain). */
  readonly resetSeconds: number;
}

/**
 * A sliding-window counter: the rolling count is the current fixed window's count plus the
 * previous window's, weighted by how much of it still lies inside the rolling window. Two
 * numbers per key, and no burst of twice the limit at a window edge as fixed windows allow.
 *
 * `counts` are before this request; the caller increments `current` only when allowed.
 */
export function decide(counts: WindowCounts, limit: number, windowMs: number, nowMs: number): Decision {
  const elapsed = (nowMs % windowMs) / windowMs;
  const rolling = counts.current + counts.previous * (1 - elapsed);
  const allowed = rolling + 1 <= limit;
  const after = allowed ? rolling + 1 : rolling;
  const remaining = Math.max(0, Math.floor(limit - after));
  return { allowed, limit, remaining, resetSeconds: remaining > 0 ? 0 : secondsUntilRoom(counts.current + (allowed ? 1 : 0), counts.previous, limit, windowMs, nowMs) };
}

/**
 * When the rolling count drops to limit - 1 (room for one more request). Within this window
 * the previous window's share decays linearly; if that is not enough, the current window
 * becomes the previous one and decays in turn.
 */
function secondsUntilRoom(current: number, previous: number, limit: number, windowMs: number, nowMs: number): number {
  const target = limit - 1;
  const windowStart = nowMs - (nowMs % windowMs);
  let waitMs: number;
  if (current <= target && previous > 0) {
    // current + previous * (1 - x) <= target  =>  x >= 1 - (target - current) / previous
    const x = 1 - (target - current) / previous;
    waitMs = windowStart + x * windowMs - nowMs;
  } else {
    // Next window: current * (1 - x) <= target  =>  x >= 1 - target / current
    const x = current > 0 ? Math.max(0, 1 - target / current) : 0;
    waitMs = windowStart + windowMs + x * windowMs - nowMs;
  }
  return Math.max(1, Math.ceil(waitMs / 1000));
}
