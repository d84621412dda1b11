import { hash, randomBytes } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** 40 base62 characters: about 238 bits of randomness (at least 128 are required). */
const secretLength = 40;
/** Characters of the secret kept visible after the mode prefix, to recognise a key in lists. */
const visibleLength = 4;

export const keyPattern = /^ig_(live|test)_[A-Za-z0-9]{20,128}$/;

/** A new secret key: `ig_live_...` or `ig_test_...`. */
export function generateKey(livemode: boolean): string {
  let secret = '';
  while (secret.length < secretLength) {
    for (const byte of randomBytes(secretLength)) {
      // 248 = 4 * 62: bytes above it are dropped so every character is equally likely.
      if (byte < 248 && secret.length < secretLength) secret += alphabet[byte % 62];
    }
  }
  return `ig_${livemode ? 'live' : 'test'}_${secret}`;
}

/** Keys are high-entropy, so a fast hash is enough to store them (no slow KDF needed). */
export function hashKey(key: string): string {
  // crypto.hash (Node 20.12+): one call on every request, without a Hash object.
  return hash('sha256', key, 'hex');
}

export function visiblePrefix(key: string): string {
  const modeEnd = key.indexOf('_', 3) + 1;
  return key.slice(0, modeEnd + visibleLength);
}
