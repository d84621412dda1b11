import type { Part } from '../compose.js';
import type { FormatBuilder } from './context.js';

/** A quiz: a title, numbered questions built only from the given facts, each with its answer. */
export const quiz: FormatBuilder = ({ pool, pb, f }) => {
  const q = pb.quiz;
  const letters = ['A)', 'B)', 'C)', 'D)'];
  const items: Part[] = q.items(f).map((item, i) => {
    const options = item.options.map((o, k) => `${letters[k] ?? ''} ${o}`).join('   ');
    const lines = [item.question, ...(options === '' ? [] : [options]), `${q.answer} ${item.answer}`];
    return { lead: (n: number) => q.q(n), group: 'q', units: [lines.join('\n')], required: i === 0 ? 1 : 0 };
  });
  return {
    parts: [
      { units: [pool.one(q.title(f))], required: 1 },
      { units: pool.take('angle', 2), required: 0 },
      ...items,
      { units: pool.take('close'), required: 0 },
    ],
  };
};
