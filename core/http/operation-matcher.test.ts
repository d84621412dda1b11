import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listOperations, loadContract } from '../openapi/contract.js';
import { OperationMatcher } from './operation-matcher.js';

describe('OperationMatcher', () => {
  const matcher = new OperationMatcher(listOperations(loadContract()));

  it('finds exact paths and templated ones, with decoded parameters', () => {
    assert.equal(matcher.match('GET', '/v1/org')?.operation.operationId, 'getOrg');
    assert.equal(matcher.match('GET', '/openapi.yaml')?.operation.operationId, 'getOpenApi');
    const asset = matcher.match('PUT', '/v1/agents/agent_velo/assets/logo%20big.png');
    assert.equal(asset?.operation.operationId, 'putAgentAsset');
    assert.deepEqual(asset?.params, { agent_id: 'agent_velo', asset_name: 'logo big.png' });
  });

  it('tells a nested path from its parent and a method from another', () => {
    assert.equal(matcher.match('GET', '/v1/agents/agent_velo')?.operation.operationId, 'getAgent');
    assert.equal(matcher.match('GET', '/v1/agents/agent_velo/assets')?.operation.operationId, 'listAgentAssets');
    assert.equal(matcher.match('DELETE', '/v1/org'), undefined);
    assert.equal(matcher.match('GET', '/v1/agents/a/b/c/d'), undefined);
    assert.equal(matcher.match('GET', '/openapiXyaml'), undefined, 'a dot in a path is a dot');
  });

  it('lists the methods of a path for OPTIONS', () => {
    assert.deepEqual([...(matcher.methodsOf('/v1/keys') ?? [])].sort(), ['GET', 'POST']);
    assert.equal(matcher.methodsOf('/nowhere'), undefined);
  });
});
