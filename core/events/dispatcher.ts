import type { JobDefinition } from '../jobs/types.js';
import type { OutboxStore } from './db/store.js';
import type { SubscriptionDefinition } from './types.js';

/** Payload of a delivery job: which outbox event to hand to the job type's subscription. */
export interface DeliveryPayload {
  readonly eventId: string;
}

/** The job type that carries one subscription's deliveries: `event:<subscription>`. */
export function deliveryJobType(subscription: string): string {
  return `event:${subscription}`;
}

/**
 * The dispatcher is the job queue: each (event, subscription) pair is a job, enqueued in
 * the emitting transaction, keyed by the event id (so it is never doubled) and ordered by
 * the aggregate (so one aggregate's events reach the subscription in order, a failing one
 * holding up those behind it). Retries, leases, dead deliveries and multi-process safety
 * are the queue's.
 */
export function deliveryJobs(subscriptions: readonly SubscriptionDefinition[], outbox: OutboxStore): readonly JobDefinition<DeliveryPayload>[] {
  return subscriptions.map((subscription) => ({
    name: deliveryJobType(subscription.name),
    ...(subscription.concurrency === undefined ? {} : { concurrency: subscription.concurrency }),
    ...(subscription.maxAttempts === undefined ? {} : { maxAttempts: subscription.maxAttempts }),
    ...(subscription.backoff === undefined ? {} : { backoff: subscription.backoff }),
    async handle(job) {
      const event = await outbox.get(job.payload.eventId);
      if (event === undefined) {
        job.logger.warn({ event: job.payload.eventId }, 'event no longer in the outbox (purged); delivery dropped');
        return;
      }
      await subscription.handle(event, job);
    },
  }));
}

/** Which subscriptions an event of this name goes to (cached per name). */
export class SubscriptionIndex {
  private readonly byName = new Map<string, readonly SubscriptionDefinition[]>();

  constructor(private readonly subscriptions: readonly SubscriptionDefinition[]) {}

  matching(name: string): readonly SubscriptionDefinition[] {
    let found = this.byName.get(name);
    if (found === undefined) {
      found = this.subscriptions.filter((subscription) => subscription.events === '*' || subscription.events.includes(name));
      this.byName.set(name, found);
    }
    return found;
  }
}
