import { defineErrors } from '../http/errors.js';

/** Who may call: 401 when the key is not usable (the code says why), 403 when it may not do this. */
export const authErrors = defineErrors({
  MISSING_API_KEY: { status: 401, title: 'API key required' },
  MALFORMED_API_KEY: { status: 401, title: 'Malformed API key' },
  UNKNOWN_API_KEY: { status: 401, title: 'Unknown API key' },
  REVOKED_API_KEY: { status: 401, title: 'Revoked API key' },
  EXPIRED_API_KEY: { status: 401, title: 'Expired API key' },
  INSUFFICIENT_SCOPE: { status: 403, title: 'Insufficient scope' },
  ORG_MISMATCH: { status: 403, title: 'Organization mismatch' },
});
