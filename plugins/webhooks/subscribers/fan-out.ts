import { defineSubscription } from 'influgentic';
import { WEBHOOK_DELIVERIES } from '../tokens.js';

/** Every event of every plugin, by name: each becomes one delivery per subscribed endpoint. */
export const fanOut = defineSubscription({
  name: 'webhooks.fan_out',
  events: '*',
  concurrency: 8,
  async handle(event, context) {
    await context.resolve(WEBHOOK_DELIVERIES).fanOut(event);
  },
});
