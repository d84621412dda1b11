import { sql } from 'kysely';
import type { Kysely } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/**
 * An open database, SQLite or Postgres, behind one kysely instance. Both return the same JS
 * values when tables use the types of columnTypes(): numbers for counts, ISO strings for times.
 *
 * On SQLite every query shares one connection, so an open transaction holds up all others:
 * never await the network (an LLM, a webhook) inside a transaction.
 *
 * @example
 * const db = await openDatabase({ url: 'sqlite:./data/influgentic.db' });
 * const rows = await db.tables<AgentTables>().selectFrom('agents_agents').selectAll().execute();
 */
export interface Database {
  readonly dialect: DialectName;
  /** The URL this database was opened with, password masked: safe for logs. */
  readonly url: string;
  /** Typed view for a plugin: `db.tables<AgentTables>()`. */
  tables<T>(): Kysely<T>;
  /** Untyped handle, for migrations and core internals (migrations build tables no type describes yet). */
  readonly kysely: Kysely<any>;
  /** Resolves when the database answers a query; throws when it is unreachable or closed. */
  ping(): Promise<void>;
  /** Closes the connection or pool; calling it again returns the same promise. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** `sqlite:<path>`, `sqlite::memory:`, or `postgres://...` / `postgresql://...` */
  readonly url: string;
  /** Postgres pool size; ignored by SQLite, which has one connection. Default 10. */
  readonly poolSize?: number;
}

export interface DatabaseParts {
  readonly dialect: DialectName;
  readonly url: string;
  readonly kysely: Kysely<any>;
  /** Runs before the connections close (SQLite stops its checkpoint thread here). */
  readonly beforeClose?: () => Promise<void>;
}

/** Builds the Database both backends share once each has made its kysely instance. */
export function databaseFromKysely({ dialect, url, kysely, beforeClose }: DatabaseParts): Database {
  let closing: Promise<void> | undefined;
  return Object.freeze({
    dialect,
    url,
    kysely,
    tables<T>(): Kysely<T> {
      return kysely;
    },
    async ping(): Promise<void> {
      await sql`select 1`.execute(kysely);
    },
    close(): Promise<void> {
      closing ??= (async () => {
        try {
          await beforeClose?.();
        } finally {
          await kysely.destroy();
        }
      })();
      return closing;
    },
  });
}
