/** The value at `share` (0.5, 0.99) of ascending `sorted` samples, nearest rank; NaN when empty. */
export function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}
