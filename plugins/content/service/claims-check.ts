import type { ComplianceFlag } from './types.js';

type Kind = ComplianceFlag['code'];

/**
 * Words that make a sentence a claim a sponsor must be able to back: superlatives, health
 * promises, financial promises. Matched as whole words (or phrases), without case; the
 * text's language's list and the English one (product copy mixes them).
 */
const TERMS: Readonly<Record<string, Readonly<Record<Kind, readonly string[]>>>> = {
  en: {
    unsupported_superlative: ['best', 'greatest', 'ultimate', 'unbeatable', 'perfect', 'number one', '#1', "world's first", 'fastest', 'most advanced', 'revolutionary', 'unmatched', 'finest', 'top-rated', 'never before'],
    unsupported_health_claim: ['cure', 'cures', 'heal', 'heals', 'treats', 'prevents', 'disease', 'clinically proven', 'immune', 'weight loss', 'lose weight', 'detox', 'pain relief', 'anti-aging'],
    unsupported_financial_claim: ['guaranteed', 'guarantee', 'returns', 'profit', 'profits', 'income', 'risk-free', 'get rich', 'passive income', 'double your money', 'invest', 'investment'],
  },
  de: {
    unsupported_superlative: ['beste', 'besten', 'bester', 'bestes', 'perfekt', 'perfekte', 'unschlagbar', 'ultimativ', 'ultimative', 'nummer eins', 'revolutionär', 'unübertroffen'],
    unsupported_health_claim: ['heilt', 'heilen', 'verhindert', 'krankheit', 'krankheiten', 'klinisch bewiesen', 'immunsystem', 'abnehmen', 'gewichtsverlust', 'entgiftet', 'schmerzfrei'],
    unsupported_financial_claim: ['garantiert', 'garantierte', 'rendite', 'gewinn', 'gewinne', 'einkommen', 'risikofrei', 'reich werden', 'investieren', 'investition'],
  },
  fr: {
    unsupported_superlative: ['meilleur', 'meilleure', 'meilleurs', 'meilleures', 'parfait', 'parfaite', 'imbattable', 'ultime', 'numéro un', 'révolutionnaire', 'inégalé', 'inégalée'],
    unsupported_health_claim: ['guérit', 'guérir', 'soigne', 'prévient', 'maladie', 'maladies', 'cliniquement prouvé', 'immunitaire', 'perte de poids', 'maigrir', 'détox'],
    unsupported_financial_claim: ['garanti', 'garantie', 'garantis', 'rendement', 'rendements', 'profit', 'profits', 'revenu', 'revenus', 'sans risque', 'devenir riche', 'investir', 'investissement'],
  },
  es: {
    unsupported_superlative: ['mejor', 'mejores', 'perfecto', 'perfecta', 'insuperable', 'definitivo', 'número uno', 'revolucionario', 'revolucionaria', 'inigualable'],
    unsupported_health_claim: ['cura', 'curar', 'sana', 'previene', 'enfermedad', 'enfermedades', 'clínicamente probado', 'inmunitario', 'pérdida de peso', 'adelgazar', 'desintoxica'],
    unsupported_financial_claim: ['garantizado', 'garantizada', 'rentabilidad', 'ganancia', 'ganancias', 'ingresos', 'sin riesgo', 'hacerse rico', 'invertir', 'inversión'],
  },
  hi: {
    unsupported_superlative: ['सर्वश्रेष्ठ', 'सबसे अच्छा', 'सबसे अच्छी', 'सबसे बेहतरीन', 'बेजोड़', 'परफेक्ट', 'नंबर वन'],
    unsupported_health_claim: ['इलाज', 'बीमारी', 'रोग', 'वजन घटाना', 'वज़न घटाना', 'प्रतिरक्षा', 'डिटॉक्स'],
    unsupported_financial_claim: ['गारंटी', 'मुनाफ़ा', 'मुनाफा', 'रिटर्न', 'आमदनी', 'निवेश', 'जोखिम-मुक्त'],
  },
};

const MESSAGES: Readonly<Record<Kind, string>> = {
  unsupported_superlative: 'a superlative that none of the given claims supports',
  unsupported_health_claim: 'a health claim that none of the given claims supports',
  unsupported_financial_claim: 'a financial claim that none of the given claims supports',
};

const KINDS: readonly Kind[] = ['unsupported_superlative', 'unsupported_health_claim', 'unsupported_financial_claim'];

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word match: no letter, mark or digit right before or after. */
function matcher(term: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(term)}(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
}

const compiled = new Map<string, RegExp>();
function matches(sentence: string, term: string): boolean {
  let regex = compiled.get(term);
  if (regex === undefined) compiled.set(term, (regex = matcher(term)));
  return regex.test(sentence);
}

/** Sentences and lines of a text (hashtag-only lines are not sentences). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?।])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !/^(#[\p{L}\p{M}\p{N}_]+\s*)+$/u.test(s));
}

/**
 * `strict` compliance: each sentence with a superlative, health or financial claim that no
 * given claim (key_claims, key_features) carries, once per sentence and kind. A sentence is
 * backed when it repeats a given claim holding the term; the same word elsewhere is not.
 */
export function flagClaims(text: string, language: string, givenClaims: readonly string[]): ComplianceFlag[] {
  const given = givenClaims.map((claim) => claim.toLocaleLowerCase());
  const lists = [TERMS[language], language === 'en' ? undefined : TERMS['en']].filter((list) => list !== undefined);
  const flags: ComplianceFlag[] = [];
  for (const sentence of sentencesOf(text)) {
    for (const kind of KINDS) {
      const lower = sentence.toLocaleLowerCase();
      // Backed: the sentence repeats a given claim that itself holds the term.
      const term = lists.flatMap((list) => list[kind]).find((t) => matches(sentence, t) && !given.some((claim) => matches(claim, t) && lower.includes(claim)));
      if (term !== undefined) flags.push({ code: kind, sentence, message: `"${term}": ${MESSAGES[kind]}; back it with a key claim or rephrase` });
    }
  }
  return flags;
}
