import type { FormatBuilder } from './context.js';

/** An article: title, byline, an intro, then headed sections ending in the bottom line. */
export const article: FormatBuilder = ({ pool, pb, f }) => {
  const h = pb.article.heads;
  const heading = (alts: readonly string[]): string => `## ${pool.one(alts)}`;
  const intro = [...pool.take('hook'), ...pool.take('description'), ...pool.take('angle', 2)];
  const features = pool.take('feature');
  const standout = features.length > 0 ? [...features, ...pool.take('angle', 1)] : [];
  // "What stands out" only with features and "Who it's for" only when the request says who or
  // what it is for: a heading over filler is an empty section. Unused lines go to later parts.
  const fits = pool.weave('use', 'audience');
  return {
    parts: [
      { units: [`# ${pool.one(pb.article.title(f))}`], required: 1 },
      { units: [pb.article.byline(f)], required: 1 },
      { units: intro, required: 1 },
      ...(standout.length > 0 ? [{ label: heading(h.facts(f)), units: standout, required: 1 }] : []),
      ...(fits.length > 0 ? [{ label: heading(h.use(f)), units: [...fits, ...pool.take('general', 3)], required: 1 }] : []),
      { label: heading(h.take(f)), units: pool.weave('persona', 'angle', 'feature2', 'ask'), required: 1 },
      { label: heading(h.bottom(f)), units: [...pool.take('close'), ...pool.weave('recap', 'general')], required: 1 },
    ],
  };
};
