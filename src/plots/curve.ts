/** f sampled at `count` + 1 evenly spaced points of [lo, hi], for drawing as a line. */
export function sampleCurve(f: (x: number) => number, [lo, hi]: readonly [number, number], count = 240): { x: number; y: number }[] {
  return Array.from({ length: count + 1 }, (_, i) => {
    const x = lo + ((hi - lo) * i) / count;
    return { x, y: f(x) };
  });
}
