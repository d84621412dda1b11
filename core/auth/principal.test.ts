import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { grants } from './principal.js';

describe('grants', () => {
  it('grants a held scope and nothing else', () => {
    assert.equal(grants(['agents:read'], 'agents:read'), true);
    assert.equal(grants(['agents:read'], 'campaigns:read'), false);
    assert.equal(grants(['agents:read'], 'agents:write'), false);
  });

  it('lets admin do everything and write imply read of the same area', () => {
    assert.equal(grants(['admin'], 'webhooks:write'), true);
    assert.equal(grants(['campaigns:write'], 'campaigns:read'), true);
    assert.equal(grants(['campaigns:write'], 'analytics:read'), false);
  });
});
