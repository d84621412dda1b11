/** The webhooks plugin's tables (kysely types). */
export interface WebhookTables {
  readonly webhooks_endpoints: EndpointRow;
  readonly webhooks_deliveries: DeliveryRow;
  readonly webhooks_attempts: AttemptRow;
  /** One row (id 1): stamped anew by triggers when an endpoint change could change who gets an event. */
  readonly webhooks_revision: { readonly id: number; readonly revision: number };
}

export type DisabledReason = 'endpoint_gone' | 'failing_for_5_days' | 'disabled_by_user';
export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface EndpointRow {
  readonly id: string;
  readonly org_id: string;
  readonly livemode: number;
  readonly url: string;
  /** JSON array of event names or `*`. */
  readonly events: string;
  readonly enabled: number;
  readonly disabled_reason: DisabledReason | null;
  /** The signing secret, sealed under the master key (SECRET_BOX). */
  readonly secret: string;
  /** The secret before the last rotation, sealed; it still signs until previous_secret_expires_at. */
  readonly previous_secret: string | null;
  readonly previous_secret_expires_at: string | null;
  /** The first failed attempt since the last success: every delivery has failed since then. */
  readonly failing_since: string | null;
  readonly created_at: string;
  readonly updated_at: string;
}

export interface DeliveryRow {
  readonly id: string;
  readonly org_id: string;
  readonly livemode: number;
  readonly webhook_id: string;
  /** The event (`evt_...`): the `webhook-id` header of every attempt. */
  readonly event_id: string;
  readonly event_type: string;
  /** The exact body sent, `{"type","timestamp","data"}`, kept so retries and redeliveries send the same bytes. */
  readonly body: string;
  readonly status: DeliveryStatus;
  readonly attempts_count: number;
  /** Bumped by each redelivery; a job of an older round finds nothing to do. */
  readonly round: number;
  /** attempts_count when this round began: the retry schedule counts from here. */
  readonly round_base: number;
  /** Sent even to a disabled endpoint (a test event, a redelivery someone asked for). */
  readonly forced: number;
  readonly next_attempt_at: string | null;
  /** 1 when failed because its job died (an attempt lost with its process): a late real outcome of that attempt may still be recorded. */
  readonly abandoned: number;
  readonly created_at: string;
  readonly updated_at: string;
}

export interface AttemptRow {
  readonly delivery_id: string;
  /** 1, 2, ... within the delivery. */
  readonly n: number;
  readonly org_id: string;
  readonly livemode: number;
  readonly attempted_at: string;
  readonly status_code: number | null;
  readonly latency_ms: number;
  readonly succeeded: number;
  readonly error: string | null;
  readonly response_body_excerpt: string | null;
}
