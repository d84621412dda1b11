// The storage layer's public surface. The test helper (forEachBackend) is in ./testing.js and
// deliberately not re-exported: it imports node:test, which production code must not load.
export type { Database, DialectName, OpenDatabaseOptions } from './database.js';
export { openDatabase } from './open-database.js';
export { maskDatabaseUrl, parseDatabaseUrl } from './database-url.js';
export type { DatabaseTarget, PostgresTarget, SqliteTarget } from './database-url.js';
export { dialectOf } from './dialect-of.js';
export type { AnyKysely } from './dialect-of.js';
export { columnTypes, fromBool, fromJson, nowIso, toBool, toJson } from './columns.js';
export type { ColumnTypes } from './columns.js';
export { migratePlugin, migrationTableBase, pendingMigrations } from './migrator.js';
export type { MigrationOutcome, MigrationSet } from './migrator.js';
