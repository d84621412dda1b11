import type { FormatBuilder } from './context.js';

/** A quote: the persona's (or, for a testimonial, the customer's) words in quotation marks, attributed. */
export const quote: FormatBuilder = ({ pool, pb, f }) => {
  const opening = f.sourceQuote === null ? pool.take('hook') : pool.fresh([f.sourceQuote.replace(/[^.!?।]$/u, '$&.')]);
  return {
    parts: [
      { units: [...opening, ...pool.weave('feature', 'angle'), ...pool.take('close')], required: 1, wrap: pb.quote },
      { units: [pb.attribution(f)], required: 1 },
    ],
  };
};
