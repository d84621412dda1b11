import type { RequestHandler } from 'express';
import { principalOf } from '../auth/middleware.js';
import type { Clock } from '../clock.js';
import type { PlanLimits } from '../config/index.js';
import { defineErrors } from '../http/errors.js';
import type { OperationGuard } from '../http/gate.js';
import type { RateLimitStore } from './store.js';
import { decide } from './window.js';

export const rateLimitErrors = defineErrors({
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
});

const windowMs = 60_000;
const classes = ['read', 'write', 'generate', 'events'] as const;

export interface RateLimitOptions {
  readonly store: RateLimitStore;
  readonly plans: Readonly<Record<string, PlanLimits>>;
  readonly clock: Clock;
}

/**
 * Limits each live key per endpoint class (`x-rate-limit-class`) over a rolling 60 s
 * window, with the numbers of the key's plan, and tells every live caller where it stands
 * (X-RateLimit-Limit, -Remaining, -Reset). Test keys are neither counted nor told:
 * sandbox calls do not count against rate limits.
 */
export function rateLimitGuard({ store, plans, clock }: RateLimitOptions): OperationGuard {
  return (operation) => {
    const limitClass = classes.find((name) => name === operation.rateLimitClass);
    if (operation.isPublic || !limitClass) return undefined;
    const handler: RequestHandler = async function limitRate(_req, res, next) {
      const principal = principalOf(res);
      if (!principal || !principal.livemode) return next();
      const limit = plans[principal.plan]?.[limitClass] ?? 0;
      const now = clock.now().getTime();
      const window = Math.floor(now / windowMs);
      const share = 1 - (now % windowMs) / windowMs;
      const take = await store.take(`${principal.keyId}:${limitClass}`, window, (previous) => Math.floor(limit - 1 - previous * share) + 1);
      const decision = decide({ current: take.current, previous: take.previous }, limit, windowMs, now);
      res.setHeader('X-RateLimit-Limit', String(limit));
      res.setHeader('X-RateLimit-Remaining', String(decision.remaining));
      res.setHeader('X-RateLimit-Reset', String(decision.resetSeconds));
      if (!take.counted) {
        throw rateLimitErrors.RATE_LIMITED(
          `this key made more than ${limit} ${limitClass} requests in the last 60 seconds (plan ${principal.plan}); retry in ${decision.resetSeconds} s`,
          { headers: { 'Retry-After': String(decision.resetSeconds) }, extensions: { limit, window_seconds: 60, retry_after: decision.resetSeconds } },
        );
      }
      next();
    };
    return handler;
  };
}
