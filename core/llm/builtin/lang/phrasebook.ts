import type { ContentType } from '../../types.js';

/** The languages the builtin generator writes natively; any other falls back to English. */
export type NativeLanguage = 'en' | 'de' | 'fr' | 'es' | 'hi';

/**
 * The facts a phrasebook may use, already cleaned (no trailing full stops, no empty
 * strings). Nothing else goes into the text, so no number or feature is ever invented.
 */
export interface Facts {
  readonly name: string;
  readonly description: string | null;
  /** key_features then key_claims, de-duplicated. */
  readonly features: readonly string[];
  readonly use: string | null;
  readonly audience: string | null;
  readonly persona: string;
  readonly headline: string;
  readonly topics: readonly string[];
  readonly adjectives: readonly string[];
  /** A customer's own words (testimonials), quoted verbatim when given. */
  readonly sourceQuote: string | null;
}

/** Alternative phrasings of one sentence; the generator picks one with the seeded PRNG. */
export type Alt = readonly string[];
/** Several sentence slots, each with its alternatives. */
export type Slots = readonly Alt[];

export interface QuizItem {
  readonly question: string;
  readonly options: readonly string[];
  readonly answer: string;
}

/** What carries the angle (the content type), whatever the structure. */
export interface AnglePhrases {
  /** Opening lines; every one names the product. */
  readonly hook: Readonly<Record<ContentType, (f: Facts) => Alt>>;
  /** A sentence about one given feature, in the angle's voice. */
  readonly feature: Readonly<Record<ContentType, (f: Facts, feature: string) => Alt>>;
  /** Fact-free sentences that carry the angle: method, stance, framing. */
  readonly angle: Readonly<Record<ContentType, (f: Facts) => Slots>>;
  readonly close: Readonly<Record<ContentType, (f: Facts) => Alt>>;
  /** A question to the audience in the angle's spirit (question format, thread endings). */
  readonly ask: Readonly<Record<ContentType, (f: Facts) => Slots>>;
  description(f: Facts, description: string): Alt;
  use(f: Facts, use: string): Alt;
  audience(f: Facts, audience: string): Alt;
  /** All features in one sentence (only called when there are some). */
  recap(f: Facts): Alt;
  /** The persona's own voice: topics and adjectives (only called when there are some). */
  persona(f: Facts): Slots;
  /** Fact-free reflections any angle can use. */
  general(f: Facts): Slots;
}

/** The labels and frame lines of the structures. */
export interface FramePhrases {
  list(items: readonly string[]): string;
  /** Fixes the seams where inserted names meet the language (French elision: de EV -> d'EV). */
  polish?(text: string): string;
  /** Quotation marks of the language. */
  quote(text: string): string;
  readonly thread: { readonly intro: (f: Facts) => Alt };
  readonly review: {
    readonly pros: string;
    readonly cons: string;
    readonly verdict: string;
    /** The pros line when the request lists no feature. */
    readonly unlisted: string;
    readonly title: (f: Facts) => Alt;
    readonly cons_lines: (f: Facts) => Slots;
    readonly verdict_lines: (f: Facts) => Slots;
  };
  readonly article: {
    readonly title: (f: Facts) => Alt;
    readonly byline: (f: Facts) => string;
    readonly heads: { readonly facts: (f: Facts) => Alt; readonly use: (f: Facts) => Alt; readonly take: (f: Facts) => Alt; readonly bottom: (f: Facts) => Alt };
  };
  readonly video: { readonly scene: (n: number) => string; readonly vo: string; readonly shots: (f: Facts) => Slots };
  readonly press: {
    readonly release: string;
    readonly dateline: string;
    readonly title: (f: Facts) => Alt;
    /** Third-person news lines: the lead, one per feature, and fact-free context. */
    readonly lead: (f: Facts) => Alt;
    readonly feature: (f: Facts, feature: string) => Alt;
    readonly body: (f: Facts) => Slots;
    /** Wraps one of the persona's own sentences as a quote. */
    readonly said: (f: Facts, words: string) => Alt;
    readonly about: (name: string) => string;
    readonly aboutLines: (f: Facts) => Slots;
    readonly end: string;
  };
  readonly attribution: (f: Facts) => string;
  readonly quiz: {
    readonly title: (f: Facts) => Alt;
    readonly q: (n: number) => string;
    readonly answer: string;
    readonly items: (f: Facts) => readonly QuizItem[];
  };
  readonly landing: {
    readonly headline: (f: Facts) => Alt;
    readonly sub: (f: Facts) => Alt;
    readonly heads: { readonly get: Alt; readonly why: Alt; readonly who: Alt };
  };
  readonly email: { readonly subject: string; readonly subjects: (f: Facts) => Alt; readonly greeting: Alt; readonly signoff: (f: Facts) => Alt };
  readonly joint: { readonly headline: (f: Facts) => Alt; readonly heads: { readonly together: Alt; readonly next: Alt }; readonly lines: (f: Facts) => Slots };
}

export interface Phrasebook extends AnglePhrases, FramePhrases {
  readonly code: NativeLanguage;
}
