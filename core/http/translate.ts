import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from '../logger.js';
import { coreErrors } from './errors.js';
import { ProblemError, problemBody, type FieldError } from './problem.js';
import { requestIdOf } from './request-context.js';

/** An error as express-openapi-validator and body-parser throw them. */
interface HttpishError {
  readonly status?: number;
  readonly statusCode?: number;
  readonly type?: string;
  readonly message?: string;
  readonly errors?: readonly { readonly path?: string; readonly message?: string; readonly errorCode?: string }[];
  readonly headers?: Readonly<Record<string, string>>;
  readonly limit?: number;
  readonly expose?: boolean;
  readonly code?: string;
}

/** Connection-level failures of either backend: the client may retry; nothing it sent was wrong. */
function isDatabaseUnavailable(e: HttpishError): boolean {
  return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006', 'SQLITE_BUSY'].includes(e.code ?? '')
    || e.message === 'driver has already been destroyed';
}

/**
 * Turns anything thrown on the request path into a ProblemError. Client mistakes get their
 * own status and code; anything else is a 500 whose details stay in the log.
 */
export function toProblem(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  const e = (error ?? {}) as HttpishError;
  const status = e.status ?? e.statusCode;
  // body-parser (express.json)
  if (e.type === 'entity.parse.failed') return coreErrors.MALFORMED_JSON(`the body is not valid JSON: ${e.message ?? 'parse error'}`);
  if (e.type === 'entity.too.large') {
    return coreErrors.PAYLOAD_TOO_LARGE(`the body is larger than this endpoint accepts${e.limit ? ` (${e.limit} bytes)` : ''}`);
  }
  if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') return coreErrors.UNSUPPORTED_MEDIA_TYPE(e.message ?? 'unsupported encoding');
  // zlib refused a body its Content-Encoding said was gzip or deflate (body-parser passes its code on).
  if (status === 400 && e.code?.startsWith('Z_')) {
    return coreErrors.VALIDATION_FAILED('the body could not be decoded as its Content-Encoding says', {
      errors: [{ field: 'Content-Encoding', code: 'invalid_encoding', message: `does not match the body (${e.message ?? 'decoding failed'})` }],
    });
  }
  if (e.type === 'request.aborted') return coreErrors.VALIDATION_FAILED('the request body was cut off before it ended');
  // express-openapi-validator
  if (status === 404) return coreErrors.NOT_FOUND('no such route: check the method and path against /openapi.yaml');
  if (status === 405) {
    const allow = e.headers?.Allow ?? e.headers?.allow;
    return coreErrors.METHOD_NOT_ALLOWED(`this path does not accept that method${allow ? `; it accepts ${allow}` : ''}`, {
      headers: allow ? { Allow: allow } : undefined,
    });
  }
  if (status === 415) {
    // The validator says "unsupported media type undefined" for a body sent with no Content-Type.
    const message = e.message === undefined || e.message.endsWith(' undefined') ? 'the request has a body but no Content-Type header: send Content-Type: application/json' : e.message;
    return coreErrors.UNSUPPORTED_MEDIA_TYPE(message, { errors: [{ field: 'Content-Type', code: 'unsupported', message: 'is missing or not a type this operation accepts' }] });
  }
  if (status === 406) return coreErrors.NOT_ACCEPTABLE(e.message ?? 'no acceptable representation');
  if (status === 413) return coreErrors.PAYLOAD_TOO_LARGE(e.message ?? 'the body is too large');
  if (status === 400 && Array.isArray(e.errors)) {
    // A value that fails several alternatives (anyOf) is reported once per alternative.
    const errors = uniqueBy(e.errors.map(fieldError), (item) => `${item.field}\u0000${item.code}`);
    const summary = errors.map((item) => `${item.field}: ${item.message}`).join('; ');
    return coreErrors.VALIDATION_FAILED(`the request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}: ${summary}`, { errors });
  }
  if (status === 400) return coreErrors.VALIDATION_FAILED(e.message ?? 'the request is not valid');
  if (status === 416) return coreErrors.RANGE_NOT_SATISFIABLE('the requested byte range is outside the file');
  // Other client errors that a library marks as safe to show (http-errors' `expose`).
  if (status !== undefined && status >= 400 && status < 500 && e.expose === true) {
    return new ProblemError(status, coreErrors.REQUEST_REFUSED.code, STATUS_CODES[status] ?? coreErrors.REQUEST_REFUSED.title, e.message ?? 'the request was refused');
  }
  if (isDatabaseUnavailable(e)) return coreErrors.SERVICE_UNAVAILABLE('the database cannot be reached; retry shortly', { headers: { 'Retry-After': '5' }, cause: error });
  return coreErrors.INTERNAL_ERROR('something went wrong on our side; the request id identifies it in the logs', { cause: error });
}

/** `/body/config/languages/1` -> `config.languages[1]`; `/query/limit` -> `limit`. */
export function fieldName(path: string | undefined): string {
  if (!path) return '(request)';
  const parts = path.replace(/^\.?\/?/, '').split(/[/.]/).filter(Boolean);
  const [location, ...rest] = parts;
  if (location === 'headers' && rest.length === 1) return headerName(rest[0] ?? '');
  const inner = ['body', 'query', 'params', 'path', 'headers'].includes(location ?? '') ? rest : parts;
  if (inner.length === 0) return location === 'body' ? '(body)' : (location ?? '(request)');
  return inner.reduce((name, part) => (/^\d+$/.test(part) ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');
}

/** `idempotency-key` -> `Idempotency-Key`, `x-request-id` -> `X-Request-ID`: as the contract spells them. */
function headerName(lower: string): string {
  return lower
    .split('-')
    .map((part) => (part === 'id' ? 'ID' : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('-');
}

function fieldError(error: { readonly path?: string; readonly message?: string; readonly errorCode?: string }): FieldError {
  // A path that is not valid percent-encoding: the validator names the whole path as the field.
  if (/^malformed uri/iu.test(error.message ?? '')) return { field: 'path', code: 'malformed_uri', message: 'is not valid percent-encoding: % must be followed by two hex digits' };
  const code = (error.errorCode ?? 'invalid').replace(/\.openapi\.validation$/, '').replace(/\.openapi\.requestValidation$/, '');
  let field = fieldName(error.path);
  // "must have required property 'name'" is reported on the parent object: name the field itself.
  const missing = /required property '([^']+)'/.exec(error.message ?? '');
  if (missing && missing[1] && !field.endsWith(missing[1])) field = field === '(body)' ? missing[1] : `${field}.${missing[1]}`;
  const extra = /must NOT have additional properties|unevaluated properties/i.test(error.message ?? '');
  return { field, code: extra ? 'unknown_field' : snake(code), message: error.message ?? 'is not valid' };
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function snake(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toLowerCase();
}

/** Sends a problem; used by the translator and by code that answers before the router. */
export function sendProblem(res: Response, error: ProblemError, baseUrl: string): void {
  for (const [name, value] of Object.entries(error.options.headers ?? {})) res.setHeader(name, value);
  if (error.status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="influgentic"');
  res
    .status(error.status)
    .type('application/problem+json')
    .send(JSON.stringify(problemBody(error, { requestId: requestIdOf(res), instance: res.req.originalUrl.split('?')[0] ?? '/', baseUrl })));
}

/** The one place errors become HTTP: problem+json, never a stack trace or HTML. */
export function errorTranslator({ logger, baseUrl }: { readonly logger: Logger; readonly baseUrl: string }): ErrorRequestHandler {
  return function translateError(error, req, res, _next) {
    const problem = toProblem(error);
    if (problem.status >= 500) {
      logger.error({ err: error, request_id: requestIdOf(res), method: req.method, path: req.path }, 'request failed');
    }
    if (res.headersSent) {
      // A stream already started: nothing more can be said over HTTP; end it.
      if (!res.writableEnded) res.end();
      return;
    }
    sendProblem(res, problem, baseUrl);
  };
}
