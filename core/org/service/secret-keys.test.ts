import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateKey, hashKey, keyPattern, visiblePrefix } from './secret-keys.js';

describe('secret keys', () => {
  it('are ig_live_ or ig_test_ with 40 base62 characters (over 128 bits)', () => {
    const live = generateKey(true);
    assert.match(live, /^ig_live_[A-Za-z0-9]{40}$/);
    assert.match(generateKey(false), /^ig_test_[A-Za-z0-9]{40}$/);
    assert.ok(40 * Math.log2(62) >= 128);
    assert.ok(keyPattern.test(live));
  });

  it('never repeat, and keep only a short prefix visible', () => {
    const keys = new Set(Array.from({ length: 2000 }, () => generateKey(true)));
    assert.equal(keys.size, 2000);
    assert.match(visiblePrefix('ig_test_AbCdEfGh'), /^ig_test_AbCd$/);
  });

  it('are stored as a SHA-256 hash', () => {
    assert.equal(hashKey('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.notEqual(hashKey('ig_test_x'), hashKey('ig_test_y'));
  });
});
