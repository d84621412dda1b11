import type { ContentType } from '../types.js';
import type { Alt, Facts, Phrasebook, Slots } from './lang/phrasebook.js';
import type { Rng } from './prng.js';
import type { Voice } from './voice.js';

export type Kind =
  | 'hook' | 'feature' | 'feature2' | 'angle' | 'general' | 'persona'
  | 'description' | 'use' | 'audience' | 'close' | 'ask' | 'recap';

/**
 * The sentences one generation may use, each phrasing chosen once by the seeded PRNG.
 * Formats draw from it in the order their structure wants; a sentence is handed out at
 * most once, so no text repeats itself.
 */
export class Pool {
  private readonly queues = new Map<Kind, string[]>();
  private readonly seen = new Set<string>();

  constructor(
    readonly pb: Phrasebook,
    readonly facts: Facts,
    readonly type: ContentType,
    private readonly rng: Rng,
    private readonly voice: Voice,
  ) {
    const f = facts;
    const a = pb;
    // Each feature gets a different phrasing template, so two features never read alike.
    const offset = rng.int(12);
    const n = f.features.length;
    const featureAlt = (x: string, i: number): string => {
      const alts = a.feature[type](f, x);
      return alts[(offset + i) % alts.length] as string;
    };
    // A second mention only where its template is not one a first mention already uses.
    const secondAlt = (x: string, i: number): string[] => {
      const alts = a.feature[type](f, x);
      const at = (offset + n + i) % alts.length;
      const usedByFirst = Array.from({ length: n }, (_, j) => (offset + j) % alts.length);
      return usedByFirst.includes(at) ? [] : [alts[at] as string];
    };
    // A testimonial with a real customer's words opens with them, as given (the prompt asks a
    // model to adapt them too); otherwise a seeded hook line of the angle.
    const customer = type === 'testimonial' && f.sourceQuote !== null ? f.sourceQuote.replace(/[^.!?।]$/u, '$&.') : null;
    this.queues.set('hook', [customer ?? voice.hook(rng.pick(a.hook[type](f)))]);
    this.queues.set('feature', f.features.map(featureAlt));
    this.queues.set('feature2', f.features.flatMap(secondAlt));
    this.queues.set('angle', this.slots(a.angle[type](f)));
    this.queues.set('general', this.slots(a.general(f)));
    this.queues.set('persona', this.slots(a.persona(f)));
    this.queues.set('description', f.description === null ? [] : [rng.pick(a.description(f, f.description))]);
    this.queues.set('use', f.use === null ? [] : [rng.pick(a.use(f, f.use))]);
    this.queues.set('audience', f.audience === null ? [] : [rng.pick(a.audience(f, f.audience))]);
    this.queues.set('recap', f.features.length === 0 ? [] : [rng.pick(a.recap(f))]);
    this.queues.set('close', [rng.pick(a.close[type](f))]);
    this.queues.set('ask', a.ask[type](f).map((alt) => rng.pick(alt)));
  }

  /** One phrasing per slot, slots in a seeded order. */
  slots(slots: Slots): string[] {
    return this.rng.shuffle(slots).map((alt) => this.rng.pick(alt));
  }

  /** One phrasing of a frame line. */
  one(alt: Alt): string {
    return this.rng.pick(alt);
  }

  /** Up to `n` unused sentences of one kind. */
  take(kind: Kind, n = Number.POSITIVE_INFINITY): string[] {
    const queue = this.queues.get(kind) ?? [];
    const out: string[] = [];
    while (out.length < n && queue.length > 0) {
      const next = queue.shift() as string;
      if (this.claim(next)) out.push(this.voice.sentence(next));
    }
    return out;
  }

  /** Unused sentences from several kinds, in the order given. */
  mix(...kinds: Kind[]): string[] {
    return kinds.flatMap((kind) => this.take(kind));
  }

  /** Unused sentences from several kinds, taking one of each kind in turn. */
  weave(...kinds: Kind[]): string[] {
    const out: string[] = [];
    for (let round = true; round; ) {
      round = false;
      for (const kind of kinds) {
        const [next] = this.take(kind, 1);
        if (next !== undefined) {
          out.push(next);
          round = true;
        }
      }
    }
    return out;
  }

  /** Marks a sentence as used; false if it was already used. */
  claim(sentence: string): boolean {
    const key = sentence.toLowerCase();
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  /** Frame sentences (slots) that were not used yet. */
  fresh(sentences: readonly string[]): string[] {
    return sentences.filter((s) => this.claim(s)).map((s) => this.voice.sentence(s));
  }
}
