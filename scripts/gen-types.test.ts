import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { generateTypes, typesFile } from './gen-types.js';

describe('core/openapi/types.gen.ts', () => {
  it('matches openapi.yaml (run `npm run gen` after changing the contract)', async () => {
    const expected = await generateTypes();
    assert.ok(readFileSync(typesFile, 'utf8') === expected, 'types.gen.ts is stale: run `npm run gen` and commit the result');
  });
});
