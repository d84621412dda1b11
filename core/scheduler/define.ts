import type { ScheduleDefinition } from './types.js';

/**
 * Declares cron work; list it in `definePlugin({ schedules: [...] })`.
 *
 * @example
 *   export const expireCampaigns = defineSchedule({
 *     name: 'campaigns.expire',
 *     cron: '0 * * * *', // hourly
 *     run: (tick) => tick.resolve(CAMPAIGN_SERVICE).expireEnded(tick.clock.now()),
 *   });
 */
export function defineSchedule(definition: ScheduleDefinition): ScheduleDefinition {
  return definition;
}
