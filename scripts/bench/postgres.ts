// The benches' Postgres: a throwaway schema on INFLUGENTIC_BENCH_PG_URL (default
// INFLUGENTIC_TEST_PG_URL, else the local server), created for one measurement and dropped.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { openDatabase } from '../../core/db/index.js';

/** Runs `measure` with the URL of a fresh schema; a line saying why it was skipped when no Postgres answers. */
export async function inThrowawaySchema<T>(measure: (url: string) => Promise<T>): Promise<T | string> {
  const base = process.env['INFLUGENTIC_BENCH_PG_URL'] || process.env['INFLUGENTIC_TEST_PG_URL'] || 'postgres://postgres@127.0.0.1:5432/test';
  const admin = await openDatabase({ url: base, poolSize: 1 });
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  try {
    await sql`create schema ${sql.id(schema)}`.execute(admin.kysely);
  } catch (error) {
    await admin.close();
    return `skipped: no Postgres at ${admin.url} (${(error as Error).message})`;
  }
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  try {
    return await measure(url.toString());
  } finally {
    await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.kysely);
    await admin.close();
  }
}
