import express, { type RequestHandler } from 'express';
import { listOperations, type JsonObject, type OpenApiDocument, type OperationInfo } from '../openapi/contract.js';
import { coreErrors } from './errors.js';
import { markNulFree, rejectNulBytes } from './nul-bytes.js';
import type { OperationMatcher } from './operation-matcher.js';
import { runChain } from './run-chain.js';

/** Builds a step of the request path for one operation, or nothing when it does not apply. */
export type OperationGuard = (operation: OperationInfo) => RequestHandler | undefined;

export interface GateOptions {
  readonly matcher: OperationMatcher;
  /** Run in order before the body is read: authentication, rate limits, authorization. */
  readonly guards: readonly OperationGuard[];
  /** The default limit for request bodies (`http.body_limit`). */
  readonly bodyLimit: number | string;
}

const jsonTypes = ['application/json', 'application/*+json'];

/** The operation a request was routed to (set by the gate). */
export function operationOf(locals: Record<string, unknown>): OperationInfo | undefined {
  return locals.operation as OperationInfo | undefined;
}

/**
 * The part of the request path that depends on the operation, before validation: it finds
 * the operation once, runs the guards (a request without a key never costs a body read or
 * a validation), then parses the body as the contract declares it: JSON as JSON, anything
 * else (images, PDFs, text) as raw bytes. An operation may raise its own body limit with
 * `x-body-limit`, so one large route does not widen every route. A request for no
 * operation passes on, and validation answers it (404 or 405).
 */
export function operationGate(contract: OpenApiDocument, options: GateOptions): RequestHandler {
  const chains = new Map<string, readonly RequestHandler[]>();
  for (const operation of listOperations(contract)) {
    const handlers: RequestHandler[] = [];
    for (const guard of options.guards) {
      const handler = guard(operation);
      if (handler) handlers.push(handler);
    }
    const definition = contract.paths[operation.path]?.[operation.method] as JsonObject | undefined;
    const content = ((definition?.requestBody as JsonObject | undefined)?.content ?? {}) as JsonObject;
    const types = Object.keys(content);
    const limit = (definition?.['x-body-limit'] as string | number | undefined) ?? options.bodyLimit;
    const rawTypes = types.filter((type) => !type.includes('json'));
    // strict: false: a JSON scalar (null, 1, "x") is valid JSON, so it parses and validation
    // says what the body must be, instead of calling it malformed.
    if (types.some((type) => type.includes('json'))) handlers.push(express.json({ limit, type: jsonTypes, verify: markNulFree, strict: false }));
    if (rawTypes.length > 0) handlers.push(express.raw({ limit, type: rawTypes }));
    handlers.push(rejectNulBytes);
    chains.set(operation.operationId, handlers);
  }
  return function gate(req, res, next) {
    const match = options.matcher.match(req.method, req.path);
    if (!match) {
      // A path with a trailing slash is not a route. The validator would match it to the
      // path without one (express routes are not strict) and validate a body the gate never
      // read, with no key checked: refuse it here, naming the path that exists.
      if (req.path.length > 1 && req.path.endsWith('/')) {
        const trimmed = req.path.replace(/\/+$/u, '') || '/';
        const hint = options.matcher.match(req.method, trimmed) ? `; did you mean ${trimmed}?` : '';
        return next(coreErrors.NOT_FOUND(`no such route: paths take no trailing slash${hint}`));
      }
      return next();
    }
    res.locals.operation = match.operation;
    res.locals.pathParams = match.params;
    runChain(chains.get(match.operation.operationId) ?? [], req, res, next);
  };
}
