import { createHmac, randomBytes } from 'node:crypto';

// What `new Webhook(secret)` of the standardwebhooks package decodes after `whsec_`: the
// standard alphabet, at most two `=`, padding optional (so `whsec_` + unpadded base64 too),
// four characters at least.
const WHSEC = /^whsec_((?=.{4})[A-Za-z0-9+/]+={0,2})$/;

/** A new signing secret: `whsec_` + base64 of 32 random bytes, as Standard Webhooks libraries expect. */
export function generateSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * A secret that claims the `whsec_` form but is not base64 after it: Standard Webhooks
 * libraries (`new Webhook(secret)`) cannot decode it, so no receiver could verify it.
 */
export function isMalformedWhsec(secret: string): boolean {
  return secret.startsWith('whsec_') && !WHSEC.test(secret);
}

/**
 * The HMAC key of a secret: the base64-decoded part after `whsec_` for secrets of that
 * form (what `new Webhook(secret)` uses), the UTF-8 bytes of anything else (a user's
 * `igsec_...`; verify those with `new Webhook(secret, { format: 'raw' })`).
 */
export function hmacKey(secret: string): Buffer {
  const match = WHSEC.exec(secret);
  if (match?.[1]) return Buffer.from(match[1], 'base64');
  return Buffer.from(secret, 'utf8');
}

/**
 * The Standard Webhooks headers of one attempt: `v1,<base64 HMAC-SHA256 of
 * "{id}.{timestamp}.{body}">` per secret, space-separated (two during a rotation).
 */
export function signatureHeaders(secrets: readonly string[], messageId: string, timestampSeconds: number, body: string): Record<string, string> {
  const signed = `${messageId}.${timestampSeconds}.${body}`;
  const signatures = secrets.map((secret) => `v1,${createHmac('sha256', hmacKey(secret)).update(signed, 'utf8').digest('base64')}`);
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': signatures.join(' '),
  };
}
