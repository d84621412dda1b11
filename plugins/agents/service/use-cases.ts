/**
 * Use cases are open snake_case slugs; these known pairs mean the same thing (the reference's
 * list filter says `review`, `lead_gen`; its builder example says `product_review`,
 * `brand_launch`), so a filter or check for one matches the other.
 */
const synonymPairs: readonly (readonly [string, string])[] = [
  ['review', 'product_review'],
  ['brand_launch', 'product_launch'],
  ['lead_gen', 'lead_magnet'],
];

/** A use case with its known synonyms (itself first). */
export function useCaseWithSynonyms(useCase: string): string[] {
  const all = [useCase];
  for (const [a, b] of synonymPairs) {
    if (useCase === a) all.push(b);
    if (useCase === b) all.push(a);
  }
  return all;
}

/** `|review|product_review|...|`: every use case and synonym, as stored for filtering. */
export function useCaseKeys(useCases: readonly string[]): string {
  const keys = new Set(useCases.flatMap(useCaseWithSynonyms));
  return `|${[...keys].join('|')}|`;
}

export function languageKeys(languages: readonly string[]): string {
  return `|${languages.join('|')}|`;
}
