import type { FormatBuilder } from './context.js';

/** A joint announcement: "persona × product", what the two do together, and what comes next. */
export const jointAnnouncement: FormatBuilder = ({ pool, pb, f }) => {
  const j = pb.joint;
  const lines = pool.fresh(pool.slots(j.lines(f)));
  return {
    parts: [
      { units: [`# ${pool.one(j.headline(f))}`], required: 1 },
      { units: [...pool.take('hook'), ...pool.take('description')], required: 1 },
      { label: `## ${pool.one(j.heads.together)}`, units: [...pool.weave('feature', 'angle'), ...lines.slice(0, 1), ...pool.take('persona')], required: 1 },
      { label: `## ${pool.one(j.heads.next)}`, units: [...pool.take('close'), ...lines.slice(1), ...pool.weave('general', 'feature2', 'recap'), ...pool.take('ask', 1)], required: 1 },
    ],
  };
};
