// The conventions of openapi.yaml that the kernel and every plugin rely on (issue 2): a
// contract edit that breaks one fails here, not in production.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { authErrors } from '../core/auth/errors.js';
import { coreErrors } from '../core/http/errors.js';
import { idempotencyErrors } from '../core/idempotency/middleware.js';
import { llmErrors } from '../core/llm/errors.js';
import { listOperations, loadContract, type JsonObject } from '../core/openapi/contract.js';
import { orgErrors } from '../core/org/errors.js';
import { rateLimitErrors } from '../core/ratelimit/guard.js';

const contract = loadContract();
const operations = listOperations(contract);

/** Follows a local $ref (`#/components/...`). */
function deref(node: unknown): JsonObject {
  let current = node as JsonObject;
  while (current && typeof current.$ref === 'string') {
    current = (current.$ref as string)
      .slice(2)
      .split('/')
      .reduce<JsonObject>((at, part) => at[part.replace(/~1/g, '/').replace(/~0/g, '~')] as JsonObject, contract as JsonObject);
  }
  return current;
}

function operationObject(path: string, method: string): JsonObject {
  return contract.paths[path]?.[method] as JsonObject;
}

const required: readonly [string, string][] = [
  ['get', '/v1/org'],
  ['post', '/v1/keys'],
  ['get', '/v1/keys'],
  ['delete', '/v1/keys/{key_id}'],
  ['get', '/v1/usage'],
  ['get', '/v1/agents'],
  ['get', '/v1/agents/{agent_id}'],
  ['get', '/v1/agents/{agent_id}/assets'],
  ['put', '/v1/agents/{agent_id}/assets/{asset_name}'],
  ['get', '/cdn/agents/{agent_id}/assets/{asset_name}'],
  ['post', '/v1/builder/agents'],
  ['get', '/v1/builder/agents'],
  ['get', '/v1/builder/agents/{agent_id}'],
  ['patch', '/v1/builder/agents/{agent_id}'],
  ['delete', '/v1/builder/agents/{agent_id}'],
  ['post', '/v1/agents/{agent_id}/content'],
  ['get', '/v1/content'],
  ['get', '/v1/content/{content_id}'],
  ['post', '/v1/stream/tickets'],
  ['get', '/v1/stream'],
  ['post', '/v1/campaigns'],
  ['get', '/v1/campaigns'],
  ['get', '/v1/campaigns/{campaign_id}'],
  ['patch', '/v1/campaigns/{campaign_id}'],
  ['post', '/v1/campaigns/{campaign_id}/cancel'],
  ['post', '/v1/campaigns/{campaign_id}/stream'],
  ['post', '/v1/campaigns/{campaign_id}/rating'],
  ['post', '/v1/events'],
  ['get', '/v1/analytics/campaigns/{campaign_id}'],
  ['get', '/v1/analytics/agents/{agent_id}'],
  ['post', '/v1/campaigns/{campaign_id}/links'],
  ['get', '/t/{code}'],
  ['post', '/v1/campaigns/{campaign_id}/leads'],
  ['get', '/v1/campaigns/{campaign_id}/leads'],
  ['delete', '/v1/campaigns/{campaign_id}/leads/{lead_id}'],
  ['post', '/v1/webhooks'],
  ['get', '/v1/webhooks'],
  ['get', '/v1/webhooks/{webhook_id}'],
  ['patch', '/v1/webhooks/{webhook_id}'],
  ['delete', '/v1/webhooks/{webhook_id}'],
  ['post', '/v1/webhooks/{webhook_id}/rotate-secret'],
  ['post', '/v1/webhooks/{webhook_id}/test'],
  ['get', '/v1/webhooks/{webhook_id}/deliveries'],
  ['post', '/v1/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver'],
  ['get', '/healthz'],
  ['get', '/readyz'],
  ['get', '/metrics'],
  ['get', '/openapi.yaml'],
  ['get', '/docs'],
];

const scopes = new Set([...(deref({ $ref: '#/components/schemas/Scope' }).enum as string[]), 'public']);
const classes = new Set(['read', 'write', 'generate', 'events', 'public']);
const tags = new Set((contract.tags ?? []).map((tag) => tag.name));

describe('openapi.yaml', () => {
  it('is OpenAPI 3.1', () => {
    assert.match(contract.openapi, /^3\.1\.\d+$/);
  });

  it('holds every v1 path of issue 2 with its method', () => {
    const missing = required.filter(([method, path]) => !operationObject(path, method)).map(([method, path]) => `${method.toUpperCase()} ${path}`);
    assert.deepEqual(missing, []);
  });

  it('gives every operation a unique camelCase operationId and exactly one declared tag', () => {
    const ids = operations.map((operation) => operation.operationId);
    assert.equal(new Set(ids).size, ids.length, 'operationIds are unique');
    for (const operation of operations) {
      assert.match(operation.operationId, /^[a-z][A-Za-z0-9]+$/, operation.operationId);
      const declared = operationObject(operation.path, operation.method).tags as string[];
      assert.equal(declared.length, 1, `${operation.operationId} has one tag`);
      assert.ok(tags.has(declared[0] ?? ''), `${operation.operationId}'s tag ${declared[0]} is declared at the top level`);
    }
  });

  it('declares x-scope and x-rate-limit-class on every operation; public ones need no key', () => {
    for (const operation of operations) {
      const object = operationObject(operation.path, operation.method);
      assert.ok(scopes.has(object['x-scope'] as string), `${operation.operationId}: x-scope ${String(object['x-scope'])}`);
      assert.ok(classes.has(object['x-rate-limit-class'] as string), `${operation.operationId}: x-rate-limit-class ${String(object['x-rate-limit-class'])}`);
      if (operation.isPublic) {
        assert.deepEqual(object.security, [], `${operation.operationId} is public, so security: []`);
        assert.equal(object['x-rate-limit-class'], 'public');
      } else {
        assert.notDeepEqual(object.security, [], `${operation.operationId} needs a key`);
      }
    }
  });

  it('gives every operation a default problem+json response with the RFC 9457 fields', () => {
    const problem = deref({ $ref: '#/components/schemas/Problem' });
    for (const field of ['type', 'title', 'status', 'detail', 'instance', 'code', 'message', 'request_id', 'errors']) {
      assert.ok(field in (problem.properties as JsonObject), `Problem.${field}`);
    }
    for (const operation of operations) {
      const responses = operationObject(operation.path, operation.method).responses as JsonObject;
      const fallback = deref(responses.default);
      const content = fallback.content as JsonObject | undefined;
      assert.ok(content?.['application/problem+json'], `${operation.operationId} has a default problem response`);
      assert.equal(deref((content['application/problem+json'] as JsonObject).schema), problem, operation.operationId);
    }
  });

  it('declares X-Request-ID, X-Response-Time and X-Region on every response, rate-limit headers on authenticated ones', () => {
    for (const operation of operations) {
      const responses = operationObject(operation.path, operation.method).responses as JsonObject;
      for (const [status, response] of Object.entries(responses)) {
        if (status === '101') continue; // a WebSocket upgrade: the socket, not an HTTP reply
        const headers = (deref(response).headers ?? {}) as JsonObject;
        for (const name of ['X-Request-ID', 'X-Response-Time', 'X-Region']) {
          assert.ok(headers[name], `${operation.operationId} ${status} declares ${name}`);
        }
        // A 401 comes before any key is known, so it carries no key's limits.
        if (!operation.isPublic && status !== '401') {
          for (const name of ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']) {
            assert.ok(headers[name], `${operation.operationId} ${status} declares ${name}`);
            assert.notEqual(deref(headers[name]).required, true, 'present for live keys only, so never required');
          }
        }
      }
    }
  });

  it('pages every list endpoint with limit (1..100, default 20) and cursor, replying { data, meta: ListMeta }', () => {
    const lists = operations.filter((operation) => operation.operationId.startsWith('list') && operation.operationId !== 'listAgentAssets');
    assert.ok(lists.length >= 8);
    for (const operation of lists) {
      const object = operationObject(operation.path, operation.method);
      const parameters = ((object.parameters ?? []) as JsonObject[]).map(deref);
      const limit = parameters.find((parameter) => parameter.name === 'limit' && parameter.in === 'query');
      assert.ok(limit, `${operation.operationId} takes limit`);
      const schema = deref(limit.schema);
      assert.deepEqual([schema.minimum, schema.maximum], [1, 100], `${operation.operationId} limit bounds`);
      assert.ok(parameters.some((parameter) => parameter.name === 'cursor' && parameter.in === 'query'), `${operation.operationId} takes cursor`);
      const ok = deref((object.responses as JsonObject)['200']);
      const body = deref(((ok.content as JsonObject)['application/json'] as JsonObject).schema);
      const properties = (body.properties ?? {}) as JsonObject;
      assert.ok(properties.data, `${operation.operationId} replies data`);
      assert.equal(deref(properties.meta), deref({ $ref: '#/components/schemas/ListMeta' }), `${operation.operationId} replies meta`);
    }
    const meta = deref({ $ref: '#/components/schemas/ListMeta' });
    assert.deepEqual(Object.keys(meta.properties as JsonObject).sort(), ['limit', 'next_cursor', 'total']);
  });

  it('never puts additionalProperties: false inside allOf (the validator then refuses valid bodies)', () => {
    const offenders: string[] = [];
    const walk = (node: unknown, path: string, insideAllOf: boolean) => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${path}[${index}]`, insideAllOf));
      const object = node as JsonObject;
      if (insideAllOf && object.additionalProperties === false) offenders.push(path);
      for (const [key, value] of Object.entries(object)) walk(value, `${path}.${key}`, insideAllOf || key === 'allOf');
    };
    walk(contract, '$', false);
    assert.deepEqual(offenders, []);
  });

  it('documents every error code the kernel can answer with in the Problem schema', () => {
    const table = String(deref({ $ref: '#/components/schemas/Problem' }).description);
    const registries = [coreErrors, authErrors, orgErrors, rateLimitErrors, idempotencyErrors, llmErrors];
    const missing = registries.flatMap((registry) => Object.values(registry).map((factory) => factory.code)).filter((code) => !table.includes(`\`${code}\``));
    assert.deepEqual(missing, []);
  });

  it('pattern-checks language codes as ISO 639-1', () => {
    assert.equal(deref({ $ref: '#/components/schemas/LanguageCode' }).pattern, '^[a-z]{2}$');
  });
});
