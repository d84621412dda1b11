import type { ContentLength, StructuralFormat, WordTarget } from './types.js';

/**
 * Default words of body text per structural format and length. The content plugin passes
 * one of these as `request.words` unless its configuration says otherwise; every provider
 * writes to it. Words are whitespace-separated tokens of the text without the CTA line
 * (see `countBodyWords` in core/llm/builtin/words.ts). Ranges are sized for what each format
 * is on its channel: a quote is a line or two, an article a few headed sections.
 */
export const DEFAULT_WORD_TARGETS: Readonly<Record<StructuralFormat, Readonly<Record<ContentLength, WordTarget>>>> = {
  post: { short: { min: 20, max: 50 }, medium: { min: 50, max: 100 }, long: { min: 100, max: 170 } },
  thread: { short: { min: 45, max: 90 }, medium: { min: 90, max: 160 }, long: { min: 160, max: 260 } },
  article: { short: { min: 100, max: 180 }, medium: { min: 170, max: 260 }, long: { min: 240, max: 360 } },
  video_script: { short: { min: 50, max: 100 }, medium: { min: 100, max: 180 }, long: { min: 180, max: 300 } },
  press_release: { short: { min: 90, max: 150 }, medium: { min: 140, max: 210 }, long: { min: 200, max: 300 } },
  quote: { short: { min: 10, max: 30 }, medium: { min: 30, max: 60 }, long: { min: 60, max: 100 } },
  review: { short: { min: 60, max: 110 }, medium: { min: 100, max: 180 }, long: { min: 170, max: 280 } },
  question: { short: { min: 8, max: 25 }, medium: { min: 20, max: 45 }, long: { min: 40, max: 80 } },
  quiz: { short: { min: 30, max: 70 }, medium: { min: 60, max: 120 }, long: { min: 110, max: 200 } },
  landing_copy: { short: { min: 60, max: 110 }, medium: { min: 110, max: 200 }, long: { min: 200, max: 320 } },
  email: { short: { min: 50, max: 100 }, medium: { min: 90, max: 160 }, long: { min: 150, max: 240 } },
  joint_announcement: { short: { min: 40, max: 80 }, medium: { min: 80, max: 150 }, long: { min: 150, max: 240 } },
};
