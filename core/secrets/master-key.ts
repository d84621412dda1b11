import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreConfig } from '../config/index.js';

export interface MasterKey {
  readonly key: Buffer;
  /** Where it came from: `config` or the file path. */
  readonly source: string;
  /** True when this call generated the file. */
  readonly generated: boolean;
}

export function masterKeyPath(dataDir: string): string {
  return join(dataDir, 'master.key');
}

/**
 * The master key that encrypts stored secrets (webhook signing secrets): from
 * `secrets.master_key` when set, else `{data_dir}/master.key`, generated (mode 0600) on the
 * first run. Losing it makes those secrets unreadable: back it up with the database.
 */
export function loadOrCreateMasterKey(config: CoreConfig): MasterKey {
  if (config.secrets.master_key) return { key: Buffer.from(config.secrets.master_key, 'base64'), source: 'config', generated: false };
  const path = masterKeyPath(config.data_dir);
  if (existsSync(path)) {
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`${path} does not hold a 32-byte base64 master key`);
    return { key, source: path, generated: false };
  }
  mkdirSync(config.data_dir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  writeFileSync(path, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return { key, source: path, generated: true };
}
