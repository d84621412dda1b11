import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CONTENT_TYPES, STRUCTURAL_FORMATS } from '../types.js';
import type { GenerationRequest } from '../types.js';
import { fixtureRequest, VELO } from '../testing/fixtures.js';
import { buildPrompt } from './build.js';
import { ANGLE, COMPLIANCE } from './instructions.js';

const user = (r: GenerationRequest): string => buildPrompt(r)[1]?.content ?? '';
const system = (r: GenerationRequest): string => buildPrompt(r)[0]?.content ?? '';

describe('buildPrompt', () => {
  it('gives a system message from the persona and a user message with the brief', () => {
    const messages = buildPrompt(fixtureRequest());
    assert.deepEqual(messages.map((m) => m.role), ['system', 'user']);
    const s = system(fixtureRequest());
    for (const part of [VELO.name, VELO.headline, VELO.bio, ...VELO.topics, ...VELO.style_rules, ...VELO.example_posts, ...VELO.adjectives]) {
      assert.ok(s.includes(part), `system message lacks "${part}"`);
    }
    assert.match(s, /never reuse their facts/u);
  });

  it('states the angle of every content type and the structure of every format', () => {
    for (const contentType of CONTENT_TYPES) assert.ok(user(fixtureRequest({ contentType })).includes(ANGLE[contentType]), contentType);
    const labels: Record<string, RegExp> = {
      thread: /"1\/"/u, article: /"## "/u, video_script: /SCENE n.*VO:/u, press_release: /dateline.*About EV Series X Pro.*###/u,
      quote: /attribution line "— VELO/u, review: /"Pros".*"Cons".*"Verdict"/u, quiz: /Answer:/u, landing_copy: /headline.*Who it's for/u,
      email: /"Subject:"/u, joint_announcement: /VELO × EV Series X Pro/u, question: /question/u, post: /hook line/u,
    };
    for (const format of STRUCTURAL_FORMATS) assert.match(user(fixtureRequest({ format })), labels[format] as RegExp, format);
  });

  it('gives the word target, the character limit, the language and the tone', () => {
    const u = user(fixtureRequest({ format: 'post', length: 'short', language: 'hi', maxCharacters: 280, tone: 'luxury_editorial' }));
    assert.match(u, /Length: short, 20-50 words, not counting the call-to-action line\./u);
    assert.match(u, /fit in 280 characters/u);
    assert.match(u, /write in Hindi \(in Devanagari script\) as a native writer would/u);
    assert.match(u, /Tone: luxury editorial\./u);
    assert.doesNotMatch(user(fixtureRequest()), /characters\./u);
    assert.match(user(fixtureRequest({ language: 'constructor' })), /write in constructor as a native writer would/u);
  });

  it('lists the product facts and limits claims to them', () => {
    const u = user(fixtureRequest({ product: { name: 'Pegasus 41', key_claims: ['ReactX foam', 'wider toe box'], target_use: 'marathon training' } }));
    assert.match(u, /Product: Pegasus 41\nKey claims:\n- ReactX foam\n- wider toe box\nTarget use: marathon training/u);
    assert.match(u, /state only the description, key features and key claims above/u);
    assert.doesNotMatch(u, /Key features:/u);
  });

  it('leaves out a blank fact instead of printing an empty line a model would fill in', () => {
    const u = user(fixtureRequest({ contentType: 'testimonial', sourceQuote: '  ', product: { name: 'Pegasus 41', description: ' ', key_features: ['', 'ReactX foam'], key_claims: ['  '], target_use: '', target_audience: '' } }));
    assert.match(u, /Product: Pegasus 41\nKey features:\n- ReactX foam\n\n/u);
    assert.doesNotMatch(u, /Description:|Key claims:|Target use:|Target audience:|customer's words/u);
  });

  it('asks for the exact CTA line, or for none', () => {
    const request = fixtureRequest();
    assert.ok(user(request).includes(`end with this exact line as its own paragraph: ${request.cta}`));
    assert.match(user(fixtureRequest({ cta: null })), /Call to action: none; do not add one\./u);
  });

  it('adds the compliance hints of the mode (none when off) and a testimonial source quote', () => {
    assert.ok(user(fixtureRequest({ complianceMode: 'standard' })).includes(COMPLIANCE.standard ?? '!'));
    assert.match(user(fixtureRequest({ complianceMode: 'strict' })), /sponsored content written by an AI persona/u);
    assert.doesNotMatch(user(fixtureRequest({ complianceMode: 'off' })), /Compliance:/u);
    assert.match(user(fixtureRequest({ contentType: 'testimonial', sourceQuote: 'Best run of my life' })), /"Best run of my life"/u);
  });

  it('is pure: the same request gives the same messages and is not changed', () => {
    const request = Object.freeze(fixtureRequest());
    assert.deepEqual(buildPrompt(request), buildPrompt(request));
  });
});

/**
 * A few prompts kept as text files so a change to the wording shows up in review.
 * Rewrite them on purpose with UPDATE_PROMPT_SNAPSHOTS=1.
 */
describe('prompt snapshots', () => {
  const cases: Record<string, GenerationRequest> = {
    'en-product-review-post': fixtureRequest({ contentType: 'product_review', format: 'post', length: 'medium', maxCharacters: 280 }),
    'de-product-launch-press-release-strict': fixtureRequest({ contentType: 'product_launch', format: 'press_release', length: 'long', language: 'de', complianceMode: 'strict' }),
    'hi-testimonial-quote-no-cta': fixtureRequest({ contentType: 'testimonial', format: 'quote', language: 'hi', cta: null, complianceMode: 'off', sourceQuote: 'I drove from Delhi to Jaipur without a second thought.' }),
  };
  for (const [name, request] of Object.entries(cases)) {
    it(`matches snapshots/${name}.txt`, () => {
      const file = new URL(`./snapshots/${name}.txt`, import.meta.url);
      const text = buildPrompt(request).map((m) => `--- ${m.role} ---\n${m.content}\n`).join('\n');
      if (process.env.UPDATE_PROMPT_SNAPSHOTS === '1') writeFileSync(file, text);
      assert.ok(existsSync(file), `snapshot missing: run with UPDATE_PROMPT_SNAPSHOTS=1 to write ${name}.txt`);
      assert.equal(text, readFileSync(file, 'utf8'));
    });
  }
});
