import { campaignProblems } from '../errors.js';
import type { Period } from './types.js';

const DAY_MS = 86_400_000;
export const MAX_DAYS = 366;

export function dayOf(instant: Date | string | number): string {
  return new Date(instant).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS));
}

/** Every day of the period, in order. */
export function daysOf(period: Period): string[] {
  const days: string[] = [];
  for (let day = period.start; day <= period.end; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The asked period with defaults filled in; `end` before `start`, or too long, is 422 invalid_period. */
export function resolvePeriod(start: string | undefined, end: string | undefined, defaults: Period): Period {
  const period = { start: start ?? defaults.start, end: end ?? defaults.end };
  if (period.end < period.start) {
    throw campaignProblems.INVALID_PERIOD(`end ${period.end} is before start ${period.start}`, { errors: [{ field: 'end', code: 'before_start', message: `is before start ${period.start}` }] });
  }
  if (daysBetween(period) > MAX_DAYS) {
    throw campaignProblems.INVALID_PERIOD(`the period ${period.start}..${period.end} is longer than ${MAX_DAYS} days: ask for it in parts`, { errors: [{ field: 'end', code: 'period_too_long', message: `is more than ${MAX_DAYS} days after start` }] });
  }
  return period;
}

function daysBetween(period: Period): number {
  return Math.round((Date.parse(period.end) - Date.parse(period.start)) / DAY_MS) + 1;
}
