import pg from 'pg';
import type { CustomTypesConfig } from 'pg';

// Without these, pg hands back int8 and numeric as strings and timestamps as Dates, while
// better-sqlite3 returns numbers and the ISO strings we stored. Stores would then need to know
// which backend they run on; with these, both backends return the same JS values.
// They are given to our pool only (its `types` option): mutating the global `pg.types` would
// change the results of every other pg user in the process.

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;

type TextParser = (text: string) => unknown;

const parsers: ReadonlyMap<number, TextParser> = new Map<number, TextParser>([
  // Counts and integer micro-dollars stay far below 2^53, so a number loses nothing in practice.
  [INT8, (text) => Number(text)],
  // sum() and avg() of integers return numeric: numbers, as SQLite returns them.
  [NUMERIC, (text) => Number(text)],
  [DATE, (text) => text],
  [TIMESTAMP, (text) => pgTimestampToIso(text)],
  [TIMESTAMPTZ, (text) => pgTimestampToIso(text)],
]);

/** The `types` option for a pg Pool or Client: our parsers, pg's defaults for the rest. */
export const pgTypeParsers: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    const parser = format === 'binary' ? undefined : parsers.get(oid);
    return parser ?? pg.types.getTypeParser(oid, format);
  }) as CustomTypesConfig['getTypeParser'],
};

const PG_TIMESTAMP =
  /^(\d{4,})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d+))?(?:([+-])(\d\d)(?::(\d\d))?(?::(\d\d))?)?$/;

/**
 * Postgres' text form of a timestamp (`2026-11-28 09:00:00.123456+00`) as `toISOString()`
 * does it (`2026-11-28T09:00:00.123Z`). A timestamp without a zone is read as UTC, since all
 * our times are UTC. Microseconds are cut to milliseconds, the precision of a JS Date.
 * `infinity` and BC dates have no such form and come back as Postgres wrote them.
 */
export function pgTimestampToIso(text: string): string {
  const match = PG_TIMESTAMP.exec(text);
  if (match === null) return text;
  const [, year, month, day, hour, minute, second, fraction, sign, offH, offM, offS] = match;
  const date = new Date(0);
  // setUTCFullYear, because Date.UTC maps years 0-99 onto 1900-1999.
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  date.setUTCHours(Number(hour), Number(minute), Number(second), Number((fraction ?? '').padEnd(3, '0').slice(0, 3)));
  const offsetSeconds = Number(offH ?? 0) * 3600 + Number(offM ?? 0) * 60 + Number(offS ?? 0);
  const direction = sign === '-' ? -1 : 1;
  return new Date(date.getTime() - direction * offsetSeconds * 1000).toISOString();
}
