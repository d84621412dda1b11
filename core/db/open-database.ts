import type { Database, OpenDatabaseOptions } from './database.js';
import { maskDatabaseUrl, parseDatabaseUrl } from './database-url.js';
import { openPostgres } from './open-postgres.js';
import { openSqlite } from './open-sqlite.js';

/**
 * Opens the database a URL names: SQLite for `sqlite:` URLs, a Postgres pool for `postgres://`.
 * An unknown scheme throws an Error naming it and the accepted forms, fit for a start-up message.
 *
 * @example
 * const db = await openDatabase({ url: 'sqlite:./data/influgentic.db' });
 * await db.ping();
 * await db.close();
 */
export async function openDatabase({ url, poolSize }: OpenDatabaseOptions): Promise<Database> {
  const target = parseDatabaseUrl(url);
  const masked = maskDatabaseUrl(url);
  return target.dialect === 'sqlite' ? openSqlite(target, masked) : openPostgres(target, masked, { poolSize });
}
