// startInProcess turns schedules off under a hand-moved clock (cron fires on real time and
// would read that clock between two steps of a test), unless the test's config turns them on.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../clock.js';
import { resolveToken } from '../container.js';
import { SCHEDULER_RUNTIME } from '../scheduler/plugin.js';
import { startInProcess } from './in-process.js';

async function schedulesEnabled(options: Parameters<typeof startInProcess>[0]): Promise<boolean> {
  const running = await startInProcess({ plugins: [], ...options });
  try {
    return resolveToken(running.app.container, SCHEDULER_RUNTIME).config.enabled;
  } finally {
    await running.close();
  }
}

describe('startInProcess', () => {
  it('runs no schedules under a hand-moved clock, unless the config turns them on', async () => {
    assert.equal(await schedulesEnabled({}), true, 'the real clock keeps the default');
    assert.equal(await schedulesEnabled({ clock: new ManualClock() }), false);
    assert.equal(await schedulesEnabled({ clock: new ManualClock(), config: { scheduler: { enabled: true } } }), true);
  });
});
