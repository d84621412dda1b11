import { defineSchedule, purgeInBatches } from 'influgentic';
import { DELIVERY_STORE, WEBHOOK_SETTINGS } from '../service/internal-tokens.js';

const DAY_MS = 86_400_000;

/** Hourly: deletes finished deliveries and their attempt logs past `webhooks.retention_days`, in batches. */
export const purgeDeliveries = defineSchedule({
  name: 'webhooks.purge_deliveries',
  cron: '41 * * * *',
  run: async (tick) => {
    const store = tick.resolve(DELIVERY_STORE);
    const before = new Date(tick.clock.now().getTime() - tick.resolve(WEBHOOK_SETTINGS).retention_days * DAY_MS).toISOString();
    const purged = await purgeInBatches(tick.signal, 5_000, (limit) => store.purgeFinishedBefore(before, limit));
    if (purged > 0) tick.logger.info({ purged, before }, 'purged webhook deliveries past retention');
  },
});
