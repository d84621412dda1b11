import type { GenerationRequest } from '../types.js';

/** How the persona's style and the request's tone bend the text. */
export interface Voice {
  readonly exclamations: boolean;
  readonly hashtags: boolean;
  readonly energetic: boolean;
  /** The opening line, with more energy when the tone asks for it. */
  hook(sentence: string): string;
  /** Any sentence, with exclamation marks removed when the persona avoids them. */
  sentence(sentence: string): string;
}

const FORBIDS = /\b(no|never|avoid|without|don't|do not|zero)\b/iu;

function ruleAbout(rules: readonly string[], topic: RegExp): 'forbid' | 'require' | null {
  const rule = rules.find((r) => topic.test(r));
  if (rule === undefined) return null;
  return FORBIDS.test(rule) ? 'forbid' : 'require';
}

/** A sentence that opens with an inserted lower-case feature ("wider toe box ...") starts with a capital; "iPhone" stays as it is. */
function capitalized(sentence: string): string {
  const first = sentence.split(/\s/u, 1)[0] ?? '';
  if (first === '' || first !== first.toLowerCase()) return sentence;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * Style rules and example posts are free text, so only what can be read reliably is used:
 * whether the persona uses exclamation marks and hashtags (a rule decides; otherwise the
 * example posts do), and whether the tone is energetic.
 */
export function voiceOf(request: GenerationRequest): Voice {
  const { persona } = request;
  const examples = persona.example_posts;
  const exRule = ruleAbout(persona.style_rules, /exclamation/iu);
  const tagRule = ruleAbout(persona.style_rules, /hashtag/iu);
  const exclamations = exRule === null ? examples.length === 0 || examples.some((p) => p.includes('!')) : exRule === 'require';
  const hashtags = tagRule === null ? examples.some((p) => /(^|\s)#[\p{L}\p{N}]/u.test(p)) : tagRule === 'require';
  const tone = request.tone ?? persona.tone_modes[0] ?? '';
  const energetic = /enthus|excit|hype|playful|bold|energ|fun|upbeat/iu.test(tone);
  const lang = request.language.toLowerCase().slice(0, 2);
  // French sets a space before "!" and Hindi ends a sentence with "।".
  const calm = (s: string): string => s.replace(/¡/gu, '').replace(lang === 'fr' ? /\s?!/gu : /!/gu, lang === 'hi' ? '।' : '.');
  return {
    exclamations,
    hashtags,
    energetic,
    hook(sentence) {
      // Spanish needs an opening ¡ where the sentence starts, so its hooks keep their full stop.
      if (!energetic || !exclamations || lang === 'es') return sentence;
      return sentence.replace(/[.।]$/u, lang === 'fr' ? ' !' : '!');
    },
    sentence(sentence) {
      return capitalized(exclamations ? sentence : calm(sentence));
    },
  };
}
