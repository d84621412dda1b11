// The operations of the contract that no plugin implements yet: they answer 501. This list
// may only shrink. When you implement an operation, remove it here; the test fails both
// when an operation is listed but implemented and when one is unimplemented but unlisted.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startInProcess, type RunningApp } from '../core/testing/in-process.js';

const notImplementedYet: string[] = [];

describe('operations not implemented yet', () => {
  let running: RunningApp;
  before(async () => {
    running = await startInProcess();
  });
  after(() => running.close());

  it('are exactly the listed ones (the list only shrinks)', () => {
    const unbound = running.app.bindings.filter((binding) => !binding.handle).map((binding) => binding.operation.operationId).sort();
    assert.deepEqual(unbound, [...notImplementedYet].sort());
  });
});

describe('an operation of the contract that no loaded plugin claims', () => {
  let bare: RunningApp;
  before(async () => {
    // Only the kernel's plugins: every domain operation is unclaimed.
    bare = await startInProcess({ plugins: [] });
  });
  after(() => bare.close());

  it('answers 501 not_implemented naming the operation', async () => {
    const response = await fetch(`${bare.baseUrl}/v1/campaigns/camp_123`, { headers: { Authorization: `Bearer ${bare.keys.test}` } });
    assert.equal(response.status, 501);
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const problem = (await response.json()) as { code: string; message: string };
    assert.equal(problem.code, 'not_implemented');
    assert.match(problem.message, /getCampaign/);
  });
});
