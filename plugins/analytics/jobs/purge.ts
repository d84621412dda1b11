import { defineSchedule, purgeInBatches } from 'influgentic';
import { ANALYTICS_SETTINGS, EVENT_STORE } from '../service/internal-tokens.js';

const DAY_MS = 86_400_000;

/** Hourly: deletes raw events past the retention window, in batches; rollups and totals stay. */
export const purgeSchedule = defineSchedule({
  name: 'analytics.purge_raw_events',
  cron: '17 * * * *',
  run: async (tick) => {
    const store = tick.resolve(EVENT_STORE);
    const before = new Date(tick.clock.now().getTime() - tick.resolve(ANALYTICS_SETTINGS).retention_days * DAY_MS).toISOString();
    const purged = await purgeInBatches(tick.signal, 10_000, (limit) => store.purgeBefore(before, limit));
    if (purged > 0) tick.logger.info({ purged, before }, 'purged raw analytics events past retention');
  },
});
