import type { FormatBuilder } from './context.js';

/** An email: subject line, greeting, body, the CTA, then the persona's sign-off. */
export const email: FormatBuilder = ({ pool, pb, f }) => {
  const e = pb.email;
  return {
    parts: [
      { units: [`${e.subject} ${pool.one(e.subjects(f))}`], required: 1 },
      { units: [pool.one(e.greeting)], required: 1 },
      { units: [...pool.take('hook'), ...pool.weave('description', 'feature')], required: 1 },
      { units: pool.weave('angle', 'use', 'audience', 'persona', 'feature2'), required: 0 },
      { units: [...pool.weave('recap', 'general'), ...pool.take('close')], required: 0 },
      { units: [pool.one(e.signoff(f))], required: 1 },
    ],
    ctaAfter: 4,
  };
};
