import type { FinishReason, GenerationRequest, LlmWarning } from '../types.js';
import { fit } from './compose.js';
import type { Layout, Part } from './compose.js';
import { factsOf } from './facts.js';
import { FORMATS } from './formats/index.js';
import { nativeLanguage, PHRASEBOOKS } from './lang/index.js';
import { Pool } from './pool.js';
import { createRng, seedFrom } from './prng.js';
import { voiceOf } from './voice.js';

export interface Composed {
  readonly text: string;
  readonly language: string;
  readonly finishReason: FinishReason;
  readonly warnings: readonly LlmWarning[];
}

/** JSON with sorted keys, so the seed does not depend on how the caller ordered its fields. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function polished(layout: Layout, polish: ((text: string) => string) | undefined): Layout {
  if (polish === undefined) return layout;
  const label = (value: Part['label']): Part['label'] => (typeof value === 'string' ? polish(value) : value === undefined ? undefined : (i: number) => polish(value(i)));
  return { ...layout, parts: layout.parts.map((p) => ({ ...p, label: label(p.label), lead: label(p.lead), units: p.units.map(polish) })) };
}

/**
 * Writes the text for a request: same request, same text. The seed is a hash of the whole
 * request except `model`, which names a model the builtin generator does not have.
 */
export function composeText(request: GenerationRequest): Composed {
  const { model: _model, ...seeded } = request;
  const rng = createRng(seedFrom(stableJson(seeded)));
  const native = nativeLanguage(request.language);
  const warnings: LlmWarning[] = [];
  if (native === null) {
    warnings.push({
      code: 'language_fallback',
      message: `The builtin generator has no phrasing for language '${request.language}'; the text is written in English.`,
    });
  }
  const pb = PHRASEBOOKS[native ?? 'en'];
  const facts = factsOf(request);
  const voice = voiceOf(request);
  const pool = new Pool(pb, facts, request.contentType, rng, voice);
  const layout = polished(FORMATS[request.format]({ pool, pb, f: facts, voice, length: request.length }), pb.polish);
  const words = request.words.min <= request.words.max ? request.words : { min: request.words.max, max: request.words.min };
  const fitted = fit(layout, words, request.maxCharacters, request.cta, rng);
  if (fitted.short) {
    warnings.push({
      code: 'word_target_unmet',
      message: `The builtin generator ran out of distinct sentences at ${fitted.words} words (target ${words.min}-${words.max}); give more key features for longer text.`,
    });
  }
  return { text: fitted.text, language: native ?? 'en', finishReason: fitted.truncated ? 'length' : 'stop', warnings };
}
