import { deAngles } from './de.js';
import { deFrame } from './de-frame.js';
import { enAngles } from './en.js';
import { enFrame } from './en-frame.js';
import { esAngles } from './es.js';
import { esFrame } from './es-frame.js';
import { frAngles } from './fr.js';
import { frFrame } from './fr-frame.js';
import { hiAngles } from './hi.js';
import { hiFrame } from './hi-frame.js';
import type { NativeLanguage, Phrasebook } from './phrasebook.js';

/** The languages the builtin generator writes natively, each its own phrasing (not a translation of the English). */
export const PHRASEBOOKS: Readonly<Record<NativeLanguage, Phrasebook>> = {
  en: { code: 'en', ...enAngles, ...enFrame },
  de: { code: 'de', ...deAngles, ...deFrame },
  fr: { code: 'fr', ...frAngles, ...frFrame },
  es: { code: 'es', ...esAngles, ...esFrame },
  hi: { code: 'hi', ...hiAngles, ...hiFrame },
};

/** `de`, `de-AT` and `DE` all mean German; anything else is not native. */
export function nativeLanguage(code: string): NativeLanguage | null {
  const base = code.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  return Object.hasOwn(PHRASEBOOKS, base) ? (base as NativeLanguage) : null;
}
