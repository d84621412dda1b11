import { sql, type Kysely } from 'kysely';
import type { RateLimitStore, Take } from './store.js';

export interface RateLimitTables {
  readonly ratelimit_counters: { readonly key: string; readonly window_index: number; readonly count: number };
}

/**
 * Counters in the database, shared by every process on it (`ratelimit.store: database`).
 * The check and the increment are one conditional upsert, so two processes cannot both
 * take the last request of a window.
 */
export class DatabaseRateLimitStore implements RateLimitStore {
  private sweptWindow = 0;

  constructor(private readonly db: Kysely<RateLimitTables>) {}

  async take(key: string, window: number, capFor: (previous: number) => number): Promise<Take> {
    this.sweep(window);
    const rows = await this.db
      .selectFrom('ratelimit_counters')
      .select(['window_index', 'count'])
      .where('key', '=', key)
      .where('window_index', 'in', [window - 1, window])
      .execute();
    const previous = Number(rows.find((row) => Number(row.window_index) === window - 1)?.count ?? 0);
    const cap = capFor(previous);
    if (cap >= 1) {
      const counted = await this.db
        .insertInto('ratelimit_counters')
        .values({ key, window_index: window, count: 1 })
        .onConflict((conflict) =>
          conflict
            .columns(['key', 'window_index'])
            .doUpdateSet({ count: sql<number>`ratelimit_counters.count + 1` })
            .where('ratelimit_counters.count', '<', cap),
        )
        .returning('count')
        .executeTakeFirst();
      if (counted) return { counted: true, current: Number(counted.count) - 1, previous };
    }
    const current = await this.db.selectFrom('ratelimit_counters').select('count').where('key', '=', key).where('window_index', '=', window).executeTakeFirst();
    return { counted: false, current: Number(current?.count ?? 0), previous };
  }

  /** Deletes finished windows once per window; not awaited by the request that triggers it. */
  private sweep(window: number): void {
    if (window === this.sweptWindow) return;
    this.sweptWindow = window;
    this.db.deleteFrom('ratelimit_counters').where('window_index', '<', window - 1).execute().catch(() => {
      this.sweptWindow = 0;
    });
  }
}
