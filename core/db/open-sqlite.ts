import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type DialectAdapter, type Driver, type SqliteDialectConfig } from 'kysely';
import { databaseFromKysely } from './database.js';
import type { Database } from './database.js';
import type { SqliteTarget } from './database-url.js';
import { startCheckpointer, type Checkpointer } from './sqlite-checkpointer.js';
import { registerSqliteDirect, type SqliteConnectionState } from './sqlite-direct.js';
import { cachingConnection, type SqliteConnection } from './statement-cache.js';

const BUSY_TIMEOUT_MS = 5000;

/** Opens (creating if needed) a SQLite file, or an in-memory database, tuned for a server. */
export function openSqlite(target: SqliteTarget, url: string): Database {
  const inMemory = target.filename === ':memory:';
  const created = !inMemory && !existsSync(target.filename);
  // Customer data: readable by the server's user only (SQLite gives its -wal and -shm files
  // the database file's permissions).
  if (!inMemory) mkdirSync(dirname(target.filename), { recursive: true, mode: 0o700 });
  const connection = new SqliteDatabase(target.filename, { timeout: BUSY_TIMEOUT_MS });
  if (created) chmodSync(target.filename, 0o600);
  let checkpointer: Checkpointer | undefined;
  try {
    applyPragmas(connection, inMemory);
    // A file's WAL is checkpointed on a thread of its own, not inside commits on the event loop.
    if (!inMemory) checkpointer = startCheckpointer(connection, target.filename);
  } catch (error) {
    connection.close();
    throw error;
  }
  const running = checkpointer;
  return databaseFromKysely({
    dialect: 'sqlite',
    url,
    kysely: new Kysely({ dialect: new ImmediateSqliteDialect(cachingConnection(connection)) }),
    ...(running === undefined ? {} : { beforeClose: () => running.stop() }),
  });
}

function applyPragmas(connection: SqliteDatabase.Database, inMemory: boolean): void {
  if (!inMemory) {
    // WAL lets readers (a CLI, a backup) work while the server writes; memory has no journal file.
    const mode: unknown = connection.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') {
      throw new Error(`SQLite could not switch ${connection.name} to WAL (journal_mode is "${String(mode)}").`);
    }
  }
  // Off by default in SQLite, per connection: without it, REFERENCES clauses are decoration.
  connection.pragma('foreign_keys = ON');
  // Waits for another process's write lock (the CLI, a second server) instead of failing at once.
  connection.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // With WAL, NORMAL is durable against application crashes and only risks the last
  // transactions on power loss, for far fewer fsyncs than FULL.
  connection.pragma('synchronous = NORMAL');
}

/**
 * Transactions begin IMMEDIATE, taking the write lock up front. A deferred transaction that
 * reads and then writes fails at once with SQLITE_BUSY ("database is locked") when another
 * process (a CLI command, a second server) committed in between, and busy_timeout cannot
 * help it: its snapshot is stale. Taken up front, the lock waits for busy_timeout instead.
 * Within one process transactions already run one at a time on the single connection.
 *
 * The driver also keeps the connection's state (handed out, in a transaction) for
 * Precompiled statements, which run on the connection directly when that is safe
 * (sqlite-direct.ts); the adapter is how they find this connection.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  readonly #connection: SqliteConnection;
  readonly #state: SqliteConnectionState = { held: false, transactionOpen: false };

  constructor(connection: SqliteConnection) {
    const config: SqliteDialectConfig = { database: connection as unknown as SqliteDatabase.Database };
    super(config);
    this.#config = config;
    this.#connection = connection;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config, this.#state);
  }

  override createAdapter(): DialectAdapter {
    const adapter = super.createAdapter();
    registerSqliteDirect(adapter, this.#connection, this.#state);
    return adapter;
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  constructor(
    config: SqliteDialectConfig,
    private readonly state: SqliteConnectionState,
  ) {
    super(config);
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    this.state.held = true;
    return connection;
  }

  override async releaseConnection(): Promise<void> {
    this.state.held = false;
    await super.releaseConnection();
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    this.state.transactionOpen = true;
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await super.commitTransaction(connection);
    } finally {
      this.state.transactionOpen = false;
    }
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await super.rollbackTransaction(connection);
    } finally {
      this.state.transactionOpen = false;
    }
  }
}
