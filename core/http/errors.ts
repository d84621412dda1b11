import { ProblemError, type ProblemOptions } from './problem.js';

/** One entry of an error registry: its HTTP status and a short, stable title. */
export interface ErrorDefinition {
  readonly status: number;
  readonly title: string;
}

export type ErrorFactory = ((message: string, options?: ProblemOptions) => ProblemError) & {
  readonly code: string;
  readonly status: number;
  readonly title: string;
};

export type ErrorRegistry<K extends string> = { readonly [P in K]: ErrorFactory };

/**
 * Declares a set of error codes (`<AREA>_<REASON>` in code, snake_case `code` on the wire)
 * and returns a factory for each. Plugins keep theirs in `errors.ts` and list them in
 * `definePlugin({ errors })` so /docs/errors documents them.
 *
 * @example
 *   export const campaignErrors = defineErrors({
 *     CAMPAIGN_NOT_FOUND: { status: 404, title: 'Campaign not found' },
 *   });
 *   throw campaignErrors.CAMPAIGN_NOT_FOUND(`no campaign ${id}`);
 */
export function defineErrors<K extends string>(definitions: { readonly [P in K]: ErrorDefinition }): ErrorRegistry<K> {
  const registry = {} as Record<K, ErrorFactory>;
  for (const key of Object.keys(definitions) as K[]) {
    const { status, title } = definitions[key];
    const code = key.toLowerCase();
    const factory = (message: string, options?: ProblemOptions) => new ProblemError(status, code, title, message, options);
    registry[key] = Object.assign(factory, { code, status, title });
  }
  return registry;
}

/** The kernel's own errors; the request path and the translator raise these. */
export const coreErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, title: 'The request is not valid' },
  MALFORMED_JSON: { status: 400, title: 'The body is not valid JSON' },
  MALFORMED_REQUEST: { status: 400, title: 'Bad request' },
  HEADERS_TOO_LARGE: { status: 431, title: 'Request headers too large' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  NOT_ACCEPTABLE: { status: 406, title: 'Not acceptable' },
  REQUEST_REFUSED: { status: 400, title: 'Request refused (the status says why: 403, 409, ...)' },
  RANGE_NOT_SATISFIABLE: { status: 416, title: 'Range not satisfiable' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type' },
  INTERNAL_ERROR: { status: 500, title: 'Internal error' },
  NOT_IMPLEMENTED: { status: 501, title: 'Not implemented' },
  SHUTTING_DOWN: { status: 503, title: 'The server is shutting down' },
  SERVICE_UNAVAILABLE: { status: 503, title: 'Service unavailable' },
  NOT_READY: { status: 503, title: 'Not ready' },
});
