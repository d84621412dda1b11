import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig } from '../config/index.js';
import { loadOrCreateMasterKey } from './master-key.js';
import { SecretBox } from './secret-box.js';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));

  it('opens what it sealed, and seals the same secret differently each time', () => {
    const a = box.seal('whsec_secret');
    assert.equal(box.open(a), 'whsec_secret');
    assert.notEqual(box.seal('whsec_secret'), a);
    assert.doesNotMatch(a, /whsec_secret/);
  });

  it('refuses a tampered ciphertext and another key', () => {
    const sealed = box.seal('igsec_abc');
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3] ?? '', 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    assert.throws(() => box.open([...parts.slice(0, 3), flipped.toString('base64url')].join('.')));
    assert.throws(() => new SecretBox(randomBytes(32)).open(sealed));
  });
});

describe('loadOrCreateMasterKey', () => {
  it('generates {data_dir}/master.key with mode 0600 once, then reads it back', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ig-master-'));
    const { core } = loadConfig({ env: { INFLUGENTIC_DATA_DIR: dataDir } });
    const first = loadOrCreateMasterKey(core);
    assert.equal(first.generated, true);
    assert.equal(statSync(join(dataDir, 'master.key')).mode & 0o777, 0o600);
    const second = loadOrCreateMasterKey(core);
    assert.equal(second.generated, false);
    assert.deepEqual(second.key, first.key);
  });

  it('prefers secrets.master_key from config', () => {
    const key = randomBytes(32).toString('base64');
    const { core } = loadConfig({ env: { INFLUGENTIC_MASTER_KEY: key, INFLUGENTIC_DATA_DIR: mkdtempSync(join(tmpdir(), 'ig-master-')) } });
    const loaded = loadOrCreateMasterKey(core);
    assert.equal(loaded.source, 'config');
    assert.equal(loaded.key.toString('base64'), key);
  });
});
