import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe } from 'node:test';
import { sql } from 'kysely';
import type { Database, DialectName } from './database.js';
import { maskDatabaseUrl, parseDatabaseUrl } from './database-url.js';
import { openDatabase } from './open-database.js';
import { openPostgres } from './open-postgres.js';

export interface TestBackend {
  readonly name: DialectName;
  /** A new, empty, isolated database (sqlite: a temp file; postgres: a fresh schema), closed and dropped after the suite. */
  fresh(): Promise<Database>;
  /** The URL of a new isolated database, for spawned server processes; dropped after the suite. */
  freshUrl(): Promise<string>;
}

interface DisposableBackend extends TestBackend {
  dispose(): Promise<void>;
}

/**
 * Runs the suite once per backend: always SQLite, and Postgres too when INFLUGENTIC_TEST_PG_URL
 * is set (e.g. postgres://postgres@127.0.0.1:5432/test). Each run sits in `describe('sqlite')`
 * or `describe('postgres')`; what `fresh()` and `freshUrl()` created is removed after it.
 *
 * @example
 * forEachBackend((backend) => {
 *   it('stores an agent', async () => {
 *     const db = await backend.fresh();
 *     await migratePlugin(db, 'agents', migrations);
 *     // ...
 *   });
 * });
 */
export function forEachBackend(suite: (backend: TestBackend) => void): void {
  runOn(sqliteBackend(), suite);
  // Tests are the one place besides core/config that reads the environment: which servers
  // exist on this machine is not application configuration.
  const pgUrl = process.env['INFLUGENTIC_TEST_PG_URL'];
  if (pgUrl !== undefined && pgUrl !== '') runOn(postgresBackend(pgUrl), suite);
  // Shown as skipped, so a green run without Postgres does not pass for a run with it.
  else describe('postgres', { skip: 'set INFLUGENTIC_TEST_PG_URL to run on Postgres too' }, () => undefined);
}

function runOn(backend: DisposableBackend, suite: (backend: TestBackend) => void): void {
  describe(backend.name, () => {
    const { name, fresh, freshUrl } = backend;
    suite(Object.freeze({ name, fresh, freshUrl }));
    // Registered after the suite's own hooks, so it runs after them: they may still use the databases.
    after(() => backend.dispose());
  });
}

function sqliteBackend(): DisposableBackend {
  let directory: string | undefined;
  let count = 0;
  const opened: Database[] = [];

  async function freshUrl(): Promise<string> {
    directory ??= mkdtempSync(join(tmpdir(), 'influgentic-test-'));
    count += 1;
    return `sqlite:${join(directory, `db-${count}.db`)}`;
  }

  return {
    name: 'sqlite',
    freshUrl,
    async fresh() {
      const db = await openDatabase({ url: await freshUrl() });
      opened.push(db);
      return db;
    },
    async dispose() {
      await Promise.allSettled(opened.map((db) => db.close()));
      if (directory !== undefined) rmSync(directory, { recursive: true, force: true });
    },
  };
}

function postgresBackend(baseUrl: string): DisposableBackend {
  if (parseDatabaseUrl(baseUrl).dialect !== 'postgres') {
    throw new Error('INFLUGENTIC_TEST_PG_URL must be a postgres:// URL, e.g. postgres://postgres@127.0.0.1:5432/test');
  }
  let admin: Promise<Database> | undefined;
  const schemas: string[] = [];
  const opened: Database[] = [];

  async function freshUrl(): Promise<string> {
    admin ??= openDatabase({ url: baseUrl, poolSize: 1 });
    // Lowercase hex keeps it a valid unquoted identifier and within the schema= rule.
    const schema = `t_${randomBytes(6).toString('hex')}`;
    await sql`create schema ${sql.id(schema)}`.execute((await admin).kysely);
    schemas.push(schema);
    const url = new URL(baseUrl);
    url.searchParams.set('schema', schema);
    return url.toString();
  }

  return {
    name: 'postgres',
    freshUrl,
    async fresh() {
      const db = openTestPool(await freshUrl());
      opened.push(db);
      return db;
    },
    async dispose() {
      await Promise.allSettled(opened.map((db) => db.close()));
      if (admin === undefined) return;
      const db = await admin;
      try {
        for (const schema of schemas) {
          await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db.kysely);
        }
      } finally {
        await db.close();
      }
    },
  };
}

/**
 * A suite keeps every database it asked for open until it ends, and test files run in
 * parallel: small pools whose idle clients close quickly keep the total under max_connections.
 */
function openTestPool(url: string): Database {
  const target = parseDatabaseUrl(url);
  if (target.dialect !== 'postgres') throw new Error(`not a postgres URL: ${maskDatabaseUrl(url)}`);
  return openPostgres(target, maskDatabaseUrl(url), { poolSize: 4, idleTimeoutMillis: 1000 });
}
