import express, { Router } from 'express';
import type { OpenApiDocument, JsonObject } from '../openapi/contract.js';
import { listOperations } from '../openapi/contract.js';

export interface BodyLimits {
  /** The default limit for JSON bodies (`http.body_limit`). */
  readonly json: number | string;
}

const jsonTypes = ['application/json', 'application/*+json'];

/**
 * Parses each operation's body as its contract declares: JSON bodies as JSON, anything else
 * (images, PDFs, text) as raw bytes. An operation may raise its own limit with
 * `x-body-limit` (the events batch does), so one large route does not widen every route.
 */
export function bodyParsers(contract: OpenApiDocument, limits: BodyLimits): Router {
  const router = Router();
  for (const operation of listOperations(contract)) {
    const definition = contract.paths[operation.path]?.[operation.method] as JsonObject | undefined;
    const content = ((definition?.requestBody as JsonObject | undefined)?.content ?? {}) as JsonObject;
    const types = Object.keys(content);
    if (types.length === 0) continue;
    const limit = (definition?.['x-body-limit'] as string | number | undefined) ?? limits.json;
    const rawTypes = types.filter((type) => !type.includes('json'));
    const parsers = [];
    if (types.some((type) => type.includes('json'))) parsers.push(express.json({ limit, type: jsonTypes }));
    if (rawTypes.length > 0) parsers.push(express.raw({ limit, type: rawTypes }));
    router[operation.method](operation.expressPath, ...parsers);
  }
  return router;
}
