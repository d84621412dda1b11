import type { FormatBuilder } from './context.js';

/** Landing copy: headline, subheadline, then "what you get", "why it matters" and "who it's for". */
export const landingCopy: FormatBuilder = ({ pool, pb, f }) => {
  const l = pb.landing;
  const bullets = [...f.features, ...(f.description === null ? [] : [f.description])].map((x) => `- ${x}`);
  return {
    parts: [
      { units: [`# ${pool.one(l.headline(f))}`], required: 1 },
      { units: [...pool.fresh([pool.one(l.sub(f))]), ...pool.take('hook')], required: 1 },
      { label: `## ${pool.one(l.heads.get)}`, lines: true, units: bullets, required: 1 },
      { label: `## ${pool.one(l.heads.why)}`, units: pool.weave('feature', 'angle', 'general', 'recap'), required: 1 },
      { label: `## ${pool.one(l.heads.who)}`, units: pool.weave('audience', 'use', 'persona'), required: 1 },
    ],
  };
};
