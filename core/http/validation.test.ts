import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Request, RequestHandler, Response } from 'express';
import { listOperations, loadContract } from '../openapi/contract.js';
import { OperationMatcher } from './operation-matcher.js';
import { requestValidation } from './validation.js';

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
