import type { Objective } from '@descent/optimizer';
import { describe, expect, it } from 'vitest';
import { examples } from '../../src/examples/index.ts';
import { playgroundExamples } from '../../src/examples/playground.ts';
import { readFunction } from '../../src/formula/function.ts';
import type { Interval } from '../../src/plots/contours.ts';
import type { Function1D } from '../../src/problems/curves.ts';
import type { Quantities } from '../../src/problems/types.ts';
import { objective2D, type Descent2DExample } from '../../src/widgets/descent2d/model.ts';
import { exampleQuantities, kindOf, type Example } from '../../src/widgets/kinds.ts';
import { raceSurfaces, type RaceExample } from '../../src/widgets/race/model.ts';
import type { PlaygroundParams } from '../../src/widgets/playground/model.ts';
import { ssrCurve, type WalkthroughExample } from '../../src/widgets/walkthrough/model.ts';

/** What an example's own run ended with, read from its quantities; a second lane is the playground's `b.`. */
interface Ending {
  x: number[];
  f: number;
  iterations: number;
  status: string;
}

/**
 * Per kind with a link: the example's own function (f and gradient at a point), the window its
 * points are taken from, and its run's ending(s) as the kind's quantities name them.
 */
interface Own {
  objective: (point: readonly number[]) => { f: number; gradient: number[] };
  view: Interval[];
  endings: (q: Quantities) => Ending[];
}

const ending = (q: Quantities, names: string[], prefix = ''): Ending => ({
  x: names.map((n) => Number(q[`${prefix}${n}`])),
  f: Number(q[`${prefix}f`]),
  iterations: Number(q[`${prefix}iterations`]),
  status: String(q[`${prefix}status`]),
});
const curve = ({ f, df, domain }: Pick<Function1D, 'f' | 'df' | 'domain'>) => ({
  objective: ([x]: readonly number[]) => ({ f: f(x!), gradient: [df(x!)] }),
  view: [domain],
});
const surface = (f: (x: number, y: number) => number, gradient: (x: number, y: number) => readonly number[], view: { x: Interval; y: Interval }) => ({
  objective: ([x, y]: readonly number[]) => ({ f: f(x!, y!), gradient: [...gradient(x!, y!)] }),
  view: [view.x, view.y],
});
const ofObjective = (objective: Objective) => (x: number, y: number) => objective(Float64Array.of(x, y), new Float64Array(2));
const gradientOf = (objective: Objective) => (x: number, y: number) => {
  const g = new Float64Array(2);
  objective(Float64Array.of(x, y), g);
  return [...g];
};

const own: Record<string, (example: Example) => Own> = {
  'descent-1d': (e) => ({ ...curve((e as { problem: Function1D }).problem), endings: (q) => [ending(q, ['x'])] }),
  'minimize-1d': (e) => ({ ...curve((e as { problem: Function1D }).problem), endings: (q) => [ending(q, ['x'])] }),
  'compare-1d': (e) => ({ ...curve((e as { problem: Function1D }).problem), endings: (q) => [ending(q, ['x'], 'run1.')] }),
  walkthrough: (e) => ({ ...curve(ssrCurve((e as WalkthroughExample).problem)), endings: (q) => [ending(q, ['intercept'])] }),
  'descent-2d': (e) => {
    const { problem } = e as Descent2DExample;
    const { objective } = objective2D(problem);
    return { ...surface(ofObjective(objective), gradientOf(objective), problem.view), endings: (q) => [ending(q, [...problem.names])] };
  },
  race: (e) => {
    const s = raceSurfaces[(e as RaceExample).defaults.surface];
    return { ...surface(s.f, s.gradient, s.view), endings: (q) => [ending(q, ['x', 'y'], 'gd.'), ending(q, ['x', 'y'], 'momentum.')] };
  },
};

/**
 * A run cut off while it still jumps about amplifies those last bits: on quartic-erratic (rate 1.5)
 * the two paths differ by 3e-14 at step 6 and the gap about doubles each step, to 0.01 at step 50.
 * Its status and step count are still exact; where it stops is checked to this.
 */
const cutOffWhileJumping: Record<string, number> = { 'quartic-erratic': 0.05 };

const linked = examples.flatMap((example) => {
  const link = kindOf(example).playground?.(example, example.defaults);
  return link ? [{ example, link }] : [];
});
const playground = playgroundExamples[0]!;

/** Points on a grid over the window: 7 for a function of one variable, 5 × 5 for two, ends included. */
function grid(view: Interval[]): number[][] {
  const steps = view.length === 1 ? 7 : 5;
  const axis = ([lo, hi]: Interval) => Array.from({ length: steps }, (_, i) => lo + ((hi - lo) * i) / (steps - 1));
  return view.length === 1 ? axis(view[0]!).map((x) => [x]) : axis(view[0]!).flatMap((x) => axis(view[1]!).map((y) => [x, y]));
}

/** Within relative `tol`, measured against 1 where the value is smaller (a gradient component near a minimum is near 0). */
const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

describe('“Open in the playground” from every descent example', () => {
  it('is offered by the descent kinds’ examples, and not by the playground itself', () => {
    expect(new Set(linked.map(({ example }) => example.widget))).toEqual(new Set(Object.keys(own)));
  });

  describe.each(linked.map(({ example, link }) => [example.id, example, link] as const))('%s', (_id, example, link) => {
    const mine = own[example.widget];
    if (!mine) throw new Error(`The test has no access to ${example.widget}'s own function: add it to \`own\`.`);
    const { objective, view, endings } = mine(example);

    it('gives the example’s function and gradient as text, in x (and y), to 1e-9 inside its window', () => {
      expect(link.settings.f!.length).toBeLessThanOrEqual(200);
      const reading = readFunction(link.settings.f!);
      if (!reading.ok) throw new Error(reading.message);
      expect(reading.fn.variables).toEqual(['x', 'y'].slice(0, view.length));
      expect(link.settings.xrange).toEqual(view[0]);
      if (view.length === 2) expect(link.settings.yrange).toEqual(view[1]);
      const gradient = new Float64Array(view.length);
      for (const point of grid(view)) {
        const want = objective(point);
        const f = reading.fn.program.evaluate(point, gradient);
        expect(close(f, want.f, 1e-9), `f at ${point}: ${f} against ${want.f}`).toBe(true);
        const norm = Math.hypot(...want.gradient);
        want.gradient.forEach((g, i) => expect(Math.abs(gradient[i]! - g), `∂f at ${point}`).toBeLessThanOrEqual(1e-9 * Math.max(1, norm)));
      }
    });

    it('runs in the playground to the same ending as the example’s own run', () => {
      const mineEnds = endings(exampleQuantities(example));
      const theirs = exampleQuantities(playground, { ...playground.defaults, ...link.settings } as PlaygroundParams);
      const names = view.length === 1 ? ['x'] : ['x', 'y'];
      mineEnds.forEach((want, lane) => {
        const got = ending(theirs, names, lane === 0 ? '' : 'b.');
        expect(got.status).toBe(want.status);
        expect(got.iterations).toBe(want.iterations);
        // Evaluated differently (the data costs multiplied out, the formulas by automatic
        // differentiation), f and its gradient differ in the last bits: 1e-6, or the documented
        // tolerance where it is looser.
        const tol = cutOffWhileJumping[example.id] ?? Math.max(1e-6, ...example.documented.filter((d) => typeof d.value === 'number').map((d) => d.tolerance));
        want.x.forEach((x, i) => expect(Math.abs(got.x[i]! - x), `${names[i]}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(x))));
        if (Number.isFinite(want.f)) expect(Math.abs(got.f - want.f), 'f').toBeLessThanOrEqual(tol * Math.max(1, Math.abs(want.f)));
      });
    });
  });
});
