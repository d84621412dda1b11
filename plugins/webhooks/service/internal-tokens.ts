import { token } from 'influgentic';
import type { WebhooksConfig } from '../config.js';
import type { DeliveryStore } from '../db/delivery-store.js';
import type { EndpointStore } from '../db/endpoint-store.js';
import type { HttpSender } from './http-sender.js';

/** The plugin's own wiring; other plugins use tokens.ts. */
export const WEBHOOK_SETTINGS = token<WebhooksConfig>('webhooks.settings');
export const ENDPOINT_STORE = token<EndpointStore>('webhooks.endpoint_store');
export const DELIVERY_STORE = token<DeliveryStore>('webhooks.delivery_store');
export const HTTP_SENDER = token<HttpSender>('webhooks.http_sender');
