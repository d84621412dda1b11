// The operations of the contract that no plugin implements yet: they answer 501. This list
// may only shrink. When you implement an operation, remove it here; the test fails both
// when an operation is listed but implemented and when one is unimplemented but unlisted.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startInProcess, type RunningApp } from '../core/testing/in-process.js';

const notImplementedYet = [
  'createBuilderAgent',
  'createLead',
  'createTrackingLink',
  'deleteBuilderAgent',
  'deleteLead',
  'getAgentAnalytics',
  'getBuilderAgent',
  'getCampaignAnalytics',
  'ingestEvents',
  'listBuilderAgents',
  'listLeads',
  'trackLinkClick',
  'updateBuilderAgent',
];

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
