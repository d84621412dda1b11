import { fromBool, fromJson } from 'influgentic';
import type { AttemptRow, DeliveryRow, DeliveryStatus, DisabledReason, EndpointRow } from '../db/schema.js';

/** A webhook endpoint as the API shows it (never its secret). */
export interface WebhookView {
  readonly id: string;
  readonly url: string;
  readonly events: readonly string[];
  readonly enabled: boolean;
  readonly disabled_reason: DisabledReason | null;
  readonly created_at: string;
  readonly updated_at: string;
}

export interface AttemptView {
  readonly attempted_at: string;
  readonly status_code: number | null;
  readonly latency_ms: number;
  readonly succeeded: boolean;
  readonly error: string | null;
  readonly response_body_excerpt: string | null;
}

export interface DeliveryView {
  readonly id: string;
  readonly webhook_id: string;
  readonly event_id: string;
  readonly event_type: string;
  readonly status: DeliveryStatus;
  readonly attempts_count: number;
  readonly next_attempt_at: string | null;
  readonly attempts: readonly AttemptView[];
  readonly created_at: string;
  readonly updated_at: string;
}

export interface Page<T> {
  readonly data: readonly T[];
  readonly meta: { readonly total: number; readonly limit: number; readonly next_cursor: string | null };
}

export function webhookView(row: EndpointRow): WebhookView {
  return {
    id: row.id,
    url: row.url,
    events: fromJson<string[]>(row.events),
    enabled: fromBool(row.enabled),
    disabled_reason: row.disabled_reason,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function attemptView(row: AttemptRow): AttemptView {
  return {
    attempted_at: row.attempted_at,
    status_code: row.status_code === null ? null : Number(row.status_code),
    latency_ms: Number(row.latency_ms),
    succeeded: fromBool(row.succeeded),
    error: row.error,
    response_body_excerpt: row.response_body_excerpt,
  };
}

export function deliveryView(row: DeliveryRow, attempts: readonly AttemptRow[]): DeliveryView {
  return {
    id: row.id,
    webhook_id: row.webhook_id,
    event_id: row.event_id,
    event_type: row.event_type,
    status: row.status,
    attempts_count: Number(row.attempts_count),
    next_attempt_at: row.status === 'pending' ? row.next_attempt_at : null,
    attempts: attempts.map(attemptView),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
