import type SqliteDatabase from 'better-sqlite3';

/** What kysely's SqliteDialect needs of a connection. */
export interface SqliteConnection {
  close(): void;
  prepare(sql: string): SqliteDatabase.Statement;
}

/**
 * kysely prepares every query anew; on a server the same few statements run over and over,
 * and preparing costs more than running them. This reuses a prepared statement per SQL text
 * (up to `size`, least recently used dropped). A statement still busy iterating (a streamed
 * query) is not shared: that call gets a fresh one.
 */
export function cachingConnection(connection: SqliteDatabase.Database, size = 500): SqliteConnection {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => connection.close(),
    prepare(sql) {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        // Re-insert: Map keeps insertion order, so the first key is the least recently used.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = connection.prepare(sql);
      if (!cached) {
        cache.set(sql, statement);
        if (cache.size > size) cache.delete(cache.keys().next().value as string);
      }
      return statement;
    },
  };
}
