import type { JobDefinition } from './types.js';

/**
 * Declares a job type; the payload type flows into the handler. List it in
 * `definePlugin({ jobs: [...] })` and enqueue it through JOB_QUEUE.
 *
 * @example
 *   export const expireCampaign = defineJob<{ campaignId: string }>({
 *     name: 'campaigns.expire',
 *     maxAttempts: 5,
 *     async handle(job) {
 *       await job.resolve(CAMPAIGN_SERVICE).expire(job.payload.campaignId);
 *     },
 *   });
 */
export function defineJob<P>(definition: JobDefinition<P>): JobDefinition<P> {
  return definition;
}
