import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openDatabase } from '../db/index.js';
import { forEachBackend } from '../db/testing.js';
import { composeKernel, waitFor } from '../jobs/testing.js';
import { definePlugin } from '../plugin/define.js';
import { defineSchedule } from './define.js';

forEachBackend((backend) => {
  describe('Scheduler', () => {
    it('runs each tick of a schedule once across two processes', async () => {
      const url = await backend.freshUrl();
      const first = await openDatabase({ url, poolSize: 2 });
      const second = await openDatabase({ url, poolSize: 2 });
      const runs: { readonly holder: string; readonly tick: string; readonly now: number }[] = [];
      const plugin = (holder: string) =>
        definePlugin({
          name: 'clockwork',
          version: '1.0.0',
          schedules: [
            defineSchedule({
              name: 'clockwork.every_second',
              cron: '* * * * * *',
              run: (tick) => void runs.push({ holder, tick: tick.firedAt.toISOString(), now: tick.clock.now().getTime() }),
            }),
          ],
        });
      const one = await composeKernel({ db: first, plugins: [plugin('one')] });
      const two = await composeKernel({ db: second, plugins: [plugin('two')] });
      await one.start();
      await two.start();
      try {
        await waitFor('three ticks', () => new Set(runs.map((run) => run.tick)).size >= 3, 20_000);
      } finally {
        await one.stop();
        await two.stop();
      }
      const ticks = runs.map((run) => run.tick);
      assert.equal(new Set(ticks).size, ticks.length, `each tick ran once: ${ticks.join(', ')}`);
      assert.ok(ticks.every((tick) => tick.endsWith('.000Z')), 'ticks are cron times');
      const leases = await first.kysely.selectFrom('scheduler_leases').select(['key', 'holder', 'completed_at']).where('key', 'like', 'clockwork.every_second:%').execute();
      assert.ok(leases.length >= ticks.length);
      await second.close();
      await first.close();
    });
  });
});
