import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newId } from './ids.js';

describe('newId', () => {
  it('is prefixed and uses only URL-safe letters and digits', () => {
    assert.match(newId('camp'), /^camp_[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it('sorts by creation time', () => {
    const ids = [1_700_000_000_000, 1_700_000_000_001, 1_800_000_000_000].map((ms) => newId('evt', ms));
    assert.deepEqual([...ids].sort(), ids);
  });

  it('does not repeat within the same millisecond', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId('x', 1)));
    assert.equal(ids.size, 10_000);
  });
});
