import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureRequest, VELO } from '../testing/fixtures.js';
import { factsOf, humanize } from './facts.js';
import { composeText } from './generate.js';
import { frElide } from './lang/fr-frame.js';
import { voiceOf } from './voice.js';
import { bodyOf, countBodyWords, countWords } from './words.js';

describe('builtin generator: words, facts and style', () => {
  it('counts whitespace-separated tokens of the text without its CTA paragraph', () => {
    assert.equal(countWords('  Pros:\n+ 800km range  '), 4);
    assert.equal(countWords(''), 0);
    const text = 'Hook line here.\n\nCall now.\n\n#tag';
    assert.equal(bodyOf(text, 'Call now.'), 'Hook line here.\n\n#tag');
    assert.equal(countBodyWords(text, 'Call now.'), 4);
    assert.equal(countBodyWords(text, null), 6);
  });

  it('takes features then claims, de-duplicated and without closing full stops, and a readable audience', () => {
    const f = factsOf(fixtureRequest({ product: { name: ' Pegasus 41 ', key_features: ['ReactX foam.', ''], key_claims: ['reactx foam', 'wider toe box'], target_audience: 'runners_18_35' } }));
    assert.equal(f.name, 'Pegasus 41');
    assert.deepEqual(f.features, ['ReactX foam', 'wider toe box']);
    assert.equal(f.audience, 'runners 18–35');
    assert.equal(f.description, null);
    assert.equal(humanize('tech_enthusiasts_25_45'), 'tech enthusiasts 25–45');
  });

  it('follows the persona on exclamation marks and hashtags: a rule first, otherwise the example posts', () => {
    const quiet = { ...VELO, style_rules: ['Never use exclamation marks', 'No hashtags'] };
    const v = voiceOf(fixtureRequest({ persona: quiet }));
    assert.equal(v.exclamations, false);
    assert.equal(v.hashtags, false);
    const text = composeText(fixtureRequest({ persona: quiet, contentType: 'collab_content', format: 'thread', length: 'long' })).text;
    assert.doesNotMatch(text, /[!¡#]/u);
    const fromExamples = voiceOf(fixtureRequest({ persona: { ...VELO, style_rules: [], example_posts: ['Plain words. No fuss.'] } }));
    assert.equal(fromExamples.exclamations, false);
    assert.equal(fromExamples.hashtags, false);
    assert.equal(voiceOf(fixtureRequest()).hashtags, true);
  });

  it('opens with more energy when the tone is enthusiastic', () => {
    const hype = composeText(fixtureRequest({ tone: 'enthusiastic' })).text;
    const calm = composeText(fixtureRequest({ tone: 'calm' })).text;
    assert.match(hype.split('\n')[0] ?? '', /!/u);
    assert.doesNotMatch(calm, /!/u);
  });

  it('quotes a testimonial source verbatim and invents nothing beyond the given features', () => {
    const request = fixtureRequest({ contentType: 'testimonial', format: 'quote', length: 'long', sourceQuote: 'Charging stops stopped being a thing' });
    const text = composeText(request).text;
    assert.ok(text.includes('Charging stops stopped being a thing.'));
    const numbers = text.match(/\d+/gu) ?? [];
    for (const n of numbers) assert.ok(['800', '25', '45'].includes(n), `number ${n} is not in the request`);
  });

  it('elides French "de" and "que" before a name that starts with a vowel, and nowhere else', () => {
    assert.equal(frElide("La description de EV X, plus que AI-drive, et de Nova."), "La description d'EV X, plus qu'AI-drive, et de Nova.");
    assert.equal(frElide('Il possède EV X.'), 'Il possède EV X.');
    const text = composeText(fixtureRequest({ language: 'fr', format: 'press_release' })).text;
    assert.doesNotMatch(text, /\b(de|que) EV\b/u);
  });
});
