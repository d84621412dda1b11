import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coreErrors } from './errors.js';
import { fieldName, toProblem } from './translate.js';

describe('fieldName', () => {
  it('names body fields by their dotted path and array index', () => {
    assert.equal(fieldName('/body/config/languages/1'), 'config.languages[1]');
    assert.equal(fieldName('.body.name'), 'name');
  });

  it('names headers as the contract spells them', () => {
    assert.equal(fieldName('/headers/idempotency-key'), 'Idempotency-Key');
    assert.equal(fieldName('/headers/x-request-id'), 'X-Request-ID');
  });

  it('names query and path parameters by their own name', () => {
    assert.equal(fieldName('/query/limit'), 'limit');
    assert.equal(fieldName('/params/campaign_id'), 'campaign_id');
  });
});

describe('toProblem', () => {
  it('keeps a problem a service threw', () => {
    const error = coreErrors.NOT_FOUND('no campaign camp_1');
    assert.equal(toProblem(error), error);
  });

  it('lists every invalid field of a validation error, the missing field named itself', () => {
    const problem = toProblem({
      status: 400,
      errors: [
        { path: '/body/name', message: "must have required property 'name'", errorCode: 'required.openapi.validation' },
        { path: '/query/limit', message: 'must be <= 100', errorCode: 'maximum.openapi.validation' },
      ],
    });
    assert.equal(problem.status, 400);
    assert.equal(problem.code, 'validation_failed');
    assert.deepEqual(problem.options.errors, [
      { field: 'name', code: 'required', message: "must have required property 'name'" },
      { field: 'limit', code: 'maximum', message: 'must be <= 100' },
    ]);
  });

  it('maps body-parser failures to 400 malformed_json and 413 payload_too_large', () => {
    assert.equal(toProblem({ type: 'entity.parse.failed', status: 400 }).code, 'malformed_json');
    assert.equal(toProblem({ type: 'entity.too.large', status: 413, limit: 10 }).status, 413);
  });

  it('keeps the Allow header of a 405', () => {
    const problem = toProblem({ status: 405, headers: { Allow: 'GET, POST' } });
    assert.equal(problem.code, 'method_not_allowed');
    assert.equal(problem.options.headers?.Allow, 'GET, POST');
  });

  it('hides anything unexpected behind a 500 that says nothing of the cause', () => {
    const problem = toProblem(new TypeError('secret internals'));
    assert.equal(problem.status, 500);
    assert.equal(problem.code, 'internal_error');
    assert.doesNotMatch(problem.message, /secret internals/);
  });
});
