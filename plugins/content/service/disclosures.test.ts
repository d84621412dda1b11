import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cutAtWord, disclose, hashtagsOf } from './disclosures.js';

describe('disclosures', () => {
  it('appends only the missing disclosures of the language', () => {
    assert.deepEqual(disclose('Neu da.', 'de', undefined), { body: 'Neu da.', suffix: '\n\n#Werbung #KIgeneriert', cut: false });
    assert.deepEqual(disclose('New. #AD', 'en', undefined), { body: 'New. #AD', suffix: '\n\n#AIgenerated', cut: false });
    assert.equal(disclose('Nuevo.', 'xx', undefined).suffix, '\n\n#ad #AIgenerated', 'a language without an entry gets English');
  });

  it('cuts the body at a word so body and disclosures fit the limit', () => {
    const { body, suffix, cut } = disclose('one two three four five six seven', 'en', 30);
    assert.equal(cut, true);
    assert.ok([...(body + suffix)].length <= 30, body + suffix);
    assert.equal(body, 'one two…');
  });

  it('counts characters, not UTF-16 units', () => {
    assert.equal(cutAtWord('नमस्ते दुनिया फिर से', 14), 'नमस्ते दुनिया…');
  });

  it('finds hashtags in any script', () => {
    assert.deepEqual(hashtagsOf('a #विज्ञापन b #GénéréParIA #広告.'), ['#विज्ञापन', '#GénéréParIA', '#広告']);
  });
});
