import type { Part } from '../compose.js';
import type { FormatBuilder } from './context.js';

/** A video script: numbered scenes, each a shot line and a voice-over line. */
export const videoScript: FormatBuilder = ({ pool, pb, f }) => {
  const shots = pb.video.shots(f).map((alt) => pool.one(alt));
  const scene = (shot: string | undefined, units: string[], required: number): Part => ({
    label: (i) => `${pb.video.scene(i)} — ${shot ?? ''}`.trimEnd(),
    lead: pb.video.vo,
    group: 'scene',
    units,
    required,
  });
  return {
    parts: [
      scene(shots[0], [...pool.take('hook'), ...pool.take('description')], 1),
      scene(shots[2], pool.take('feature'), 0),
      scene(shots[1], pool.weave('persona', 'angle'), 0),
      scene(shots[3], pool.weave('use', 'audience', 'general', 'feature2', 'recap'), 0),
      scene(shots[4], [...pool.take('close'), ...pool.take('ask', 1)], 1),
    ],
  };
};
