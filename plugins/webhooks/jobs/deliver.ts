import { defineJob } from 'influgentic';
import { DELIVER_JOB, type DeliverPayload } from '../service/delivery-service.js';
import { WEBHOOK_DELIVERIES } from '../tokens.js';

/**
 * One attempt per run; the handler computes the next attempt's time (the jittered schedule
 * or the receiver's Retry-After) and throws RetryAt, so the delivery log can show it. A
 * job whose process died mid-request is taken again when its lease runs out.
 */
export const deliverJob = defineJob<DeliverPayload>({
  name: DELIVER_JOB,
  // Attempts mostly wait on the network: many at once per process.
  concurrency: 32,
  handle: (job) => job.resolve(WEBHOOK_DELIVERIES).attempt(job.payload, job),
  // A job that dies would otherwise leave its delivery pending for good (and redelivery refused).
  onDead: async (job, reason) => {
    job.logger.warn({ webhook: job.payload.webhookId, event: job.payload.eventId, reason }, 'webhook delivery job died; the delivery is marked failed');
    await job.resolve(WEBHOOK_DELIVERIES).abandon(job.payload);
  },
});
