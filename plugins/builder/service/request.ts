import { DEFAULT_WORD_TARGETS, type ContentLength, type ContentType, type GenerationRequest, type LlmProduct } from 'influgentic';
import type { BuildInputs, CompiledPersona } from './types.js';

/** A generation request in the voice being built (the shape the content plugin sends). */
export function requestFor(inputs: BuildInputs, persona: CompiledPersona, contentType: string, language: string, product: LlmProduct, length: ContentLength = 'medium'): GenerationRequest {
  return {
    persona: { ...persona, name: inputs.name, category: inputs.category, languages: inputs.languages },
    contentType: contentType as ContentType,
    format: 'post',
    length,
    words: DEFAULT_WORD_TARGETS.post[length],
    language,
    tone: persona.tone_modes[0] ?? null,
    product,
    cta: null,
    complianceMode: 'standard',
  };
}
