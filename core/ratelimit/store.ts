/** What a store reports for one request. */
export interface Take {
  /** Whether the request was counted (it fit under the cap). */
  readonly counted: boolean;
  /** The current window's count before this request. */
  readonly current: number;
  /** The previous window's count. */
  readonly previous: number;
}

/**
 * Counters per key and fixed window. `take` counts one request when the current window's
 * count is below the cap that `capFor(previous)` computes, atomically with the check, so
 * concurrent requests (or processes, for the database store) cannot overshoot the limit.
 */
export interface RateLimitStore {
  take(key: string, window: number, capFor: (previous: number) => number): Promise<Take>;
}

/** One process's counters (the default): nothing shared, nothing written. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly counters = new Map<string, { window: number; current: number; previous: number }>();
  private sweptWindow = 0;

  async take(key: string, window: number, capFor: (previous: number) => number): Promise<Take> {
    this.sweep(window);
    let entry = this.counters.get(key);
    if (!entry || entry.window < window) {
      const previous = entry && entry.window === window - 1 ? entry.current : 0;
      entry = { window, current: 0, previous };
      this.counters.set(key, entry);
    }
    const before = entry.current;
    const counted = before < capFor(entry.previous);
    if (counted) entry.current += 1;
    return { counted, current: before, previous: entry.previous };
  }

  /** Drops keys idle for two windows, once per window. */
  private sweep(window: number): void {
    if (window === this.sweptWindow) return;
    this.sweptWindow = window;
    for (const [key, entry] of this.counters) if (entry.window < window - 1) this.counters.delete(key);
  }
}
