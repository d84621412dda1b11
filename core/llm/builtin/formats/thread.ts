import type { Part } from '../compose.js';
import type { FormatBuilder } from './context.js';
import { hashtags } from './context.js';

/** A numbered thread (1/, 2/, ...): the hook, one post per feature, context, a closing post. */
export const thread: FormatBuilder = ({ pool, pb, f, voice }) => {
  const tweet = (units: string[], required: number): Part => ({ lead: (i) => `${i}/`, group: 'tweet', units, required });
  const features = pool.take('feature');
  const parts: Part[] = [
    tweet([...pool.take('hook'), ...pool.fresh([pool.one(pb.thread.intro(f))]), ...pool.take('description')], 1),
    ...features.map((line, i) => tweet([line, ...pool.take('angle', 1)], i === 0 ? 1 : 0)),
    tweet(pool.weave('use', 'audience'), 0),
    tweet(pool.weave('persona', 'general'), 0),
    tweet(pool.weave('angle', 'feature2'), 0),
    tweet([...pool.take('close'), ...pool.take('ask', 1)], 1),
  ];
  if (voice.hashtags) parts.push({ units: [hashtags(f)], required: 1 });
  return { parts, ctaAfter: parts.length - (voice.hashtags ? 2 : 1) };
};
