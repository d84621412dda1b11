import { PostgresAdapter, SqliteAdapter } from 'kysely';
import type { Kysely } from 'kysely';
import type { DialectName } from './database.js';

/** Any kysely instance or transaction, whatever its table types. */
export type AnyKysely = Pick<Kysely<unknown>, 'getExecutor'>;

/**
 * Which backend a kysely instance (or a transaction of one) talks to, read from its adapter,
 * so migrations and stores that receive only a Kysely can still choose dialect-specific SQL.
 */
export function dialectOf(db: AnyKysely): DialectName {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof PostgresAdapter) return 'postgres';
  if (adapter instanceof SqliteAdapter) return 'sqlite';
  throw new Error(
    `Unsupported kysely dialect (adapter ${adapter.constructor.name}): Influgentic runs on SQLite and Postgres only.`,
  );
}
