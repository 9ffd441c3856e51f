import { describe, expect, it } from 'vitest';
import { contourTolerance, simplifiedPath } from '../../src/plots/contours.ts';

type Point = readonly [number, number];

const lines = (d: string) =>
  d
    .split('M')
    .filter(Boolean)
    .map((line) => [...line.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as Point));

function distanceToSegment([x, y]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

describe('simplifiedPath', () => {
  // A level line as marching squares traces it: a point on every grid edge it crosses.
  const ellipse = Array.from({ length: 2000 }, (_, i) => {
    const t = (2 * Math.PI * i) / 2000;
    return [250 + 200 * Math.cos(t), 150 + 40 * Math.sin(t)] as Point;
  });
  const wave = Array.from({ length: 800 }, (_, i) => [i / 2, 100 + 30 * Math.sin(i / 40)] as Point);
  const d = `M${ellipse.map((p) => p.join(',')).join('L')}ZM${wave.map((p) => p.join(',')).join('L')}`;
  const simplified = lines(simplifiedPath(d));

  it('keeps every line, closed ones closed, through a small share of the points', () => {
    expect(simplified).toHaveLength(2);
    expect(simplifiedPath(d).match(/Z/g)).toHaveLength(1);
    expect(simplified[0]!.length).toBeLessThan(ellipse.length / 10);
    expect(simplified[1]!.length).toBeLessThan(wave.length / 10);
  });

  it('strays from the traced line by no more than the tolerance and the 0.1 px rounding', () => {
    for (const [original, kept] of [[ellipse, simplified[0]!], [wave, simplified[1]!]] as const) {
      for (const p of original) {
        const distance = Math.min(...kept.slice(1).map((q, i) => distanceToSegment(p, kept[i]!, q)));
        expect(distance).toBeLessThanOrEqual(contourTolerance + 0.08);
      }
    }
  });
});
