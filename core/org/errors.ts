import { defineErrors } from '../http/errors.js';

/** Key management errors (authentication's own are in core/auth/errors.ts). */
export const orgErrors = defineErrors({
  MODE_MISMATCH: { status: 403, title: 'Mode mismatch' },
  KEY_NOT_FOUND: { status: 404, title: 'API key not found' },
  EXPIRES_AT_IN_PAST: { status: 422, title: 'Expiry in the past' },
  EXPIRES_AFTER_CALLER: { status: 422, title: 'Expiry later than the calling key' },
});
