import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { contourClass, contourMarks, contourTolerance, simplifiedPath, type Surface } from '../../src/plots/contours.ts';
import { serverDocument } from '../../src/plots/server.ts';

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

describe('contourMarks', () => {
  const document = serverDocument();
  const draw = (f: Surface, { key, width = 400 }: { key?: object; width?: number } = {}) =>
    Plot.plot({ document, width, height: 300, x: { domain: [-2, 2] }, y: { domain: [-1, 1] }, marks: contourMarks(f, [-2, 2], [-1, 1], { key }) });
  const levelLines = (chart: Element) => [...chart.querySelectorAll(`.${contourClass} path`)].map((p) => p.getAttribute('d'));
  const counted = () => {
    const counter = { calls: 0, f: (x: number, y: number) => (counter.calls++, x * x + 4 * y * y) };
    return counter;
  };

  it('samples a surface once per frame: a redraw clones the level lines drawn before', () => {
    const bowl = counted();
    const first = draw(bowl.f);
    const sampled = bowl.calls;
    expect(sampled).toBeGreaterThan(51 * 51);
    const second = draw(bowl.f);
    expect(bowl.calls).toBe(sampled);
    expect(levelLines(second)).toEqual(levelLines(first));
    expect(levelLines(first).length).toBe(14);
    draw(bowl.f, { width: 500 });
    expect(bowl.calls).toBeGreaterThan(sampled);
  });

  it('reuses lines by key when the surface is a new function on every draw', () => {
    const key = {};
    const bowls = [counted(), counted(), counted()];
    draw(bowls[0]!.f, { key });
    draw(bowls[1]!.f, { key });
    draw(bowls[2]!.f);
    expect(bowls.map((b) => b.calls > 0)).toEqual([true, false, true]);
  });

  it('clips every copy to the frame with a clipPath of its own', () => {
    const bowl = counted();
    for (const chart of [draw(bowl.f), draw(bowl.f)] as (Element & Plot.Plot)[]) {
      const layer = chart.querySelector(`.${contourClass}`)!.parentElement!;
      const id = /^url\(#(.+)\)$/.exec(layer.getAttribute('clip-path') ?? '')?.[1];
      const rect = layer.querySelector(`clipPath[id="${id}"] rect`);
      const [left, right] = chart.scale('x')!.range!;
      const [bottom, top] = chart.scale('y')!.range!;
      expect(['x', 'y', 'width', 'height'].map((a) => Number(rect?.getAttribute(a)))).toEqual([left, top, right! - left!, bottom! - top!]);
    }
  });
});
