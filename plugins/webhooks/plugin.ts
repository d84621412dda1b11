import { DATABASE, definePlugin, provideValue, resolveToken, type Database } from 'influgentic';
import { webhooksConfig } from './config.js';
import { DeliveryStore } from './db/delivery-store.js';
import { EndpointStore } from './db/endpoint-store.js';
import { webhookMigrations } from './db/migrations.js';
import type { WebhookTables } from './db/schema.js';
import { webhookErrors } from './errors.js';
import { webhookEvents } from './events.js';
import { deliverJob } from './jobs/deliver.js';
import { purgeDeliveries } from './jobs/purge.js';
import { createWebhook } from './operations/create-webhook.js';
import { deleteWebhook } from './operations/delete-webhook.js';
import { getWebhook } from './operations/get-webhook.js';
import { listWebhookDeliveries } from './operations/list-webhook-deliveries.js';
import { listWebhooks } from './operations/list-webhooks.js';
import { redeliverWebhookDelivery } from './operations/redeliver-webhook-delivery.js';
import { rotateWebhookSecret } from './operations/rotate-webhook-secret.js';
import { testWebhook } from './operations/test-webhook.js';
import { updateWebhook } from './operations/update-webhook.js';
import { DeliveryService } from './service/delivery-service.js';
import { EndpointService } from './service/endpoint-service.js';
import { HttpSender, systemResolver } from './service/http-sender.js';
import { DELIVERY_STORE, ENDPOINT_STORE, HTTP_SENDER, WEBHOOK_SETTINGS } from './service/internal-tokens.js';
import { fanOut } from './subscribers/fan-out.js';
import { WEBHOOK_DELIVERIES, WEBHOOK_ENDPOINTS, WEBHOOK_RESOLVER } from './tokens.js';

/**
 * Signed (Standard Webhooks), durable, retried webhook deliveries of every plugin's events,
 * with delivery logs, redelivery, test events, secret rotation and SSRF protection. It
 * depends on no domain plugin: it subscribes to all events by name.
 */
export const webhooksPlugin = definePlugin({
  name: 'webhooks',
  version: '1.0.0',
  config: webhooksConfig,
  migrations: webhookMigrations,
  events: webhookEvents,
  errors: webhookErrors,
  register({ container, config }) {
    const db = resolveToken<Database>(container, DATABASE).tables<WebhookTables>();
    provideValue(container, WEBHOOK_SETTINGS, config);
    provideValue(container, ENDPOINT_STORE, new EndpointStore(db));
    provideValue(container, DELIVERY_STORE, new DeliveryStore(db));
    provideValue(container, WEBHOOK_RESOLVER, systemResolver);
    // Resolved at each connection, so a resolver registered later (custom DNS, tests) is used.
    provideValue(container, HTTP_SENDER, new HttpSender({ allowPrivate: config.allow_private_targets, resolver: () => resolveToken(container, WEBHOOK_RESOLVER) }));
    container.registerSingleton(WEBHOOK_ENDPOINTS, EndpointService);
    container.registerSingleton(WEBHOOK_DELIVERIES, DeliveryService);
  },
  stop({ container }) {
    resolveToken(container, HTTP_SENDER).close();
  },
  jobs: [deliverJob],
  schedules: [purgeDeliveries],
  subscriptions: [fanOut],
  operations: [createWebhook, listWebhooks, getWebhook, updateWebhook, deleteWebhook, rotateWebhookSecret, testWebhook, listWebhookDeliveries, redeliverWebhookDelivery],
});
