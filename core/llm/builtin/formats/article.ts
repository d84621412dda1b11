import type { FormatBuilder } from './context.js';

/** An article: title, byline, an intro, then headed sections ending in the bottom line. */
export const article: FormatBuilder = ({ pool, pb, f }) => {
  const h = pb.article.heads;
  const heading = (alts: readonly string[]): string => `## ${pool.one(alts)}`;
  return {
    parts: [
      { units: [`# ${pool.one(pb.article.title(f))}`], required: 1 },
      { units: [pb.article.byline(f)], required: 1 },
      { units: [...pool.take('hook'), ...pool.take('description'), ...pool.take('angle', 2)], required: 1 },
      { label: heading(h.facts(f)), units: [...pool.take('feature'), ...pool.take('angle', 1)], required: 1 },
      { label: heading(h.use(f)), units: [...pool.weave('use', 'audience'), ...pool.take('general', 3)], required: 1 },
      { label: heading(h.take(f)), units: pool.weave('persona', 'angle', 'feature2', 'ask'), required: 1 },
      { label: heading(h.bottom(f)), units: [...pool.take('close'), ...pool.weave('recap', 'general')], required: 1 },
    ],
  };
};
