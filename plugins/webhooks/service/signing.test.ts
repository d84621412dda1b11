import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { generateSecret, hmacKey, isMalformedWhsec, signatureHeaders } from './signing.js';

describe('signing', () => {
  it('generates whsec_ + base64 of 32 random bytes, different every time', () => {
    const a = generateSecret();
    assert.match(a, /^whsec_[A-Za-z0-9+/]{43}=$/);
    assert.equal(hmacKey(a).length, 32);
    assert.notEqual(a, generateSecret());
  });

  it('uses the base64-decoded bytes of whsec_ secrets and the UTF-8 bytes of any other form', () => {
    assert.deepEqual(hmacKey('whsec_AAECAwQFBgcICQoLDA0ODw=='), Buffer.from([...Array(16).keys()]));
    assert.deepEqual(hmacKey('igsec_your_secret_here'), Buffer.from('igsec_your_secret_here', 'utf8'));
    // Not base64 after the prefix: the whole string is the key.
    assert.deepEqual(hmacKey('whsec_not base64!!'), Buffer.from('whsec_not base64!!', 'utf8'));
  });

  it('reads whsec_ secrets exactly as the standardwebhooks library does, padded or not, and calls malformed what it cannot decode', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ !';
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const fixed = [generateSecret(), 'whsec_AAECAwQFBgcICQoLDA0ODw==', 'whsec_AAECAwQFBgcICQoLDA0ODw', 'whsec_mysecretpassword1', 'whsec_mysecretpassword12', 'whsec_abcde=', 'whsec_abc', 'whsec_ab==', 'whsec_a===', 'whsec_not base64!!'];
    const made = Array.from({ length: 400 }, () => `whsec_${Array.from({ length: 1 + Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * (random() < 0.9 ? 64 : alphabet.length))]).join('')}${'='.repeat(Math.floor(random() * 4))}`);
    const body = '{"type":"signal.fired"}';
    const now = Math.floor(Date.now() / 1000);
    for (const secret of [...fixed, ...made]) {
      let library: Webhook | undefined;
      try {
        library = new Webhook(secret);
      } catch {
        library = undefined;
      }
      assert.equal(isMalformedWhsec(secret), library === undefined, secret);
      if (library) assert.deepEqual(library.verify(body, signatureHeaders([secret], 'evt_1', now, body)), JSON.parse(body), secret);
    }
  });

  it('makes headers the standardwebhooks library verifies, one signature per secret', () => {
    const secret = generateSecret();
    const body = JSON.stringify({ type: 'signal.fired', timestamp: '2026-11-28T00:00:00.000Z', data: { n: 1 } });
    const now = Math.floor(Date.now() / 1000);
    const headers = signatureHeaders([secret, 'igsec_your_secret_here'], 'evt_1', now, body);
    assert.equal(headers['webhook-id'], 'evt_1');
    assert.equal(headers['webhook-timestamp'], String(now));
    assert.equal(headers['webhook-signature']!.split(' ').length, 2);
    assert.deepEqual(new Webhook(secret).verify(body, headers), JSON.parse(body));
    assert.deepEqual(new Webhook('igsec_your_secret_here', { format: 'raw' }).verify(body, headers), JSON.parse(body));
    assert.throws(() => new Webhook(secret).verify(`${body} `, headers), /signature/i);
  });
});
