import { aiLabelFor } from './disclosures.js';
import type { CompiledPersona, Sample } from './types.js';

export interface Evaluation {
  readonly passed: boolean;
  readonly scores: Readonly<Record<string, number>>;
  /** The failed checks, for people (and for the compile retry's feedback). */
  readonly reasons: readonly string[];
}

// Leftovers of a template or a model that gave up: placeholders, empty values, filler.
const HOLES = /\{\{|\}\}|\{[a-z_]+\}|\[[A-Z][A-Z_ ]+\]|<[A-Z_]+>|\bundefined\b|\bnull\b|\bNaN\b|\bTODO\b|lorem ipsum/u;

const MINIMUM: Readonly<Record<string, number>> = { disclosure: 1, language: 1, no_template_holes: 1, on_topic: 0.5, length: 0.5 };

function words(text: string): number {
  return text.split(/\s+/u).filter((word) => word !== '' && !word.startsWith('#')).length;
}

/** Terms of the expertise domains worth finding in a post (whole phrases and their longer words). */
function terms(persona: CompiledPersona): string[] {
  const phrases = persona.expertise_domains.map((domain) => domain.toLocaleLowerCase());
  return [...phrases, ...phrases.flatMap((phrase) => phrase.split(/\s+/u).filter((word) => word.length > 4))];
}

const share = (samples: readonly Sample[], check: (sample: Sample) => boolean) => (samples.length === 0 ? 0 : samples.filter(check).length / samples.length);

/**
 * evaluate: each check's share of samples that pass it, 0 to 1. A language the generator
 * has no phrasing for passes the language check (it was accepted with a warning); a sample
 * the provider claims in another language does not.
 */
export function evaluateSamples(samples: readonly Sample[], persona: CompiledPersona, fallbackLanguage = 'en'): Evaluation {
  const topical = terms(persona);
  const scores: Record<string, number> = {
    disclosure: share(samples, (s) => s.text.toLocaleLowerCase().includes(aiLabelFor(s.language).toLocaleLowerCase())),
    language: share(samples, (s) => s.written_language === s.language || s.written_language === fallbackLanguage),
    no_template_holes: share(samples, (s) => !HOLES.test(s.text)),
    on_topic: share(samples, (s) => topical.some((term) => s.text.toLocaleLowerCase().includes(term))),
    length: share(samples, (s) => words(s.text) >= Math.floor(s.words.min / 2) && words(s.text) <= s.words.max * 2),
  };
  const reasons = Object.entries(MINIMUM)
    .filter(([check, minimum]) => (scores[check] ?? 0) < minimum)
    .map(([check, minimum]) => `${check}: ${Math.round((scores[check] ?? 0) * 100)}% of samples passed (at least ${Math.round(minimum * 100)}% needed)`);
  return { passed: reasons.length === 0, scores, reasons };
}
