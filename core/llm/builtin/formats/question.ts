import type { FormatBuilder } from './context.js';

/** A question to the audience, with a line or two of context before it. */
export const question: FormatBuilder = ({ pool }) => ({
  parts: [
    { units: pool.weave('feature', 'description', 'use', 'angle'), required: 0 },
    { units: pool.take('ask'), required: 1 },
  ],
});
