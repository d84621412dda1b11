/** English names of languages a request may name, for the instruction a model gets. */
const NAMES: Readonly<Record<string, string>> = {
  en: 'English', de: 'German', fr: 'French', es: 'Spanish', hi: 'Hindi (in Devanagari script)', it: 'Italian', pt: 'Portuguese',
  nl: 'Dutch', ja: 'Japanese', zh: 'Chinese', ko: 'Korean', ar: 'Arabic', ru: 'Russian', tr: 'Turkish', pl: 'Polish', sv: 'Swedish',
};

/** `Hindi (in Devanagari script)` for `hi`; the code itself when the name is unknown. */
export function languageName(code: string): string {
  const base = code.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  return Object.hasOwn(NAMES, base) ? (NAMES[base] as string) : code;
}
