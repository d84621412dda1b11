import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { listOperations, loadContract, type OpenApiDocument } from '../openapi/contract.js';
import { OperationMatcher } from './operation-matcher.js';
import { listenOnLoopback } from './testing/loopback.js';
import { requestValidation, withRouteAnswers } from './validation.js';

const contract = loadContract();
const matcher = new OperationMatcher(listOperations(contract));

/** Runs one request through requestValidation; says whether the validator saw it. */
function validated(method: string, url: string, headers: Record<string, string> = {}, validateResponses = false): boolean {
  let seen = false;
  const validator: RequestHandler = (_req, _res, next) => {
    seen = true;
    next();
  };
  const path = url.split('?')[0] ?? url;
  const operation = matcher.match(method, path)?.operation;
  const req = { method, url, headers } as unknown as Request;
  const res = { locals: operation ? { operation } : {} } as unknown as Response;
  let passed = false;
  requestValidation(contract, { validator: [validator], validateResponses })(req, res, () => {
    passed = true;
  });
  assert.ok(passed, 'the request went on');
  return seen;
}

describe('requestValidation', () => {
  it('lets a bare request for an operation with nothing to check skip the validator', () => {
    assert.equal(validated('GET', '/v1/org'), false);
    assert.equal(validated('GET', '/healthz'), false);
  });

  it('validates a request with a query string, a body or a declared header', () => {
    assert.equal(validated('GET', '/v1/org?x=1'), true, 'unknown query parameters are refused by the validator');
    assert.equal(validated('GET', '/v1/org?'), true);
    assert.equal(validated('GET', '/v1/org', { 'x-influgentic-org': 'org_x' }), true, 'X-Influgentic-Org has a pattern');
    assert.equal(validated('GET', '/v1/org', { 'x-influgentic-agent': 'agent_x' }), true);
    assert.equal(validated('GET', '/v1/org', { 'content-length': '2' }), true);
    assert.equal(validated('GET', '/v1/org', { 'transfer-encoding': 'chunked' }), true);
  });

  it('always validates operations with path parameters, bodies or defaulted parameters', () => {
    assert.equal(validated('GET', '/v1/agents/agent_velo'), true, 'path parameter');
    assert.equal(validated('POST', '/v1/keys'), true, 'request body');
    assert.equal(validated('GET', '/v1/agents'), true, '`limit` has a default the validator fills in');
  });

  it('validates every request for no operation (404, 405) and every request when responses are validated', () => {
    assert.equal(validated('GET', '/nowhere'), true);
    assert.equal(validated('DELETE', '/v1/org'), true);
    assert.equal(validated('GET', '/v1/org', {}, true), true);
  });
});

describe('withRouteAnswers', () => {
  /** One request through the real validator's chain (or the answered one); what it left on the request. */
  async function throughValidator(chain: readonly RequestHandler[], method: string, url: string): Promise<{ openapi?: Record<string, unknown>; params?: unknown; status?: number }> {
    const path = url.split('?')[0] ?? url;
    const operation = matcher.match(method, path)?.operation;
    const app = express();
    app.use((_req, res, next) => {
      if (operation) res.locals.operation = operation;
      next();
    });
    app.use(chain as RequestHandler[]);
    let seen: { openapi?: Record<string, unknown>; params?: unknown; status?: number } = {};
    app.use((req, res) => {
      seen = { openapi: (req as unknown as { openapi: Record<string, unknown> }).openapi, params: { ...req.params } };
      res.status(204).end();
    });
    app.use((error: { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
      seen = { status: error.status ?? 500 };
      res.status(error.status ?? 500).end();
    });
    const server = await listenOnLoopback(app);
    try {
      await fetch(`${server.baseUrl}${url}`, { method });
      return seen;
    } finally {
      await server.close();
    }
  }

  const realValidator = () =>
    OpenApiValidator.middleware({ apiSpec: contract as never, validateApiSpec: false, validateRequests: { allErrors: true }, validateResponses: false, validateSecurity: false, ignoreUndocumented: false, fileUploader: false });

  it('answers as the validator\'s own lookup does, without it after an operation\'s first request', async () => {
    const own = realValidator();
    assert.ok(own.some((handler) => handler.name === 'metadataMiddleware'), 'the validator still has the middleware withRouteAnswers stands in for');
    const answered = withRouteAnswers(contract, realValidator());
    // %5F is `_`: the parameter is decoded before it is checked against its pattern.
    for (const url of ['/v1/agents/agent_velo', '/v1/agents/agent_other', '/v1/agents/agent%5Fvelo', '/v1/content/cnt_1', '/v1/content?limit=5']) {
      const expected = await throughValidator(own, 'GET', url);
      const actual = await throughValidator(answered, 'GET', url);
      assert.ok(expected.openapi, `${url}: the validator matched it`);
      // `serial` numbers the validator instance (two here); the rest is the lookup's answer.
      assert.deepEqual({ ...actual, openapi: { ...actual.openapi, serial: 0 } }, { ...expected, openapi: { ...expected.openapi, serial: 0 } }, url);
    }
  });

  it('keeps the first answer per operation and fills in each request\'s parameters', () => {
    let lookups = 0;
    const lookup: RequestHandler = function metadataMiddleware(req, _res, next) {
      lookups += 1;
      const raw = req.originalUrl.split('/')[3] ?? '';
      let id = raw;
      try {
        id = decodeURIComponent(raw);
      } catch {
        // the real lookup answers 400 here
      }
      Object.assign(req, { openapi: { expressRoute: '/v1/agents/:agent_id', openApiRoute: '/v1/agents/{agent_id}', pathParams: { agent_id: id }, schema: { marker: true } } });
      req.params = { agent_id: id };
      next();
    };
    const [answered] = withRouteAnswers(contract, [lookup]) as [RequestHandler];
    const run = (url: string) => {
      const operation = matcher.match('GET', url)?.operation;
      const req = { method: 'GET', url, originalUrl: url, params: {}, app: express() } as unknown as Request & { openapi?: { pathParams: unknown; schema: unknown } };
      const res = { locals: { operation } } as unknown as Response;
      let error: unknown = 'not called';
      answered(req, res, (e?: unknown) => (error = e));
      assert.equal(error, undefined);
      return req;
    };
    const first = run('/v1/agents/agent_a');
    const second = run('/v1/agents/agent_%C3%A9');
    assert.equal(lookups, 1, 'the second request was answered without the lookup');
    assert.deepEqual(second.openapi?.pathParams, { agent_id: 'agent_é' });
    assert.deepEqual(second.params, { agent_id: 'agent_é' });
    assert.equal(second.openapi?.schema, first.openapi?.schema);
    assert.notEqual(second.openapi, first.openapi, 'each request has its own metadata object');
    run('/v1/agents/agent_%E0%A4%A');
    assert.equal(lookups, 2, 'a parameter that does not decode goes to the validator (its 400)');
  });

  it('leaves requests for no operation and operations with overlapping paths to the validator', () => {
    const overlapping = {
      ...contract,
      paths: {
        '/v1/things/{id}': { get: { operationId: 'getThing', responses: { default: { description: 'x' } } } },
        '/v1/things/latest': { get: { operationId: 'getLatestThing', responses: { default: { description: 'x' } } } },
        '/v1/other/{id}': { get: { operationId: 'getOther', responses: { default: { description: 'x' } } } },
        '/v1/parts/{id}': { get: { operationId: 'getPart', responses: { default: { description: 'x' } } } },
        '/v1/parts/search': { post: { operationId: 'searchParts', responses: { default: { description: 'x' } } } },
      },
    } as unknown as OpenApiDocument;
    const operations = new OperationMatcher(listOperations(overlapping));
    let lookups = 0;
    const lookup: RequestHandler = function metadataMiddleware(req, _res, next) {
      lookups += 1;
      Object.assign(req, { openapi: { expressRoute: req.originalUrl.replace(/[^/]+$/, ':id'), pathParams: {} } });
      next();
    };
    const [answered] = withRouteAnswers(overlapping, [lookup]) as [RequestHandler];
    const run = (url: string) => {
      const operation = operations.match('GET', url)?.operation;
      const req = { method: 'GET', url, originalUrl: url, params: {}, app: express() } as unknown as Request;
      answered(req, { locals: operation ? { operation } : {} } as unknown as Response, () => {});
    };
    for (const url of ['/v1/things/a', '/v1/things/b', '/v1/things/latest', '/v1/things/latest']) run(url);
    assert.equal(lookups, 4, 'getThing and getLatestThing overlap: every request is looked up');
    run('/nowhere');
    run('/nowhere');
    assert.equal(lookups, 6);
    run('/v1/other/a');
    run('/v1/other/b');
    assert.equal(lookups, 7, 'getOther overlaps nothing: answered after its first');
    // The validator answers GET /v1/parts/search with 405 (the POST path matches first),
    // however many GET /v1/parts/{id} came before it.
    run('/v1/parts/a');
    run('/v1/parts/b');
    assert.equal(lookups, 9, 'getPart overlaps a path of another method: every request is looked up');
  });
});
