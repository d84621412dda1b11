import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flagClaims, sentencesOf } from './claims-check.js';

describe('flagClaims', () => {
  it('flags once per sentence and kind, only for terms no given claim carries', () => {
    const flags = flagClaims('The best shoe. Best in class grip. It cures and heals.\n\n#ad #AIgenerated', 'en', ['Best in class grip']);
    assert.deepEqual(flags.map((f) => [f.code, f.sentence]), [
      ['unsupported_superlative', 'The best shoe.'],
      ['unsupported_health_claim', 'It cures and heals.'],
    ]);
  });

  it('matches whole words only', () => {
    assert.deepEqual(flagClaims('Bestseller colours, a curement.', 'en', []), []);
  });

  it('reads the English list beside the text\'s language', () => {
    assert.equal(flagClaims('Der beste Schuh, the best.', 'de', [])[0]?.code, 'unsupported_superlative');
  });

  it('splits Hindi sentences at the danda and skips hashtag lines', () => {
    assert.deepEqual(sentencesOf('पहला वाक्य। दूसरा वाक्य।\n\n#विज्ञापन #AIनिर्मित'), ['पहला वाक्य।', 'दूसरा वाक्य।']);
  });
});
