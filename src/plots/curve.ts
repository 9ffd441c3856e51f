/** f sampled at n evenly spaced points from lo to hi, ends included, as points for a Plot line. */
export function curvePoints(f: (x: number) => number, [lo, hi]: readonly [number, number], n = 241): { x: number; y: number }[] {
  return Array.from({ length: n }, (_, i) => {
    const x = lo + ((hi - lo) * i) / (n - 1);
    return { x, y: f(x) };
  });
}
