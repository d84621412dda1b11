import type { SubscriptionDefinition } from './types.js';

/**
 * Declares a reaction to events; list it in `definePlugin({ subscriptions: [...] })`.
 *
 * @example
 *   export const fanOut = defineSubscription({
 *     name: 'webhooks.fan_out',
 *     events: '*',
 *     handle: (event, context) => context.resolve(WEBHOOK_SERVICE).fanOut(event),
 *   });
 */
export function defineSubscription(definition: SubscriptionDefinition): SubscriptionDefinition {
  return definition;
}
