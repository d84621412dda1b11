/**
 * For retention schedules: calls `deleteBatch(limit)` until it deletes fewer than `limit` rows
 * or `signal` aborts (the process is stopping; the next tick goes on), so one tick never holds
 * the database in one long statement. Returns how many rows went in all.
 */
export async function purgeInBatches(signal: AbortSignal, limit: number, deleteBatch: (limit: number) => Promise<number>): Promise<number> {
  let total = 0;
  for (let deleted = limit; deleted === limit && !signal.aborted; ) {
    deleted = await deleteBatch(limit);
    total += deleted;
  }
  return total;
}
