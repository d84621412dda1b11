import type { FormatBuilder } from './context.js';

/** A review: title, the reviewer's read, pros, cons and a verdict. Cons never invent flaws: they say what the facts leave open. */
export const review: FormatBuilder = ({ pool, pb, f }) => {
  const r = pb.review;
  const pros = f.features.length > 0 ? f.features : [...pool.take('description'), ...pool.take('use')];
  const fallbackPros = pros.length > 0 ? pros : [r.unlisted];
  return {
    parts: [
      { units: [pool.one(r.title(f))], required: 1 },
      { units: [...pool.take('hook'), ...pool.weave('description', 'persona', 'angle', 'feature2', 'general')], required: 1 },
      { label: r.pros, lines: true, units: fallbackPros.map((x) => `+ ${x}`), required: 1 },
      { label: r.cons, lines: true, units: pool.fresh(pool.slots(r.cons_lines(f))).map((x) => `– ${x}`), required: 1 },
      { label: r.verdict, units: [...pool.take('close'), ...pool.fresh(r.verdict_lines(f).map((alt) => pool.one(alt))), ...pool.take('use'), ...pool.take('recap')], required: 1 },
    ],
  };
};
