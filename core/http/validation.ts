import type { Request, RequestHandler } from 'express';
import { listOperations, type JsonObject, type OpenApiDocument, type OperationInfo } from '../openapi/contract.js';
import { validatorRoute, type CompiledRoute } from '../openapi/route-lookup-cache.js';
import { operationOf } from './gate.js';
import { runChain } from './run-chain.js';

export interface ValidationOptions {
  /** express-openapi-validator's middleware, in order. */
  readonly validator: readonly RequestHandler[];
  /** With response validation on, every request must pass through the validator. */
  readonly validateResponses: boolean;
}

/**
 * OpenAPI validation of a request, skipped when the request carries nothing the validator
 * would check or change. express-openapi-validator walks five middleware, each waiting on a
 * promise, and looks the route up again on every request: about a third of the cost of a
 * plain `GET /v1/org` (`npm run bench`). A request is "bare" when its operation (already
 * found by the gate) declares no path parameter, no body and no required or defaulted
 * parameter, and the request has no query string, no body and none of the operation's
 * header parameters: the validator then has nothing to refuse and nothing to coerce, so
 * its answer is known. Every other request, and every request for no operation (404, 405),
 * goes through the validator as before.
 */
export function requestValidation(contract: OpenApiDocument, options: ValidationOptions): RequestHandler {
  const bareHeaders = options.validateResponses ? new Map<string, readonly string[]>() : bareOperations(contract);
  const validator = withRouteAnswers(contract, options.validator);
  return function validateRequest(req, res, next) {
    const operation = operationOf(res.locals);
    const headers = operation && bareHeaders.get(operation.operationId);
    if (headers && isBare(req, headers)) return next();
    runChain(validator, req, res, next);
  };
}

/** What the validator's metadata middleware puts on a request. */
interface OpenApiMetadata {
  readonly expressRoute: string;
  readonly pathParams: Record<string, string>;
  readonly [field: string]: unknown;
}

interface RouteAnswer {
  readonly metadata: OpenApiMetadata;
  readonly route: CompiledRoute;
}

/**
 * express-openapi-validator's metadata middleware finds a request's route by testing the
 * routes of the contract one by one (lookupRoute in openapi.metadata.js: ~50 µs a request
 * with 50 paths, under the content bench's load). The gate has found the operation already.
 * When no other path (of any method) can match a path of that operation's, the lookup's
 * answer for it differs only in the path parameters: the first answer is kept per
 * operation, and a later request gets a copy with its own parameters, matched with the
 * validator's compiled route and decoded as it decodes them. A path whose parameters do not
 * decode (the validator's 400), an operation whose path overlaps another's and a request
 * for no operation go through the validator's own lookup.
 */
export function withRouteAnswers(contract: OpenApiDocument, validator: readonly RequestHandler[]): readonly RequestHandler[] {
  const index = validator.findIndex((handler) => handler.name === 'metadataMiddleware');
  if (index < 0) return validator;
  const lookup = validator[index] as RequestHandler;
  const overlapping = overlappingOperations(listOperations(contract));
  const answers = new Map<string, RouteAnswer>();
  const answered: RequestHandler = function metadataMiddleware(req, res, next) {
    const operation = operationOf(res.locals);
    if (operation === undefined || overlapping.has(operation.operationId)) return lookup(req, res, next);
    const answer = answers.get(operation.operationId);
    const pathParams = answer && paramsOf(answer.route, req.originalUrl);
    if (answer && pathParams) {
      const request = req as Request & { openapi?: OpenApiMetadata };
      request.openapi = { ...answer.metadata, pathParams };
      req.params = pathParams;
      return next();
    }
    lookup(req, res, (error?: unknown) => {
      const metadata = (req as Request & { openapi?: OpenApiMetadata }).openapi;
      if (error === undefined && metadata !== undefined && !answers.has(operation.operationId)) {
        const route = validatorRoute(metadata.expressRoute, { sensitive: req.app.enabled('case sensitive routing'), strict: req.app.enabled('strict routing') });
        answers.set(operation.operationId, { metadata: { ...metadata }, route });
      }
      next(error as Error | undefined);
    });
  };
  return validator.map((handler, i) => (i === index ? answered : handler));
}

/** The validator's path parameters for a URL, or undefined when it would not answer them itself. */
function paramsOf(route: CompiledRoute, url: string): Record<string, string> | undefined {
  const found = route.regexp.exec(url.split('?')[0] ?? url);
  if (!found) return undefined;
  const params: Record<string, string> = {};
  try {
    route.keys.forEach((key, i) => {
      params[key.name] = decodeURIComponent(found[i + 1] ?? '');
    });
  } catch {
    return undefined;
  }
  return params;
}

/**
 * Operations some path of which another path could also match, whatever its method: the
 * validator's lookup takes the first route whose path matches and only then looks at the
 * method (GET /v1/things/search is a 405 when only POST /v1/things/search is declared, even
 * though GET /v1/things/{id} would match it).
 */
function overlappingOperations(operations: readonly OperationInfo[]): Set<string> {
  const overlapping = new Set<string>();
  const segments = (path: string) => path.split('/');
  const isParameter = (segment: string) => segment.includes('{');
  for (const a of operations) {
    for (const b of operations) {
      if (a.path === b.path) continue;
      const [x, y] = [segments(a.path), segments(b.path)];
      if (x.length === y.length && x.every((segment, i) => segment === y[i] || isParameter(segment) || isParameter(y[i] ?? ''))) overlapping.add(a.operationId);
    }
  }
  return overlapping;
}

function isBare(req: Request, headers: readonly string[]): boolean {
  if (req.url.includes('?')) return false;
  const length = req.headers['content-length'];
  if ((length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined) return false;
  for (const name of headers) {
    if (req.headers[name] !== undefined) return false;
  }
  return true;
}

/** The operations a bare request can reach, each with the header parameters it declares (lowercase). */
function bareOperations(contract: OpenApiDocument): Map<string, readonly string[]> {
  const bare = new Map<string, readonly string[]>();
  for (const operation of listOperations(contract)) {
    if (operation.path.includes('{')) continue;
    const item = contract.paths[operation.path] as JsonObject;
    const definition = item[operation.method] as JsonObject;
    if (definition.requestBody !== undefined) continue;
    const parameters = [...asArray(item.parameters), ...asArray(definition.parameters)].map((parameter) => resolve(contract, parameter));
    const needsValue = parameters.some((parameter) => parameter.required === true || (parameter.schema as JsonObject | undefined)?.default !== undefined);
    if (needsValue) continue;
    const headers = parameters.filter((parameter) => parameter.in === 'header').map((parameter) => String(parameter.name).toLowerCase());
    bare.set(operation.operationId, headers);
  }
  return bare;
}

function asArray(value: unknown): readonly JsonObject[] {
  return Array.isArray(value) ? (value as JsonObject[]) : [];
}

/** Follows a local `$ref` (`#/components/parameters/OrgHeader`). */
function resolve(contract: OpenApiDocument, value: JsonObject): JsonObject {
  const ref = value.$ref;
  if (typeof ref !== 'string') return value;
  let target: unknown = contract;
  for (const part of ref.replace(/^#\//, '').split('/')) {
    target = (target as JsonObject | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (!target || typeof target !== 'object') throw new Error(`the contract's ${ref} does not resolve`);
  return resolve(contract, target as JsonObject);
}
