import { Kysely, PostgresDialect, PostgresIntrospector, type DatabaseIntrospector, type DatabaseMetadataOptions, type TableMetadata } from 'kysely';
import pg from 'pg';
import type { ClientBase } from 'pg';
import { databaseFromKysely } from './database.js';
import type { Database } from './database.js';
import type { PostgresTarget } from './database-url.js';
import { pgTypeParsers } from './pg-type-parsers.js';

export const DEFAULT_POOL_SIZE = 10;

export interface PoolTuning {
  readonly poolSize?: number;
  /** How long an idle client stays open; pg's default is 10 s. Tests shorten it. */
  readonly idleTimeoutMillis?: number;
}

/**
 * Opens a pg pool. Nothing connects until the first query, so a server can start, and
 * report itself not ready, while its database is down.
 */
export function openPostgres(
  target: PostgresTarget,
  url: string,
  { poolSize = DEFAULT_POOL_SIZE, idleTimeoutMillis }: PoolTuning = {},
): Database {
  if (!Number.isInteger(poolSize) || poolSize < 1) {
    throw new Error(`Invalid Postgres pool size ${String(poolSize)}: expected a whole number of at least 1.`);
  }
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: poolSize,
    ...(idleTimeoutMillis === undefined ? {} : { idleTimeoutMillis }),
    types: pgTypeParsers,
    options: startupOptions(target),
    // Names our sessions in pg_stat_activity; an application_name in the URL takes precedence.
    application_name: 'influgentic',
    ...(target.schema === undefined ? {} : { onConnect: schemaCreator(target.schema) }),
  });
  // An idle client that loses its server emits 'error' on the pool, and an unhandled 'error'
  // would end the process. The next query fails on its own and ping() reports it to /readyz.
  pool.on('error', () => undefined);
  return databaseFromKysely({
    dialect: 'postgres',
    url,
    kysely: new Kysely({ dialect: new RetryingIntrospectionDialect({ pool }) }),
  });
}

/**
 * Session settings sent with the connection itself, so every pooled client has them before
 * its first query. TimeZone=UTC makes now()::text and date arithmetic agree with SQLite,
 * which knows no other zone. Options from the URL come last, so a user can still override.
 */
function startupOptions({ schema, options }: PostgresTarget): string {
  const ours = [...(schema === undefined ? [] : [`-c search_path=${schema}`]), '-c TimeZone=UTC'];
  return [...ours, ...(options === undefined ? [] : [options])].join(' ');
}

/**
 * Creates the URL's schema on first connection if it is missing, so `?schema=name` works on an
 * empty database. It looks before creating: CREATE SCHEMA checks the CREATE privilege even
 * when the schema exists, and a user may own tables in a schema without holding it.
 */
function schemaCreator(schema: string): (client: ClientBase) => Promise<void> {
  let ensured: Promise<void> | undefined;
  return function ensureSchema(client: ClientBase): Promise<void> {
    ensured ??= createIfMissing(client, schema).catch((error: unknown) => {
      ensured = undefined; // the server may come back; try again on the next connection
      throw error;
    });
    return ensured;
  };
}

async function createIfMissing(client: ClientBase, schema: string): Promise<void> {
  if (await schemaExists(client, schema)) return;
  try {
    // The name was checked against ^[a-z_][a-z0-9_]{0,62}$, so quoting it is enough.
    await client.query(`create schema if not exists "${schema}"`);
  } catch (error) {
    // Another process may have created it between our look and our create.
    if (!(await schemaExists(client, schema))) throw error;
  }
}

async function schemaExists(client: ClientBase, schema: string): Promise<boolean> {
  const result = await client.query('select 1 from pg_namespace where nspname = $1', [schema]);
  return result.rowCount !== null && result.rowCount > 0;
}

/**
 * kysely's Postgres introspector lists the tables of every schema in one query that calls
 * pg_get_serial_sequence on each; a schema dropped by another session while it runs fails it
 * with `42P01 relation ... does not exist` (or `3F000 schema ... does not exist`). The migrator asks it whether its own table
 * exists, so a test database (one schema per test) or another tenant's migration could fail
 * ours. The listing is simply taken again.
 */
class RetryingIntrospectionDialect extends PostgresDialect {
  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new RetryingIntrospector(db);
  }
}

class RetryingIntrospector extends PostgresIntrospector {
  override getTables(options?: DatabaseMetadataOptions): Promise<TableMetadata[]> {
    return listAgainIfDropped(() => super.getTables(options));
  }
}

/** What a listing across schemas fails with when another session drops a table or a schema meanwhile. */
const DROPPED_MEANWHILE = new Set(['42P01', '3F000']);

/** Runs `list`, again (up to `attempts` in all) while it fails because something was dropped under it. */
export async function listAgainIfDropped<T>(list: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await list();
    } catch (error) {
      if (attempt >= attempts || !DROPPED_MEANWHILE.has(String((error as { code?: unknown }).code))) throw error;
    }
  }
}
