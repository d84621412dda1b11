import type { EventType, MeasuredEvent, RejectedEvent } from './types.js';
import { EVENT_TYPES } from './types.js';

const FIELDS = new Set(['type', 'campaign_id', 'count', 'content_id', 'language', 'channel', 'value_usd', 'occurred_at', 'event_id']);
const CAMPAIGN_ID = /^camp_[A-Za-z0-9]+$/;
const CONTENT_ID = /^cnt_[A-Za-z0-9]+$/;
const LANGUAGE = /^[a-z]{2}$/;
const SLUG = /^[a-z0-9]+(_[a-z0-9]+)*$/;
// RFC 3339 date-time, as the contract's `format: date-time`.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const MAX_COUNT = 1_000_000_000;

export interface Window {
  /** Latest accepted instant (ms). */
  readonly latest: number;
  /** Earliest accepted instant (ms). */
  readonly earliest: number;
  readonly aheadMinutes: number;
  readonly retentionDays: number;
}

type Checked = { readonly ok: true; readonly event: MeasuredEvent } | { readonly ok: false; readonly rejected: RejectedEvent };

function rejection(index: number, field: string, reason: string): Checked {
  return { ok: false, rejected: { index, code: 'invalid_event', message: `events[${index}]${field === '' ? '' : `.${field}`} ${reason}` } };
}

/**
 * Checks one item of a batch against AnalyticsEventInput and the time window. The contract
 * lets any object through so that this, not the validator, decides per event.
 */
export function checkEvent(item: unknown, index: number, window: Window): Checked {
  // Called 1,000 times a batch: nothing is built for an event that passes but the event itself.
  const invalid = (field: string, reason: string): Checked => rejection(index, field, reason);
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return invalid('', 'must be an object');
  const input = item as Record<string, unknown>;
  for (const key of Object.keys(input)) if (!FIELDS.has(key)) return invalid(key, 'is not a field of an event');
  const { type, campaign_id, count = 1, content_id, language, channel, value_usd, occurred_at, event_id } = input;
  if (typeof type !== 'string' || !(EVENT_TYPES as readonly string[]).includes(type)) return invalid('type', `must be one of ${EVENT_TYPES.join(', ')}`);
  if (typeof campaign_id !== 'string' || campaign_id.length > 64 || !CAMPAIGN_ID.test(campaign_id)) return invalid('campaign_id', 'must be a campaign id (camp_...)');
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_COUNT) return invalid('count', `must be an integer from 1 to ${MAX_COUNT}`);
  if (content_id !== undefined && (typeof content_id !== 'string' || content_id.length > 64 || !CONTENT_ID.test(content_id))) return invalid('content_id', 'must be a content id (cnt_...)');
  if (language !== undefined && (typeof language !== 'string' || !LANGUAGE.test(language))) return invalid('language', 'must be an ISO 639-1 code (two lowercase letters)');
  if (channel !== undefined && (typeof channel !== 'string' || channel.length > 64 || !SLUG.test(channel))) return invalid('channel', 'must be a snake_case slug of at most 64 characters');
  let valueMicros = 0;
  if (value_usd !== undefined) {
    if (type !== 'conversion') return invalid('value_usd', 'is only for conversion events');
    if (typeof value_usd !== 'number' || !Number.isFinite(value_usd) || value_usd < 0) return invalid('value_usd', 'must be a non-negative amount in US dollars');
    valueMicros = Math.round(value_usd * 1e6);
    if (Math.abs(valueMicros - value_usd * 1e6) > 1e-3) return invalid('value_usd', 'has more than 6 decimals');
  }
  const when = typeof occurred_at === 'string' && DATE_TIME.test(occurred_at) ? Date.parse(occurred_at) : Number.NaN;
  if (Number.isNaN(when)) return invalid('occurred_at', 'must be an RFC 3339 date-time');
  if (event_id !== undefined && (typeof event_id !== 'string' || event_id.length < 1 || event_id.length > 200)) return invalid('event_id', 'must be a string of 1 to 200 characters');
  if (when > window.latest) return { ok: false, rejected: { index, code: 'occurred_at_in_future', message: `events[${index}].occurred_at is more than ${window.aheadMinutes} minutes ahead of the server clock` } };
  if (when < window.earliest) return { ok: false, rejected: { index, code: 'occurred_at_too_old', message: `events[${index}].occurred_at is older than the ${window.retentionDays}-day retention window` } };
  return {
    ok: true,
    event: {
      type: type as EventType,
      campaign_id,
      count,
      value_micros: valueMicros,
      language: (language as string | undefined) ?? null,
      channel: (channel as string | undefined) ?? null,
      content_id: (content_id as string | undefined) ?? null,
      occurred_at: new Date(when).toISOString(),
      event_id: (event_id as string | undefined) ?? null,
    },
  };
}
