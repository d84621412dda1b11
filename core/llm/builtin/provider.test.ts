import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GenerationRecord, StreamPart } from '../types.js';
import { buildPrompt } from '../prompt/index.js';
import { fixtureRequest, VELO } from '../testing/fixtures.js';
import { createBuiltinProvider, BUILTIN_MODEL, wordGroups } from './provider.js';
import { approximateTokens } from './token-count.js';
import { countBodyWords } from './words.js';

const provider = createBuiltinProvider();
const live = (): AbortSignal => new AbortController().signal;

async function drain(parts: AsyncIterable<StreamPart>): Promise<{ chunks: string[]; finals: GenerationRecord[] }> {
  const chunks: string[] = [];
  const finals: GenerationRecord[] = [];
  for await (const part of parts) {
    if (finals.length > 0) assert.fail('a part came after the final record');
    if (part.type === 'chunk') chunks.push(part.text);
    else finals.push(part.record);
  }
  return { chunks, finals };
}

describe('builtin provider', () => {
  it('says it is the builtin template generator, never a model, whatever model the request names', async () => {
    const out = await provider.generate(fixtureRequest({ model: 'gpt-4o' }), live());
    assert.equal(provider.id, 'builtin');
    assert.equal(out.provider, 'builtin');
    assert.equal(out.model, BUILTIN_MODEL);
    assert.equal(out.finishReason, 'stop');
  });

  it('gives the same text for the same request, and a different one when the request changes', async () => {
    const a = await provider.generate(fixtureRequest(), live());
    const b = await provider.generate(fixtureRequest(), live());
    const c = await provider.generate(fixtureRequest({ tone: 'calm' }), live());
    assert.equal(a.text, b.text);
    assert.notEqual(a.text, c.text);
  });

  it('counts completion tokens of the text and prompt tokens of the prompt a model would get, as words plus punctuation', async () => {
    const out = await provider.generate(fixtureRequest(), live());
    assert.equal(out.completionTokens, approximateTokens(out.text));
    assert.equal(out.promptTokens, approximateTokens(buildPrompt(fixtureRequest()).map((m) => m.content).join('\n')));
    assert.ok(out.promptTokens > 100, `prompt tokens ${out.promptTokens}`);
    // The persona's system message is counted once and kept: a second request of the same
    // persona with another product still counts its own user message.
    const other = fixtureRequest({ product: { name: 'Another product with a much longer name', key_features: ['one', 'two'] } });
    const again = await provider.generate(other, live());
    assert.equal(again.promptTokens, approximateTokens(buildPrompt(other).map((m) => m.content).join('\n')));
    assert.notEqual(again.promptTokens, out.promptTokens);
    // Another persona of the same name gets its own count, not the one kept for VELO.
    const wordier = fixtureRequest({ persona: { ...VELO, bio: `${VELO.bio} Long-distance tests, winter range, charging curves and the software behind them.` } });
    const third = await provider.generate(wordier, live());
    assert.equal(third.promptTokens, approximateTokens(buildPrompt(wordier).map((m) => m.content).join('\n')));
    assert.ok(third.promptTokens > out.promptTokens, `${third.promptTokens} > ${out.promptTokens}`);
    assert.equal(approximateTokens('Hello, world! 800km range.'), 7);
    assert.equal(approximateTokens('नमस्ते, दुनिया।'), 4);
  });

  it('stays within maxCharacters, CTA included, for a 280-character post in every language and type', async () => {
    for (const language of ['en', 'de', 'fr', 'es', 'hi']) {
      for (const contentType of ['product_review', 'product_launch', 'testimonial', 'lead_magnet', 'trivia', 'collab_content'] as const) {
        const request = fixtureRequest({ contentType, language, format: 'post', length: 'long', maxCharacters: 280 });
        const out = await provider.generate(request, live());
        assert.ok([...out.text].length <= 280, `${language}/${contentType}: ${[...out.text].length} characters`);
        assert.ok(out.text.includes(request.product.name));
        assert.ok(out.text.split('\n\n').includes(request.cta ?? ''), `${language}/${contentType} keeps its CTA`);
        assert.equal(out.finishReason, 'stop');
      }
    }
  });

  it('cuts at a word boundary with finishReason length when even the skeleton cannot fit', async () => {
    const request = fixtureRequest({ format: 'press_release', maxCharacters: 120, cta: null });
    const out = await provider.generate(request, live());
    assert.ok([...out.text].length <= 120, `${[...out.text].length} characters`);
    assert.equal(out.finishReason, 'length');
    assert.match(out.text, /…$/u);
  });

  it('honours a word target the caller chose instead of the default', async () => {
    const request = fixtureRequest({ format: 'article', length: 'long', words: { min: 60, max: 90 } });
    const words = countBodyWords((await provider.generate(request, live())).text, request.cta);
    assert.ok(words >= 60 && words <= 90, `${words} words`);
  });

  it('writes a language it has no phrasing for in English, with a language_fallback warning and language en', async () => {
    const out = await provider.generate(fixtureRequest({ language: 'ja' }), live());
    assert.equal(out.language, 'en');
    assert.deepEqual(out.warnings.map((w) => w.code), ['language_fallback']);
    assert.match(out.warnings[0]?.message ?? '', /'ja'/u);
    assert.match(out.text, /\b(the|and|is)\b/u);
    const native = await provider.generate(fixtureRequest({ language: 'de-AT' }), live());
    assert.equal(native.language, 'de');
    assert.deepEqual(native.warnings, []);
  });

  it('streams word groups that concatenate to the generate() text, then exactly one final record', async () => {
    for (const format of ['post', 'article', 'email'] as const) {
      const request = fixtureRequest({ format, language: 'hi' });
      const whole = await provider.generate(request, live());
      const { chunks, finals } = await drain(provider.stream(request, live()));
      assert.equal(chunks.join(''), whole.text);
      assert.ok(chunks.length > 3);
      for (const chunk of chunks) assert.ok(chunk.trim().split(/\s+/u).length <= 5, `chunk "${chunk}"`);
      assert.equal(finals.length, 1);
      const { latencyMs: _a, ...record } = finals[0] as GenerationRecord;
      const { latencyMs: _b, text: _t, ...expected } = whole;
      assert.deepEqual(record, expected);
    }
  });

  it('ends a stream with client_closed, counting only what was sent, when the signal aborts', async () => {
    const controller = new AbortController();
    const chunks: string[] = [];
    let final: GenerationRecord | undefined;
    for await (const part of provider.stream(fixtureRequest({ format: 'article' }), controller.signal)) {
      if (part.type === 'chunk') {
        chunks.push(part.text);
        if (chunks.length === 3) controller.abort();
      } else final = part.record;
    }
    assert.equal(chunks.length, 3);
    assert.equal(final?.finishReason, 'client_closed');
    assert.equal(final?.completionTokens, approximateTokens(chunks.join('')));
  });

  it('rejects generate() with the reason of an already aborted signal', async () => {
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    await assert.rejects(provider.generate(fixtureRequest(), controller.signal), /gone/u);
  });

  it('is always reachable', async () => {
    const health = await provider.check(live());
    assert.equal(health.ok, true);
    assert.match(health.detail, /builtin/u);
  });

  it('splits text into groups that keep every whitespace', () => {
    const text = 'One two  three\nfour five six seven.\n\nEight';
    assert.equal(wordGroups(text).join(''), text);
  });
});
