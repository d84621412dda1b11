import type { WordTarget } from '../types.js';
import type { Rng } from './prng.js';
import { codePointLength } from './token-count.js';
import { countWords } from './words.js';

type Numbered = string | ((index: number) => string);

/** One block of a structure: an optional label line, then its sentences. */
export interface Part {
  /** A line of its own above the text (a heading, "Pros", "SCENE 2 — ..."). */
  readonly label?: Numbered;
  /** Words that open the text line ("VO:", a dateline, "Question 2:"). */
  readonly lead?: Numbered;
  /** Sentences (or multi-line units such as a quiz item) in the order they are added. */
  readonly units: readonly string[];
  /** Units that must be kept; a part with none kept is left out, label and all. */
  readonly required: number;
  /** How units join: into one paragraph (default) or one per line. */
  readonly lines?: boolean;
  /** Parts of the same group are numbered 1..n in the order they appear. */
  readonly group?: string;
  readonly wrap?: (text: string) => string;
}

export interface Layout {
  readonly parts: readonly Part[];
  /** Index of the part the CTA paragraph follows (default: the last). */
  readonly ctaAfter?: number;
}

export interface Fitted {
  readonly text: string;
  readonly words: number;
  /** The structure could not be shortened enough and was cut at a word boundary. */
  readonly truncated: boolean;
  /** Sentences ran out before the minimum was reached. */
  readonly short: boolean;
}

function labelText(value: Numbered | undefined, index: number): string | undefined {
  return typeof value === 'function' ? value(index) : value;
}

function render(layout: Layout, counts: readonly number[], cta: string | null): { body: string; text: string } {
  const numbers = new Map<string, number>();
  const blocks: string[] = [];
  let ctaAt = -1;
  layout.parts.forEach((part, i) => {
    const n = counts[i] ?? 0;
    if (n > 0) {
      let index = 0;
      if (part.group !== undefined) {
        index = (numbers.get(part.group) ?? 0) + 1;
        numbers.set(part.group, index);
      }
      const units = part.units.slice(0, n);
      let body = units.join(part.lines === true ? '\n' : ' ');
      if (part.wrap !== undefined) body = part.wrap(body);
      const lead = labelText(part.lead, index);
      if (lead !== undefined) body = `${lead} ${body}`;
      const label = labelText(part.label, index);
      blocks.push(label === undefined ? body : `${label}\n${body}`);
    }
    if (i === (layout.ctaAfter ?? layout.parts.length - 1)) ctaAt = blocks.length;
  });
  const body = blocks.join('\n\n');
  if (cta !== null) blocks.splice(ctaAt, 0, cta);
  return { body, text: blocks.join('\n\n') };
}

/**
 * Chooses how many sentences of each part to keep: the required ones, then one more per part
 * in turn until the word count reaches a seeded aim inside the target, never passing its
 * maximum or the character limit. When even the required skeleton is too long it keeps one
 * sentence per part, and as a last resort cuts the text at a word boundary.
 */
export function fit(layout: Layout, target: WordTarget, maxCharacters: number | undefined, cta: string | null, rng: Rng): Fitted {
  const parts = layout.parts;
  const counts = parts.map((p) => Math.min(p.required, p.units.length));
  const measure = (c: readonly number[]): { words: number; chars: number; text: string; body: string } => {
    const r = render(layout, c, cta);
    return { words: countWords(r.body), chars: codePointLength(r.text), text: r.text, body: r.body };
  };
  const fits = (m: { words: number; chars: number }): boolean => m.words <= target.max && (maxCharacters === undefined || m.chars <= maxCharacters);

  let current = measure(counts);
  if (!fits(current)) {
    for (let i = 0; i < counts.length; i++) counts[i] = Math.min(counts[i] as number, 1);
    current = measure(counts);
  }
  const aim = target.min + Math.floor((target.max - target.min) * (0.45 + rng.next() * 0.35));
  const stuck = new Set<number>();
  while (current.words < aim && fits(current)) {
    let progressed = false;
    for (let i = 0; i < parts.length && current.words < aim; i++) {
      if (stuck.has(i) || (counts[i] as number) >= (parts[i] as Part).units.length) continue;
      counts[i] = (counts[i] as number) + 1;
      const next = measure(counts);
      if (fits(next)) {
        current = next;
        progressed = true;
      } else {
        counts[i] = (counts[i] as number) - 1;
        stuck.add(i);
      }
    }
    if (!progressed) break;
  }
  if (fits(current)) return { text: current.text, words: current.words, truncated: false, short: current.words < target.min };
  return { ...truncate(current.body, target.max, maxCharacters, cta), truncated: true, short: false };
}

/** Cuts the body at a word boundary (marked with an ellipsis) and keeps the CTA if it still fits. */
function truncate(body: string, maxWords: number, maxCharacters: number | undefined, cta: string | null): { text: string; words: number } {
  const room = maxCharacters ?? Number.POSITIVE_INFINITY;
  const suffix = cta === null ? '' : `\n\n${cta}`;
  const keepCta = codePointLength(suffix) + 2 <= room;
  const limit = room - (keepCta ? codePointLength(suffix) : 0) - 1;
  let out = '';
  let words = 0;
  for (const token of body.match(/\S+\s*/gu) ?? []) {
    if (words + 1 > maxWords || codePointLength((out + token).trimEnd()) > limit) break;
    out += token;
    words += 1;
  }
  return { text: `${out.trimEnd()}…${keepCta ? suffix : ''}`, words };
}
