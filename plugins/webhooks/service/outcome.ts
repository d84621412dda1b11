import type { DeliveryStatus, DisabledReason } from '../db/schema.js';
import type { SendResult } from './http-sender.js';

/** Every delivery to an endpoint failed for this long: the endpoint is disabled. */
export const FAILING_DISABLE_MS = 5 * 24 * 3_600_000;
/** A `Retry-After` further out than this is capped: a receiver cannot park a delivery for ever. */
export const RETRY_AFTER_MAX_MS = 24 * 3_600_000;

export interface AttemptContext {
  /** Attempts of this round, this one included (1 on the first). */
  readonly roundAttempt: number;
  /** Waits before each retry; its length is how many retries a round gets. */
  readonly schedule: readonly number[];
  readonly jitter: number;
  readonly now: Date;
  /** When the endpoint's current run of failures began, if it is failing. */
  readonly failingSince: string | null;
  /** The job queue gives up after this attempt whatever the schedule says. */
  readonly lastChance: boolean;
  readonly random?: () => number;
}

/** What an attempt changes: the delivery's status and next try, and the endpoint's health. */
export interface Outcome {
  readonly succeeded: boolean;
  readonly status: DeliveryStatus;
  readonly nextAttemptAt: string | null;
  readonly failingSince: string | null;
  readonly disable: DisabledReason | null;
}

/**
 * Decides what an attempt's result means: only 2xx succeeds; 410 disables the endpoint at
 * once; a 429 or 503 with `Retry-After` is retried then; any other failure is retried on
 * the jittered schedule until it runs out; an endpoint whose every attempt has failed for
 * 5 days is disabled.
 */
export function decideOutcome(result: SendResult, context: AttemptContext): Outcome {
  const { now } = context;
  const code = result.statusCode;
  if (code !== null && code >= 200 && code < 300 && result.error === null) {
    return { succeeded: true, status: 'succeeded', nextAttemptAt: null, failingSince: null, disable: null };
  }
  const failingSince = context.failingSince ?? now.toISOString();
  if (code === 410) return { succeeded: false, status: 'failed', nextAttemptAt: null, failingSince, disable: 'endpoint_gone' };
  if (now.getTime() - Date.parse(failingSince) >= FAILING_DISABLE_MS) {
    return { succeeded: false, status: 'failed', nextAttemptAt: null, failingSince, disable: 'failing_for_5_days' };
  }
  if (context.lastChance || context.roundAttempt > context.schedule.length) {
    return { succeeded: false, status: 'failed', nextAttemptAt: null, failingSince, disable: null };
  }
  const asked = code === 429 || code === 503 ? retryAfterMs(result.retryAfter, now) : undefined;
  const wait = asked ?? jittered(context.schedule[context.roundAttempt - 1] ?? 0, context.jitter, context.random ?? Math.random);
  return { succeeded: false, status: 'pending', nextAttemptAt: new Date(now.getTime() + wait).toISOString(), failingSince, disable: null };
}

function jittered(delay: number, jitter: number, random: () => number): number {
  return Math.max(0, Math.round(delay * (1 - jitter + 2 * jitter * random())));
}

/** `Retry-After` as delay-seconds or an HTTP date, in ms from now; undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now: Date): number | undefined {
  if (header === undefined) return undefined;
  const text = header.trim();
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else {
    const at = Date.parse(text);
    if (Number.isNaN(at)) return undefined;
    ms = at - now.getTime();
  }
  return Math.min(Math.max(ms, 0), RETRY_AFTER_MAX_MS);
}
