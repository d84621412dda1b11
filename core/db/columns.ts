import { sql } from 'kysely';
import type { ColumnDataType, RawBuilder } from 'kysely';
import { dialectOf } from './dialect-of.js';
import type { AnyKysely } from './dialect-of.js';

// Why these types: a store must read the same JS values from either backend, or every store
// would branch on the dialect. Combined with the pg type parsers (pg-type-parsers.ts):
// - timestamp: SQLite has no date type, so it holds the ISO string we write (toISOString
//   form, which sorts as text in time order); pg keeps a real timestamptz, rounded to
//   milliseconds (timestamptz(3)) so a value read back compares equal to what is stored,
//   and the parser returns it as the same ISO string.
// - json: text on both. jsonb would come back parsed on pg and as text on SQLite, and its
//   key order and number forms differ from JSON.stringify; stores parse JSON themselves.
// - bool: integer 0/1 on both. pg booleans come back as true/false and better-sqlite3 cannot
//   bind JS booleans at all; one integer form avoids both traps (use toBool/fromBool).
// - money / bigint: 64-bit integers on both (SQLite integer is 64-bit); pg int8 is parsed to
//   a number. Money is integer micro-dollars.
// - real: 8-byte floats on both (pg `real` would be 4 bytes).

/** Column data types for migrations, portable between SQLite and Postgres. */
export interface ColumnTypes {
  /** Prefixed, time-sortable ids (`agent_...`). */
  readonly id: ColumnDataType;
  /** A UTC instant, read back as an ISO 8601 string with milliseconds. */
  readonly timestamp: ColumnDataType;
  /** JSON as text: write with toJson, read with fromJson. */
  readonly json: ColumnDataType;
  /** 0 or 1: write with toBool, read with fromBool. */
  readonly bool: ColumnDataType;
  /** Integer micro-dollars, read back as a number. */
  readonly money: ColumnDataType;
  /** A 64-bit integer (counts), read back as a number. */
  readonly bigint: ColumnDataType;
  /** A double-precision float. */
  readonly real: ColumnDataType;
  /** A column default for `timestamp`: the current time, in the same ISO form nowIso() gives. */
  readonly now: RawBuilder<string>;
}

const SQLITE: ColumnTypes = Object.freeze({
  id: 'text',
  timestamp: 'text',
  json: 'text',
  bool: 'integer',
  money: 'integer',
  bigint: 'integer',
  real: 'real',
  // Parenthesised: SQLite accepts an expression as a default only in parentheses.
  now: sql<string>`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
});

const POSTGRES: ColumnTypes = Object.freeze({
  id: 'text',
  timestamp: 'timestamptz(3)',
  json: 'text',
  bool: 'integer',
  money: 'bigint',
  bigint: 'bigint',
  real: 'double precision',
  now: sql<string>`now()`,
});

/**
 * The column types to use in a migration, for the backend `db` talks to.
 *
 * @example
 * const t = columnTypes(db);
 * await db.schema.createTable('agents_agents')
 *   .addColumn('id', t.id, (c) => c.primaryKey())
 *   .addColumn('created_at', t.timestamp, (c) => c.notNull().defaultTo(t.now))
 *   .execute();
 */
export function columnTypes(db: AnyKysely): ColumnTypes {
  return dialectOf(db) === 'postgres' ? POSTGRES : SQLITE;
}

/** The current time as stored in a `timestamp` column: `2026-11-28T09:00:00.000Z`. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** A value for a `json` column. */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/** A `json` column's value, parsed. The type is the caller's claim: nothing here validates it. */
export function fromJson<T = unknown>(text: string): T {
  return JSON.parse(text) as T;
}

/** A value for a `bool` column. */
export function toBool(value: boolean): 0 | 1 {
  return value ? 1 : 0;
}

/** A `bool` column's value as a boolean. */
export function fromBool(value: number): boolean {
  return value !== 0;
}
