import type { FormatBuilder } from './context.js';

/**
 * A press release: release line, title, a dateline lead in the third person, the persona's
 * words as quotes, boilerplate about the product and the persona, and the end mark.
 * The dateline names no city or date: the request gives none and none is invented.
 */
export const pressRelease: FormatBuilder = ({ pool, pb, f }) => {
  const p = pb.press;
  const features = f.features.map((x) => pool.one(p.feature(f, x)));
  // Two of the persona's sentences per quote, so the release quotes a person, not a list.
  const own = pool.weave('angle', 'persona', 'general');
  const quotes: string[] = [];
  for (let i = 0; i + 1 < own.length && quotes.length < 4; i += 2) quotes.push(pool.one(p.said(f, `${own[i]} ${own[i + 1]}`)));
  return {
    parts: [
      { units: [p.release], required: 1 },
      { units: [pool.one(p.title(f))], required: 1 },
      { lead: p.dateline, units: [...pool.fresh([pool.one(p.lead(f))]), ...pool.take('description'), ...pool.fresh(features.slice(0, 1))], required: 1 },
      { units: [...pool.fresh(features.slice(1)), ...pool.weave('use', 'audience')], required: 0 },
      { units: quotes.slice(0, 1), required: 1 },
      { units: pool.fresh(pool.slots(p.body(f))), required: 0 },
      { units: quotes.slice(1, 2), required: 0 },
      { units: quotes.slice(2), required: 0 },
      { label: p.about(f.name), units: pool.fresh(p.aboutLines(f).map((alt) => pool.one(alt))), required: 1 },
      { label: p.about(f.persona), units: [`${f.persona} — ${f.headline}.`], required: 1 },
      { units: [p.end], required: 1 },
    ],
    ctaAfter: 7,
  };
};
