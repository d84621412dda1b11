import type { GenerationRequest } from '../types.js';
import type { Facts } from './lang/phrasebook.js';

/** Trims, folds whitespace and drops a closing full stop so a fact can sit inside a sentence. */
export function cleanFact(text: string): string {
  return text.trim().replace(/\s+/gu, ' ').replace(/[.!?।。\s]+$/u, '');
}

/** `tech_enthusiasts_25_45` reads as `tech enthusiasts 25–45`. */
export function humanize(text: string): string {
  return cleanFact(text.replace(/_/gu, ' ')).replace(/\b(\d+) (\d+)\b/gu, '$1–$2');
}

function present(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const cleaned = cleanFact(text);
  return cleaned === '' ? null : cleaned;
}

function distinct(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items.map(cleanFact)) {
    if (item === '' || seen.has(item.toLowerCase())) continue;
    seen.add(item.toLowerCase());
    out.push(item);
  }
  return out;
}

/** Everything the generator may say, taken from the request and nowhere else. */
export function factsOf(request: GenerationRequest): Facts {
  const { product, persona } = request;
  // The product's audience only: the persona's own audience (who follows the influencer) is
  // not a fact about who the product is for, and sentences such as "X is meant for ..." say so.
  const audience = present(product.target_audience);
  return {
    name: cleanFact(product.name),
    description: present(product.description),
    features: distinct([...(product.key_features ?? []), ...(product.key_claims ?? [])]),
    use: present(product.target_use),
    audience: audience === null ? null : humanize(audience),
    persona: cleanFact(persona.name),
    headline: present(persona.headline) ?? persona.category.replace(/_/gu, ' '),
    topics: distinct(persona.topics).slice(0, 3),
    adjectives: distinct(persona.adjectives).slice(0, 3),
    sourceQuote: present(request.sourceQuote),
  };
}
