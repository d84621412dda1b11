import { token } from 'influgentic';
import type { DeliveryService } from './service/delivery-service.js';
import type { EndpointService } from './service/endpoint-service.js';
import type { Resolver } from './service/http-sender.js';

/**
 * Webhook endpoints: create, list, change, delete, rotate secrets.
 * @example await container.resolve(WEBHOOK_ENDPOINTS).get(principal, 'wh_...')
 */
export const WEBHOOK_ENDPOINTS = token<EndpointService>('webhooks.endpoints');

/**
 * Deliveries: the fan-out of events to endpoints, attempts, logs, redelivery and tests.
 * @example await container.resolve(WEBHOOK_DELIVERIES).test(principal, 'wh_...')
 */
export const WEBHOOK_DELIVERIES = token<DeliveryService>('webhooks.deliveries');

/**
 * How delivery resolves host names (the system resolver by default). Every address it
 * returns is checked before connecting; replace it for custom DNS or in tests.
 * @example container.register(WEBHOOK_RESOLVER, { useValue: async () => [{ address: '10.0.0.5', family: 4 }] })
 */
export const WEBHOOK_RESOLVER = token<Resolver>('webhooks.resolver');
