import { codePointLength } from 'influgentic';

/**
 * The disclosures an AI influencer's sponsored post needs, per language: the advertising
 * marker regulators expect in that market (FTC `#ad`, German `#Werbung`, French
 * `#publicité`, Spanish `#publicidad`, Hindi `#विज्ञापन` per ASCI) and an AI-generated label.
 * A language without an entry gets the English ones.
 */
const DISCLOSURES: Readonly<Record<string, readonly [ad: string, ai: string]>> = {
  en: ['#ad', '#AIgenerated'],
  de: ['#Werbung', '#KIgeneriert'],
  fr: ['#publicité', '#GénéréParIA'],
  es: ['#publicidad', '#GeneradoPorIA'],
  hi: ['#विज्ञापन', '#AIनिर्मित'],
  it: ['#pubblicità', '#GeneratoDaIA'],
  pt: ['#publicidade', '#GeradoPorIA'],
  nl: ['#advertentie', '#AIgegenereerd'],
  ja: ['#広告', '#AI生成'],
  zh: ['#广告', '#AI生成'],
};

export function disclosuresFor(language: string): readonly string[] {
  return DISCLOSURES[language] ?? (DISCLOSURES['en'] as readonly string[]);
}

/** Between the text and its disclosures. */
export const DISCLOSURE_SEPARATOR = '\n\n';

/** The characters the disclosures take when appended (separator included). */
export function disclosureLength(language: string): number {
  return codePointLength(`${DISCLOSURE_SEPARATOR}${disclosuresFor(language).join(' ')}`);
}

const HASHTAG = /#[\p{L}\p{M}\p{N}_]+/gu;

/** Every hashtag of a text, in order of appearance. */
export function hashtagsOf(text: string): string[] {
  return text.match(HASHTAG) ?? [];
}

/** Hashtags already written, compared without case: a provider that wrote `#ad` gets no second one. */
function present(text: string): Set<string> {
  return new Set(hashtagsOf(text).map((tag) => tag.toLocaleLowerCase()));
}

/**
 * What to append so the text carries every disclosure of its language (empty when it has
 * them all), fitted by cutting the body when a channel limit would be passed.
 */
export function disclose(text: string, language: string, maxCharacters: number | undefined): { readonly body: string; readonly suffix: string; readonly cut: boolean } {
  const written = present(text);
  const missing = disclosuresFor(language).filter((tag) => !written.has(tag.toLocaleLowerCase()));
  const suffix = missing.length === 0 ? '' : `${DISCLOSURE_SEPARATOR}${missing.join(' ')}`;
  if (maxCharacters === undefined) return { body: text, suffix, cut: false };
  const room = maxCharacters - codePointLength(suffix);
  if (codePointLength(text) <= room) return { body: text, suffix, cut: false };
  return { body: cutAtWord(text, room), suffix, cut: true };
}

/** The text cut at a word boundary to at most `room` characters, marked with an ellipsis. */
export function cutAtWord(text: string, room: number): string {
  let out = '';
  for (const token of text.match(/\s*\S+/gu) ?? []) {
    if (codePointLength(out + token) + 1 > room) break;
    out += token;
  }
  return `${out.trimEnd()}…`;
}
