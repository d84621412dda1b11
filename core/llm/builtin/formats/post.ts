import type { Part } from '../compose.js';
import type { FormatBuilder } from './context.js';
import { hashtags } from './context.js';

/** A social post: the hook and the facts, the persona's angle, a closing line, hashtags if the persona uses them. */
export const post: FormatBuilder = ({ pool, f, voice }) => {
  const parts: Part[] = [
    { units: [...pool.take('hook'), ...pool.weave('feature', 'description')], required: 1 },
    { units: pool.weave('persona', 'angle', 'use', 'audience', 'general', 'feature2', 'recap'), required: 0 },
    { units: pool.take('close'), required: 1 },
  ];
  if (voice.hashtags) parts.push({ units: [hashtags(f)], required: 1 });
  return { parts, ctaAfter: 2 };
};
