import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { UsageError, progress, withApp } from './context.js';

/**
 * `influgentic backup <file>`: an online, consistent copy of a SQLite database (VACUUM INTO
 * runs in one read transaction, so the server can keep serving). Postgres has pg_dump.
 */
export async function backup(argv: readonly string[]): Promise<void> {
  const [target] = argv;
  if (!target) throw new UsageError('usage: influgentic backup <file>');
  const file = resolve(target);
  if (existsSync(file)) throw new UsageError(`${file} exists; choose a new file name`);
  await withApp(async (app, config) => {
    if (app.db.dialect !== 'sqlite') {
      throw new UsageError('the database is Postgres: back it up with pg_dump (e.g. pg_dump -Fc "$INFLUGENTIC_DATABASE_URL" > backup.dump)');
    }
    progress(`copying ${app.db.url} to ${file}...`);
    await sql`vacuum into ${file}`.execute(app.db.kysely);
    progress(`done. Keep the master key with it: ${config.core.secrets.master_key ? 'secrets.master_key in your configuration' : `${config.core.data_dir}/master.key`}`);
  });
}
