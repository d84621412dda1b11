import { defineErrors } from 'influgentic';

/** The webhooks plugin's error codes (all listed in openapi.yaml's error table). */
export const webhookErrors = defineErrors({
  WEBHOOK_NOT_FOUND: { status: 404, title: 'Webhook endpoint not found' },
  DELIVERY_NOT_FOUND: { status: 404, title: 'Webhook delivery not found' },
  DELIVERY_IN_PROGRESS: { status: 409, title: 'The delivery is still pending' },
  UNKNOWN_EVENT: { status: 422, title: 'Unknown event' },
  UNSAFE_WEBHOOK_URL: { status: 422, title: 'Unsafe webhook URL' },
});
