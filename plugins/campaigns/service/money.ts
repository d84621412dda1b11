/** Money is integer micro-dollars in storage and dollars (at most 6 decimals) on the wire. */
export const MICROS_PER_USD = 1_000_000;
export const DAY_MS = 86_400_000;

export function toMicros(usd: number): number {
  return Math.round(usd * MICROS_PER_USD);
}

export function toUsd(micros: number): number {
  return micros / MICROS_PER_USD;
}

/**
 * Day `day`'s share of a price spread evenly over `days` days, in micro-dollars. The shares
 * are differences of a rounded-down running total, so they always add up to the price.
 */
export function dailyShare(priceMicros: number, days: number, day: number): number {
  return Math.floor((priceMicros * (day + 1)) / days) - Math.floor((priceMicros * day) / days);
}

/** The cost of a generation's tokens at `per1kUsd` dollars per 1,000 tokens, in micro-dollars (rounded up: a charge is never free by rounding). */
export function tokenCostMicros(tokens: number, per1kUsd: number): number {
  const exact = (tokens * per1kUsd * MICROS_PER_USD) / 1000;
  const nearest = Math.round(exact);
  // Float noise (0.1 * 3) must not round a whole number up.
  return Math.abs(exact - nearest) < 1e-6 ? nearest : Math.ceil(exact);
}

/** What accrual owes for a campaign up to `until`: one entry per day that has begun, the last possibly partial. */
export interface AccrualDue {
  readonly day: number;
  readonly amountMicros: number;
  readonly at: string;
  /** A partial day (only at cancellation): its pro-rata share. */
  readonly partial: boolean;
}

/**
 * The accrual rows due from `startsAt` up to `until` (clipped to the campaign's `days`):
 * whole days only, unless `partial` (cancellation), which adds the day in progress pro rata.
 */
export function accrualDue(priceMicros: number, days: number, startsAt: string, until: Date, partial: boolean): AccrualDue[] {
  const start = Date.parse(startsAt);
  const due: AccrualDue[] = [];
  for (let day = 0; day < days; day += 1) {
    const dayStart = start + day * DAY_MS;
    const elapsed = until.getTime() - dayStart;
    if (elapsed <= 0) break;
    const share = dailyShare(priceMicros, days, day);
    const at = new Date(dayStart).toISOString();
    if (elapsed >= DAY_MS) due.push({ day, amountMicros: share, at, partial: false });
    else if (partial) due.push({ day, amountMicros: Math.floor((share * elapsed) / DAY_MS), at, partial: true });
  }
  return due;
}
