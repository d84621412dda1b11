import { CompiledQuery, type DialectAdapter, type QueryResult } from 'kysely';
import type { AnyKysely } from './dialect-of.js';
import type { SqliteConnection } from './statement-cache.js';

/**
 * What the SQLite driver knows of its one connection, kept up to date by the driver (see
 * open-sqlite.ts): whether kysely has handed it out (a query, a transaction) and whether a
 * transaction is open on it.
 */
export interface SqliteConnectionState {
  held: boolean;
  transactionOpen: boolean;
}

interface Direct {
  readonly connection: SqliteConnection;
  readonly state: SqliteConnectionState;
}

// Keyed by the dialect's adapter: kysely makes one per Kysely instance and hands the same one
// to every transaction and plugin handle derived from it, and exposes it on the executor.
const directs = new WeakMap<DialectAdapter, Direct>();

/** Called once per SQLite database opened: its adapter, connection and connection state. */
export function registerSqliteDirect(adapter: DialectAdapter, connection: SqliteConnection, state: SqliteConnectionState): void {
  directs.set(adapter, { connection, state });
}

/**
 * Runs a compiled statement on the SQLite connection itself, without kysely's connection
 * provider, when that is safe; undefined when it is not and kysely must run it.
 *
 * better-sqlite3 runs a statement synchronously, so no other query can interleave with it;
 * what kysely's connection mutex adds is that a query outside a transaction waits for an
 * open transaction to finish instead of running inside it. So: on a transaction handle, run
 * directly while a transaction is open (SQLite has one connection, so the open one is that
 * handle's); on any other handle, only while kysely has not handed the connection out. A
 * handle with kysely plugins is left to kysely, which transforms their results.
 *
 * Per statement this saves kysely's chain of promises (mutex, connection provider, result
 * transform): about ten microtask turns and a kilobyte of garbage, on every request.
 */
export function runSqliteDirect<Row>(db: AnyKysely, sql: string, parameters: readonly unknown[]): QueryResult<Row> | undefined {
  const executor = db.getExecutor();
  const direct = directs.get(executor.adapter);
  if (direct === undefined || executor.plugins.length > 0) return undefined;
  const { state } = direct;
  const inTransaction = (db as { readonly isTransaction?: boolean }).isTransaction === true;
  if (inTransaction ? !state.transactionOpen : state.held) return undefined;
  const statement = direct.connection.prepare(sql);
  // The same result kysely's SqliteConnection gives.
  if (statement.reader) return { rows: statement.all(parameters) as Row[] };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}

/** Runs SQL text with its parameters: on the SQLite connection itself when runSqliteDirect may, otherwise through kysely. */
export function runSql<Row>(db: AnyKysely, sql: string, parameters: unknown[]): QueryResult<Row> | Promise<QueryResult<Row>> {
  return runSqliteDirect<Row>(db, sql, parameters) ?? db.getExecutor().executeQuery<Row>(CompiledQuery.raw(sql, parameters));
}
