import { defineSubscription } from 'influgentic';
import type { Kysely } from 'kysely';
import type { WebhookTables } from '../db/schema.js';
import { ENDPOINT_STORE } from '../service/internal-tokens.js';
import { WEBHOOK_DELIVERIES } from '../tokens.js';

/** Every event of every plugin, by name: each becomes one delivery per subscribed endpoint. */
export const fanOut = defineSubscription({
  name: 'webhooks.fan_out',
  events: '*',
  concurrency: 8,
  // Most events of most orgs go to no endpoint: asked in the emitting transaction, so such an
  // event costs one read instead of a job (made, claimed, run and settled) that finds nothing.
  // An endpoint gets the events from its creation on either way (fanOut checks created_at).
  wants: (event, context) => context.resolve(ENDPOINT_STORE).anySubscribed({ orgId: event.orgId, livemode: event.livemode }, event.name, context.db as Kysely<WebhookTables>),
  async handle(event, context) {
    await context.resolve(WEBHOOK_DELIVERIES).fanOut(event);
  },
});
