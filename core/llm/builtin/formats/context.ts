import type { ContentLength } from '../../types.js';
import type { Layout } from '../compose.js';
import type { Facts, Phrasebook } from '../lang/phrasebook.js';
import type { Pool } from '../pool.js';
import type { Voice } from '../voice.js';

/** What a structure is built from: the sentence pool, the frame phrases and the facts. */
export interface FormatContext {
  readonly pool: Pool;
  readonly pb: Phrasebook;
  readonly f: Facts;
  readonly voice: Voice;
  readonly length: ContentLength;
}

export type FormatBuilder = (ctx: FormatContext) => Layout;

/** `#EVSeriesXPro #EV #luxury`: the product and the persona's topics as hashtags. */
export function hashtags(f: Facts): string {
  const tag = (text: string): string => `#${text.replace(/[^\p{L}\p{M}\p{N}]+/gu, '')}`;
  return [f.name, ...f.topics].map(tag).filter((t) => t.length > 1).join(' ');
}
