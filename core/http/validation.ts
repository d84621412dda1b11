import type { Request, RequestHandler } from 'express';
import { listOperations, type JsonObject, type OpenApiDocument } from '../openapi/contract.js';
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
  return function validateRequest(req, res, next) {
    const operation = operationOf(res.locals);
    const headers = operation && bareHeaders.get(operation.operationId);
    if (headers && isBare(req, headers)) return next();
    runChain(options.validator, req, res, next);
  };
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
