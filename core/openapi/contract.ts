import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { OpenApiFragment } from '../plugin/define.js';
import { PluginHostError } from '../plugin/errors.js';

export type JsonObject = { [key: string]: unknown };

/** The parts of an OpenAPI 3.1 document the kernel reads; the rest passes through. */
export interface OpenApiDocument extends JsonObject {
  openapi: string;
  paths: { [path: string]: JsonObject };
  components?: { [section: string]: JsonObject };
  tags?: { name: string; description?: string }[];
}

export const contractPath = fileURLToPath(new URL('../../openapi.yaml', import.meta.url));

const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
export type HttpMethod = (typeof methods)[number];

/** One operation of the contract as the request path needs it. */
export interface OperationInfo {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** OpenAPI path (`/v1/campaigns/{campaign_id}`). */
  readonly path: string;
  /** The same path for express (`/v1/campaigns/:campaign_id`). */
  readonly expressPath: string;
  readonly tag: string | undefined;
  /** `x-scope`: the scope a key needs, or `public` for operations without auth. */
  readonly scope: string;
  /** `x-rate-limit-class`: read, write, generate, events, or public. */
  readonly rateLimitClass: string;
  readonly isPublic: boolean;
}

/** Reads openapi.yaml from the package root. */
export function loadContract(path: string = contractPath): OpenApiDocument {
  const document = parseYaml(readFileSync(path, 'utf8')) as OpenApiDocument;
  if (!document || typeof document !== 'object' || !document.paths) {
    throw new Error(`${path} is not an OpenAPI document with paths`);
  }
  return document;
}

/** Reads a plugin's fragment from wherever it points. */
export function readFragment(fragment: OpenApiFragment): JsonObject {
  if (typeof fragment === 'string' || fragment instanceof URL) {
    const path = fragment instanceof URL ? fileURLToPath(fragment) : fragment;
    return parseYaml(readFileSync(path, 'utf8')) as JsonObject;
  }
  return structuredClone(fragment) as JsonObject;
}

/**
 * Merges a plugin's fragment (paths, components, tags) into a copy of the contract. A path
 * or component the contract already has, with different content, stops start-up: a plugin
 * adds to the contract, it never rewrites someone else's part.
 */
export function mergeFragment(base: OpenApiDocument, fragment: JsonObject, plugin: string): OpenApiDocument {
  const merged = structuredClone(base);
  for (const [path, item] of Object.entries((fragment.paths ?? {}) as JsonObject)) {
    if (merged.paths[path] !== undefined) {
      throw new PluginHostError('OPENAPI_CONFLICT', `plugin "${plugin}" declares path ${path}, which the contract already has`);
    }
    merged.paths[path] = item as JsonObject;
  }
  const components = (fragment.components ?? {}) as { [section: string]: JsonObject };
  for (const [section, entries] of Object.entries(components)) {
    merged.components ??= {};
    const target = (merged.components[section] ??= {});
    for (const [name, value] of Object.entries(entries)) {
      if (target[name] !== undefined && JSON.stringify(target[name]) !== JSON.stringify(value)) {
        throw new PluginHostError('OPENAPI_CONFLICT', `plugin "${plugin}" redefines components.${section}.${name}`);
      }
      target[name] = value;
    }
  }
  const tags = (fragment.tags ?? []) as { name: string; description?: string }[];
  for (const tag of tags) {
    merged.tags ??= [];
    if (!merged.tags.some((existing) => existing.name === tag.name)) merged.tags.push(tag);
  }
  return merged;
}

/** Every operation of a document, in path order. */
export function listOperations(document: OpenApiDocument): readonly OperationInfo[] {
  const operations: OperationInfo[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of methods) {
      const operation = item[method] as JsonObject | undefined;
      if (!operation) continue;
      const operationId = operation.operationId;
      if (typeof operationId !== 'string') throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const scope = typeof operation['x-scope'] === 'string' ? operation['x-scope'] : 'admin';
      operations.push({
        operationId,
        method,
        path,
        expressPath: path.replace(/\{([^}]+)\}/g, ':$1'),
        tag: Array.isArray(operation.tags) ? (operation.tags[0] as string) : undefined,
        scope,
        rateLimitClass: typeof operation['x-rate-limit-class'] === 'string' ? operation['x-rate-limit-class'] : 'read',
        isPublic: scope === 'public',
      });
    }
  }
  return operations;
}
