import type { Backoff } from './types.js';

export interface ExponentialBackoffOptions {
  /** Delay after the first failure. */
  readonly baseMs?: number;
  /** No delay exceeds this. */
  readonly maxMs?: number;
  /** Each delay is moved randomly by up to this share either way (0.2: ±20 %). */
  readonly jitter?: number;
  readonly random?: () => number;
}

/**
 * base, 2 x base, 4 x base, ... capped, each moved by a random share so that jobs that
 * failed together (an outage) do not all come back at the same moment.
 *
 * @example exponentialBackoff({ baseMs: 1000, maxMs: 3_600_000 })(3) // about 4000
 */
export function exponentialBackoff({ baseMs = 1000, maxMs = 3_600_000, jitter = 0.2, random = Math.random }: ExponentialBackoffOptions = {}): (failedAttempt: number) => number {
  return function exponentialDelay(failedAttempt: number): number {
    const exponent = Math.min(Math.max(failedAttempt - 1, 0), 52);
    const delay = Math.min(maxMs, baseMs * 2 ** exponent);
    return Math.max(0, Math.round(delay * (1 - jitter + 2 * jitter * random())));
  };
}

/** The delay before the attempt after `failedAttempt`, under a schedule. */
export function delayAfter(backoff: Backoff, failedAttempt: number): number {
  if (typeof backoff === 'function') return Math.max(0, backoff(failedAttempt));
  if (backoff.length === 0) return 0;
  const index = Math.min(failedAttempt, backoff.length) - 1;
  return Math.max(0, backoff[Math.max(index, 0)] ?? 0);
}
