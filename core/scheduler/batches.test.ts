import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { purgeInBatches } from './batches.js';

describe('purgeInBatches', () => {
  it('deletes batch after batch until one comes back short, and totals them', async () => {
    let left = 23;
    const asked: number[] = [];
    const total = await purgeInBatches(new AbortController().signal, 10, async (limit) => {
      asked.push(limit);
      const deleted = Math.min(limit, left);
      left -= deleted;
      return deleted;
    });
    assert.deepEqual([total, asked, left], [23, [10, 10, 10], 0]);
  });

  it('stops after the batch under way when the signal aborts', async () => {
    const controller = new AbortController();
    let calls = 0;
    const total = await purgeInBatches(controller.signal, 5, async () => {
      calls += 1;
      if (calls === 2) controller.abort();
      return 5;
    });
    assert.deepEqual([total, calls], [10, 2]);
  });
});
