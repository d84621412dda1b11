import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import { definePlugin } from '../plugin/define.js';

export interface SecretsTables {
  readonly secrets_master_key: { readonly id: number; readonly fingerprint: string; readonly created_at: string };
}

/** Identifies a master key without revealing it: an HMAC of a fixed text under the key. */
export function fingerprintOf(key: Buffer): string {
  return createHmac('sha256', key).update('influgentic master key check').digest('hex').slice(0, 32);
}

/** Thrown when this process's master key is not the one the database's secrets were sealed with. */
export class MasterKeyMismatchError extends Error {
  override readonly name = 'MasterKeyMismatchError';
}

/**
 * Remembers which master key a database's secrets are sealed with. Every process on one
 * database must use the same key (secrets.master_key); one that generated its own would
 * seal webhook secrets no other process can open, so it refuses to start instead.
 */
export async function checkMasterKey(db: Kysely<SecretsTables>, key: Buffer, now: string): Promise<void> {
  const fingerprint = fingerprintOf(key);
  await db.insertInto('secrets_master_key').values({ id: 1, fingerprint, created_at: now }).onConflict((conflict) => conflict.column('id').doNothing()).execute();
  const stored = await db.selectFrom('secrets_master_key').select('fingerprint').where('id', '=', 1).executeTakeFirstOrThrow();
  if (stored.fingerprint !== fingerprint) {
    throw new MasterKeyMismatchError(
      'this database was first used with another master key: set secrets.master_key (INFLUGENTIC_MASTER_KEY) to that key on every process, ' +
        'or copy its master.key into this data directory; without it, stored webhook secrets cannot be read',
    );
  }
}

export const secretsPlugin = definePlugin({
  name: 'secrets',
  version: '1.0.0',
  migrations: {
    '2026_11_28_001_create_master_key_check': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('secrets_master_key')
          .addColumn('id', 'integer', (c) => c.primaryKey())
          .addColumn('fingerprint', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
      },
    },
  },
});
