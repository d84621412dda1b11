import { defineSchedule } from 'influgentic';
import { CAMPAIGN_LIFECYCLE } from '../service/internal-tokens.js';

/** Every minute: starts campaigns whose starts_at has come and completes those past ends_at. */
export const lifecycleSchedule = defineSchedule({
  name: 'campaigns.lifecycle',
  cron: '* * * * *',
  run: async (tick) => {
    await tick.resolve(CAMPAIGN_LIFECYCLE).advance();
  },
});

/** Daily: books the base rate's daily shares. Computed from elapsed time, not ticks, so a missed day is booked by the next run. */
export const accrualSchedule = defineSchedule({
  name: 'campaigns.accrue_daily',
  cron: '5 0 * * *',
  run: (tick) => tick.resolve(CAMPAIGN_LIFECYCLE).accrueAll(),
});
