import { Migrator, sql } from 'kysely';
import type { Kysely, Migration, MigrationResult } from 'kysely';
import type { Database } from './database.js';

/** A plugin's migrations by name. Names are dated and sort in run order: '2026_11_28_001_create_agents'. */
export type MigrationSet = Readonly<Record<string, Migration>>;

export interface MigrationOutcome {
  readonly plugin: string;
  /** The migrations this call ran, in order; empty when the plugin was already current. */
  readonly applied: readonly string[];
}

const PLUGIN_NAME = /^[a-z][a-z0-9_]*$/;
const MIGRATION_NAME = /^\d{4}_\d{2}_\d{2}_\d{3}_[a-z0-9_]+$/;
// Postgres truncates identifiers at 63 bytes; the longest table we name is '<plugin>_migrations_lock'.
const MAX_PLUGIN_LENGTH = 63 - '_migrations_lock'.length;

/**
 * Runs a plugin's pending migrations, each in its own transaction, and reports which ran.
 * Each plugin keeps its own migration table (`<plugin>_migrations`), because kysely refuses a
 * migration that sorts before one already run, and plugins are written and dated independently.
 * A failure throws an Error naming the plugin and the migration; the ones before it stay applied.
 *
 * On SQLite a migration's transaction means `PRAGMA foreign_keys` cannot be switched inside it.
 *
 * @example
 * const { applied } = await migratePlugin(db, 'agents', migrations);
 */
export async function migratePlugin(db: Database, plugin: string, migrations: MigrationSet): Promise<MigrationOutcome> {
  const migrator = await pluginMigrator(db, plugin, migrations);
  const applied: string[] = [];
  // One migration per round, so each gets its own transaction on Postgres (kysely would run a
  // whole batch in one and roll back the good ones with the bad), matching SQLite.
  for (;;) {
    const { error, results = [] } = await migrator.migrateUp();
    if (error !== undefined) throw migrationError(plugin, results, error);
    const ran = results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
    if (ran.length === 0) return { plugin, applied };
    applied.push(...ran);
  }
}

/**
 * The names of a plugin's migrations not yet run, in run order; [] when it is current (for /readyz).
 */
export async function pendingMigrations(
  db: Database,
  plugin: string,
  migrations: MigrationSet,
): Promise<readonly string[]> {
  const migrator = await pluginMigrator(db, plugin, migrations);
  const known = await migrator.getMigrations();
  return known.filter((info) => info.executedAt === undefined).map((info) => info.name);
}

async function pluginMigrator(db: Database, plugin: string, migrations: MigrationSet): Promise<Migrator> {
  const table = migrationTableBase(plugin);
  checkMigrationNames(plugin, migrations);
  return new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => inOwnTransactions(migrations) },
    migrationTableName: `${table}_migrations`,
    migrationLockTableName: `${table}_migrations_lock`,
    // kysely decides whether its table exists by looking in every schema; naming ours keeps a
    // database isolated in a schema from seeing another schema's table of the same name.
    ...(db.dialect === 'postgres' ? { migrationTableSchema: await currentSchema(db.kysely) } : {}),
  });
}

/** The prefix of a plugin's migration tables: its name, hyphens made underscores. */
export function migrationTableBase(plugin: string): string {
  const base = plugin.replaceAll('-', '_');
  if (!PLUGIN_NAME.test(base) || base.length > MAX_PLUGIN_LENGTH) {
    throw new Error(
      `Invalid plugin name "${plugin}" for migrations: expected lowercase letters, digits and underscores ` +
        `(hyphens become underscores), starting with a letter, at most ${MAX_PLUGIN_LENGTH} characters.`,
    );
  }
  return base;
}

function checkMigrationNames(plugin: string, migrations: MigrationSet): void {
  const bad = Object.keys(migrations).filter((name) => !MIGRATION_NAME.test(name));
  if (bad.length > 0) {
    throw new Error(
      `Plugin "${plugin}" has migrations with undated names (${bad.join(', ')}): ` +
        "name them 'YYYY_MM_DD_NNN_what_it_does', e.g. '2026_11_28_001_create_agents', so they sort in run order.",
    );
  }
}

/**
 * kysely runs SQLite migrations outside any transaction, so a failing one could leave half its
 * DDL behind. Wrapping each makes it all-or-nothing on both backends; on Postgres kysely already
 * hands us a transaction.
 */
function inOwnTransactions(migrations: MigrationSet): Record<string, Migration> {
  const wrapped: Record<string, Migration> = {};
  for (const [name, migration] of Object.entries(migrations)) {
    const { up, down } = migration;
    wrapped[name] = {
      up: (db) => inTransaction(db, up),
      ...(down === undefined ? {} : { down: (db: Kysely<any>) => inTransaction(db, down) }),
    };
  }
  return wrapped;
}

function inTransaction(db: Kysely<any>, step: (db: Kysely<any>) => Promise<void>): Promise<void> {
  return db.isTransaction ? step(db) : db.transaction().execute((trx) => step(trx));
}

function migrationError(plugin: string, results: readonly MigrationResult[], cause: unknown): Error {
  const failed = results.find((result) => result.status === 'Error')?.migrationName;
  const reason = cause instanceof Error ? cause.message : String(cause);
  const what = failed === undefined ? `Migrations of plugin "${plugin}"` : `Migration "${failed}" of plugin "${plugin}"`;
  return new Error(`${what} failed: ${reason}`, { cause });
}

async function currentSchema(db: Kysely<any>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (schema === undefined || schema === null) {
    throw new Error('Postgres has no current schema: no schema on the search_path exists.');
  }
  return schema;
}
