import { isIP } from 'node:net';
import { webhookErrors } from '../errors.js';
import { unsafeAddressReason } from './address-policy.js';

/** The host of a URL as a bare name or address (`[::1]` -> `::1`). */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/**
 * What can be refused before any DNS: a literal address that is not public, or a name that
 * is loopback by definition (`localhost`). Other names are resolved and checked at each
 * delivery, against the very address connected to. WHATWG URL parsing has already turned
 * `http://2130706433/` and `http://0x7f.1/` into `127.0.0.1`.
 */
export function checkWebhookUrl(raw: string, field: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw webhookErrors.UNSAFE_WEBHOOK_URL(`${field} is not a URL`, { errors: [{ field, code: 'invalid_url', message: 'is not an absolute URL' }] });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw webhookErrors.UNSAFE_WEBHOOK_URL(`${field} must use https or http`, { errors: [{ field, code: 'unsupported_scheme', message: 'must be https or http' }] });
  }
  if (url.username !== '' || url.password !== '') {
    throw webhookErrors.UNSAFE_WEBHOOK_URL(`${field} must not carry credentials`, {
      errors: [{ field, code: 'credentials_in_url', message: 'must not contain a user name or password; authenticate receivers by the signature' }],
    });
  }
  if (allowPrivate) return url;
  const host = hostOf(url);
  const reason = isIP(host) !== 0 ? unsafeAddressReason(host) : isLocalName(host) ? 'loopback (localhost)' : undefined;
  if (reason !== undefined) {
    throw webhookErrors.UNSAFE_WEBHOOK_URL(`${field} points at ${host}, a ${reason} address; webhooks go to public addresses only`, {
      errors: [{ field, code: 'unsafe_address', message: `${host} is ${reason}` }],
      extensions: { address: host, reason },
    });
  }
  return url;
}

function isLocalName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}
