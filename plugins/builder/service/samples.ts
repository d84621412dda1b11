import type { LlmProvider } from 'influgentic';
import { labelled } from './disclosures.js';
import { contentTypeOf } from './extract.js';
import { requestFor } from './request.js';
import type { BuildInputs, CompiledPersona, Sample } from './types.js';

/** Two lengths per use case and language, so one post that misses a check does not decide alone. */
const LENGTHS = ['medium', 'long'] as const;

/** write_samples: posts per use case (a product review without any), language and length. */
export async function writeSamples(provider: LlmProvider, inputs: BuildInputs, persona: CompiledPersona, signal: AbortSignal, log: (line: string) => void): Promise<Sample[]> {
  const useCases = inputs.use_cases.length > 0 ? inputs.use_cases : ['product_review'];
  const samples: Sample[] = [];
  for (const useCase of useCases) {
    for (const language of inputs.languages) {
      for (const length of LENGTHS) {
        const contentType = contentTypeOf(useCase);
        // A neutral product: the expertise terms must come from the voice, not from the brief.
        const request = requestFor(inputs, persona, contentType, language, { name: 'Sample product', key_features: ['clear labelling'] }, length);
        const generation = await provider.generate(request, signal);
        samples.push({ use_case: useCase, content_type: contentType, language, written_language: generation.language, text: labelled(generation.text, language), words: request.words });
        log(`${useCase} in ${language}, ${length}: ${generation.text.split(/\s+/u).length} words with ${generation.provider}`);
      }
    }
  }
  return samples;
}
