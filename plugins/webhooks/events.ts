import type { EventDefinition } from 'influgentic';

/** Sent by `POST /v1/webhooks/{id}/test` to that one endpoint; never through the event bus. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

/** The events this plugin registers, so they are listed with every other plugin's. */
export const webhookEvents: Readonly<Record<string, EventDefinition>> = {
  [WEBHOOK_TEST_EVENT]: {
    description: 'A test delivery to one endpoint (POST /v1/webhooks/{webhook_id}/test)',
    payload: {
      type: 'object',
      required: ['webhook_id', 'message'],
      properties: { webhook_id: { type: 'string' }, message: { type: 'string' } },
    },
  },
};
