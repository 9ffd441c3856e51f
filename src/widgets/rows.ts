/** The table rows shown for a run: the first `head` iterates, then the last one if it is not among them. */
export function tableRows<T>(points: readonly T[], head = 21): { rows: T[]; skipped: number } {
  if (points.length <= head + 1) return { rows: [...points], skipped: 0 };
  return { rows: [...points.slice(0, head), points.at(-1)!], skipped: points.length - head - 1 };
}
