import { defineSchedule } from 'influgentic';
import { ANALYTICS_SETTINGS, EVENT_STORE } from '../service/internal-tokens.js';

const DAY_MS = 86_400_000;
const BATCH = 10_000;

/** Hourly: deletes raw events past the retention window, in batches; rollups and totals stay. */
export const purgeSchedule = defineSchedule({
  name: 'analytics.purge_raw_events',
  cron: '17 * * * *',
  run: async (tick) => {
    const settings = tick.resolve(ANALYTICS_SETTINGS);
    const store = tick.resolve(EVENT_STORE);
    const before = new Date(tick.clock.now().getTime() - settings.retention_days * DAY_MS).toISOString();
    let purged = 0;
    for (let deleted = BATCH; deleted === BATCH && !tick.signal.aborted; ) {
      deleted = await store.purgeBefore(before, BATCH);
      purged += deleted;
    }
    if (purged > 0) tick.logger.info({ purged, before }, 'purged raw analytics events past retention');
  },
});
