import * as Plot from '@observablehq/plot';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tips } from '../../src/problems/datasets.ts';
import { getExample } from '../../src/examples/index.ts';
import { plateau, quartic, tipsMse } from '../../src/problems/functions.ts';
import { contourMarks } from '../../src/plots/contours.ts';
import { serverDocument } from '../../src/plots/server.ts';
import { basinsQuantities, runBasins, type BasinsExample } from '../../src/widgets/basins/model.ts';
import { chordFunctions, chordParams, chordQuantities, runChord, settle, type ChordFunctionName } from '../../src/widgets/chord/model.ts';
import { landscapesQuantities, runLandscapes, type LandscapesExample } from '../../src/widgets/landscapes/model.ts';
import { examplePlot } from '../../src/widgets/kinds.ts';

/** The second derivative by central differences: enough to tell a minimum from a maximum. */
const curvature = (f: (x: number) => number, x: number, h = 1e-4) => (f(x + h) - 2 * f(x) + f(x - h)) / (h * h);

describe('settle(fn, x0)', () => {
  it('finds the quartic’s two minima and the hump between them by descent', () => {
    const [left, right] = [settle(quartic, 2), settle(quartic, 5)];
    const hump = settle(quartic, 3.5, 'maximum');
    for (const x of [left, right, hump]) expect(Math.abs(quartic.df(x))).toBeLessThan(1e-11);
    expect(curvature(quartic.f, left)).toBeGreaterThan(0);
    expect(curvature(quartic.f, right)).toBeGreaterThan(0);
    expect(curvature(quartic.f, hump)).toBeLessThan(0);
    expect(left).toBeLessThan(hump);
    expect(hump).toBeLessThan(right);
  });
});

describe('the chord explorer', () => {
  it('puts the quartic’s default point on the hump, where the curve is above the chord', () => {
    const chord = runChord({ fn: 'quartic', ...chordFunctions.quartic.chord });
    expect(Math.abs(quartic.df(chord.at.x))).toBeLessThan(1e-9);
    expect(chord.at.curve).toBeGreaterThan(chord.at.chord);
    expect(chord.holds).toBe(false);
    expect(chord.above).toBeGreaterThan(0);
  });

  it('finds every chord of the tips loss on or above the curve (it is convex)', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        const chord = runChord({ fn: 'tips-mse', a, b, t });
        expect(chord.holds).toBe(true);
        expect(chord.above).toBe(0);
      }),
    );
  });

  it('finds a chord of the plateau below the curve although the plateau has one minimum', () => {
    const chord = runChord({ fn: 'plateau', ...chordFunctions.plateau.chord });
    expect(chord.holds).toBe(false);
    expect(settle(plateau, 2)).toBeCloseTo(0, 6);
  });

  it('agrees with the curve at the ends of every chord (t = 1 gives a, t = 0 gives b)', () => {
    for (const fn of Object.keys(chordFunctions) as ChordFunctionName[]) {
      for (const t of [0, 1]) {
        const chord = runChord({ fn, a: -1.5, b: 2.5, t });
        expect(chord.at.x).toBe(t === 1 ? -1.5 : 2.5);
        expect(chord.at.chord).toBe(chord.at.curve);
        expect(chord.holds).toBe(true);
      }
    }
  });

  it('shows only finite numbers, even for chords far out on the quartic', () => {
    const quantities = chordQuantities(runChord({ fn: 'quartic', a: -10, b: 10, t: 0.3 }));
    for (const value of Object.values(quantities)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  });

  it('accepts the same range of a and b whatever the function, so a link parses the same way', () => {
    const ranges = (Object.keys(chordFunctions) as ChordFunctionName[]).map((fn) =>
      chordParams(fn).map((s) => (s.kind === 'number' ? [s.name, s.min, s.max] : s.name)),
    );
    for (const r of ranges) expect(r).toEqual(ranges[0]);
  });
});

describe('basins of attraction on the quartic', () => {
  const example = getExample('convexity-basins') as BasinsExample;
  const hump = settle(quartic, 3.5, 'maximum');

  it('splits the starts at the hump when the rate is small', () => {
    const basins = runBasins(example, { ...example.defaults, lr: 0.05, starts: 121, steps: 2000 });
    expect(basins.intervals).toHaveLength(2);
    const [left, right] = basins.intervals;
    expect(left!.to).toBeLessThan(hump);
    expect(right!.from).toBeGreaterThan(hump);
  });

  it('groups every start into neighbouring intervals that together cover them all, in order', () => {
    for (const lr of [0.3, 0.5, 0.8, 1, 1.5]) {
      const basins = runBasins(example, { ...example.defaults, lr });
      expect(basins.intervals.reduce((n, i) => n + i.starts, 0)).toBe(example.defaults.starts);
      for (let i = 1; i < basins.intervals.length; i++) {
        expect(basins.intervals[i]!.from).toBeGreaterThan(basins.intervals[i - 1]!.to);
        expect(basins.intervals[i]!.outcome).not.toBe(basins.intervals[i - 1]!.outcome);
      }
    }
  });

  it('names a converged end only where descent really stopped at a minimum', () => {
    const basins = runBasins(example, { ...example.defaults, lr: 0.5 });
    for (const outcome of basins.outcomes) {
      if (outcome.kind !== 'converged') continue;
      expect(Math.abs(quartic.df(outcome.end))).toBeLessThan(1e-7);
      expect(curvature(quartic.f, outcome.end)).toBeGreaterThan(0);
    }
    for (const start of basins.starts) {
      const outcome = basins.outcomes[start.outcome]!;
      if (outcome.kind === 'converged') expect(start.result.x[0]).toBeCloseTo(outcome.end, 4);
    }
  });

  it('at rate 1 lets some starts diverge and others bounce until their steps run out, without a NaN', () => {
    const basins = runBasins(example, { ...example.defaults, lr: 1 });
    const kinds = basins.outcomes.map((o) => o.kind);
    expect(kinds).toContain('diverged');
    expect(kinds).toContain('max-steps');
    const quantities = basinsQuantities(basins);
    for (const value of Object.values(quantities)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  });
});

describe('the plateau and the bowl', () => {
  const example = getExample('convexity-plateau-bowl') as LandscapesExample;
  const run = (params: { x0?: number[]; lr?: number }) =>
    landscapesQuantities(runLandscapes(example, { ...example.defaults, ...params }));

  it('takes far more steps on the plateau than on the bowl from the same start at the same rate', () => {
    const q = run({});
    expect(q['plateau.status']).toBe('converged');
    expect(q['bowl.status']).toBe('converged');
    expect(q['plateau.iterations'] as number).toBeGreaterThan(5 * (q['bowl.iterations'] as number));
  });

  it('from 4,3 stops at once on the plateau, whose gradient there is below the tolerance, far from the minimum', () => {
    const q = run({ x0: [4, 3] });
    expect(q['plateau.iterations']).toBe(0);
    expect(q['plateau.status']).toBe('converged');
    expect(q['plateau.f'] as number).toBeGreaterThan(0.99);
    expect(q['bowl.f'] as number).toBeLessThan(1e-9);
  });

  it('at rate 0.7 diverges on the bowl but bounces on the plateau until the steps run out', () => {
    const q = run({ lr: 0.7 });
    expect(q['bowl.status']).toBe('diverged');
    expect(q['plateau.status']).toBe('max-steps');
    for (const value of Object.values(q)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  });
});

describe('contourMarks with top: edge', () => {
  it('draws closed level sets inside the frame and no line along it', () => {
    const width = 200;
    const height = 200;
    const chart = Plot.plot({
      document: serverDocument(),
      width,
      height,
      margin: 0,
      x: { domain: [-1, 1] },
      y: { domain: [-1, 1] },
      axis: null,
      marks: contourMarks((x, y) => x * x + 3 * y * y, [-1, 1], [-1, 1], { top: 'edge' }),
    });
    const coordinates = [...chart.querySelectorAll('path')].flatMap((p) =>
      [...(p.getAttribute('d') ?? '').matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]),
    );
    expect(coordinates.length).toBeGreaterThan(0);
    for (const [x, y] of coordinates) {
      expect(x).toBeGreaterThan(0.5);
      expect(x).toBeLessThan(width - 0.5);
      expect(y).toBeGreaterThan(0.5);
      expect(y).toBeLessThan(height - 0.5);
    }
  });
});

describe('convexity plots', () => {
  it('pre-render every example as one image with a text alternative that names its numbers', () => {
    for (const id of ['convexity-chord', 'convexity-basins-fast', 'convexity-plateau-bowl']) {
      const svg = examplePlot(getExample(id), serverDocument());
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).not.toMatch(/NaN|Infinity|undefined/);
      expect(svg.querySelectorAll('[aria-label]')).toHaveLength(0);
    }
    expect(examplePlot(getExample('convexity-chord'), serverDocument()).getAttribute('aria-label')).toContain('inequality fails');
  });
});

it('evaluates the tips loss through the package as the mean of the squared residuals', () => {
  for (const theta of [0, 0.1, 0.143732, 0.3]) {
    let sum = 0;
    for (let i = 0; i < tips.x.length; i++) sum += (tips.y[i]! - theta * tips.x[i]!) ** 2;
    expect(tipsMse.f(theta)).toBeCloseTo(sum / tips.x.length, 10);
  }
});
