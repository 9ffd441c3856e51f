import { gradientCheck } from '@descent/optimizer';
import { describe, expect, it } from 'vitest';
import { examples, getExample } from '../../src/examples/index.ts';
import { serverDocument } from '../../src/plots/server.ts';
import type { Compare1DExample } from '../../src/widgets/compare1d/model.ts';
import { runCompare1D } from '../../src/widgets/compare1d/model.ts';
import { descend1D, type Descent1DExample } from '../../src/widgets/descent1d/model.ts';
import { minimize1DQuantities, resultMessage, runMinimize1D, type Minimize1DExample } from '../../src/widgets/minimize1d/model.ts';
import { examplePlot, exampleQuantities } from '../../src/widgets/kinds.ts';
import { tableRows } from '../../src/widgets/rows.ts';
import { drawWalkthrough } from '../../src/widgets/walkthrough/plot.ts';
import {
  leastSquaresLine,
  residuals,
  runWalkthrough,
  shownStep,
  ssrObjective,
  walkthroughQuantities,
  type WalkthroughExample,
} from '../../src/widgets/walkthrough/model.ts';

const walk = getExample('intercept-only') as WalkthroughExample;
const noNonFinite = (quantities: Record<string, number | string>) =>
  Object.entries(quantities).filter(([, v]) => typeof v === 'number' && !Number.isFinite(v));

describe('the intercept walk-through', () => {
  it('differentiates the SSR correctly', () => {
    for (const b of [-0.2, 0, 0.5, 1.7]) expect(gradientCheck(ssrObjective(walk.problem), b)).toBeLessThan(1e-8);
  });

  it('multiplies each slope by 1 − 2nα, since the SSR is a parabola with second derivative 2n', () => {
    for (const lr of [0.05, 0.1, 0.2, 0.3]) {
      const points = runWalkthrough(walk, { ...walk.defaults, lr }).trajectory!;
      const factor = 1 - 2 * walk.problem.data.x.length * lr;
      for (let k = 1; k < points.length; k++) {
        expect(points[k]!.gradient[0]!).toBeCloseTo(factor * points[k - 1]!.gradient[0]!, 12);
      }
    }
  });

  it('stops at the first step smaller than the minimum step size', () => {
    const result = runWalkthrough(walk, walk.defaults);
    const steps = result.trajectory!.slice(1).map((p) => Math.abs(p.step[0]!));
    expect(result.reason).toBe('stopped');
    expect(steps.at(-1)!).toBeLessThan(walk.defaults.tol);
    for (const s of steps.slice(0, -1)) expect(s).toBeGreaterThanOrEqual(walk.defaults.tol);
  });

  it('shows the step asked for, or the last one the run took', () => {
    const result = runWalkthrough(walk, walk.defaults);
    expect(shownStep(result, { ...walk.defaults, step: 3 })).toBe(3);
    expect(shownStep(result, { ...walk.defaults, step: 999 })).toBe(result.iterations);
  });

  it('finds a least-squares line that solves the normal equations', () => {
    const { data } = walk.problem;
    const line = leastSquaresLine(data);
    const r = residuals({ ...walk.problem, slope: line.slope }, line.intercept);
    expect(r.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 12);
    expect(r.reduce((s, v, i) => s + v * data.x[i]!, 0)).toBeCloseTo(0, 12);
  });

  it('reports a divergence with its step, shows no non-finite number and draws only coordinates SVG can hold', () => {
    const result = runWalkthrough(walk, { ...walk.defaults, lr: 0.4 });
    expect(result.reason).toBe('diverged');
    expect(noNonFinite(walkthroughQuantities(walk, result))).toEqual([]);
    for (const k of [0, 10, result.iterations]) {
      const html = drawWalkthrough(walk, result, k, serverDocument()).outerHTML;
      expect(html).not.toMatch(/NaN|Infinity|\de\+?\d{2,}/);
    }
  });

  it('draws the line and the SSR curve, ringing the step shown', () => {
    const result = runWalkthrough(walk, walk.defaults);
    const pair = drawWalkthrough(walk, result, 3, serverDocument());
    expect(pair.querySelectorAll('svg[role="img"]')).toHaveLength(2);
    expect(pair.textContent).not.toMatch(/NaN|Infinity/);
    const [, curve] = pair.querySelectorAll('svg[role="img"]');
    expect(curve!.getAttribute('aria-label')).toContain('step 3 is ringed at intercept 0.889824');
  });
});

describe('the comparison of runs', () => {
  const rates = getExample('quartic-rates') as Compare1DExample;

  it('runs every start with every rate, starts outermost, each exactly as a single run', () => {
    const runs = runCompare1D(rates, rates.defaults);
    expect(runs.map((r) => [r.x0, r.lr])).toEqual(rates.defaults.x0.flatMap((x0) => rates.defaults.lr.map((lr) => [x0, lr])));
    for (const run of runs) {
      const single = descend1D(rates.problem, { x0: run.x0, lr: run.lr, steps: rates.defaults.steps, stop: 'gradient', tol: rates.defaults.tol });
      expect(run.result.x[0]).toBe(single.x[0]);
      expect(run.result.iterations).toBe(single.iterations);
    }
  });

  it('draws one labelled panel per run', () => {
    const grid = examplePlot(rates, serverDocument());
    const panels = grid.querySelectorAll('.plot-panel');
    expect(panels).toHaveLength(rates.defaults.x0.length * rates.defaults.lr.length);
    panels.forEach((panel, i) => {
      expect(panel.getAttribute('data-run')).toBe(String(i + 1));
      expect(panel.querySelector('svg[role="img"]')!.getAttribute('aria-label')).toMatch(/^Run \d+: x₀ = /);
    });
  });
});

describe('the library minimiser', () => {
  const bfgs = getExample('quartic-bfgs') as Minimize1DExample;

  it('shows the whole result record', () => {
    const quantities = minimize1DQuantities(runMinimize1D(bfgs, bfgs.defaults));
    for (const name of ['x', 'f', 'gradient', 'iterations', 'evaluations', 'status', 'message']) expect(quantities).toHaveProperty(name);
  });

  it('never takes more steps with a looser tolerance', () => {
    for (const x0 of [1, 2, 3, 4, 5, 6, 7]) {
      const strict = runMinimize1D(bfgs, { x0, tol: 1e-8 });
      const loose = runMinimize1D(bfgs, { x0, tol: 1e-3 });
      expect(loose.iterations).toBeLessThanOrEqual(strict.iterations);
      expect(Math.abs(loose.gradient[0]!)).toBeLessThan(1e-3);
    }
  });

  it('describes a divergence instead of printing its value', () => {
    const diverged = { ...runMinimize1D(bfgs, bfgs.defaults), reason: 'diverged' as const, divergedAt: 3, message: 'Diverged at step 3: f became Infinity.' };
    expect(resultMessage(diverged)).toBe('diverged at step 3');
  });
});

describe('probes and reference of a descent-1d example', () => {
  const tipsSlope = getExample('tips-slope') as Descent1DExample;

  it('shows f and f′ at every probe and the reference minimiser, where f′ vanishes', () => {
    const quantities = exampleQuantities(tipsSlope);
    for (const p of tipsSlope.probes!) {
      expect(quantities[`f(${p})`]).toBe(tipsSlope.problem.f(p));
      expect(quantities[`df(${p})`]).toBe(tipsSlope.problem.df(p));
    }
    expect(Math.abs(tipsSlope.problem.df(quantities['least-squares'] as number))).toBeLessThan(1e-9);
  });
});

/** The plot and its table must agree step for step: a dot for every tabled iterate, at its place, and no other. */
describe('every one-variable plot agrees with its table', () => {
  const kinds = new Set(['descent-1d', 'walkthrough', 'compare-1d', 'minimize-1d']);
  for (const example of examples.filter((e) => kinds.has(e.widget))) {
    it(example.id, () => {
      const quantities = exampleQuantities(example);
      const root = examplePlot(example, serverDocument());
      const svgs = root.matches('svg') ? [root] : [...root.querySelectorAll('svg[role="img"]')];
      let plotted = 0;
      for (const svg of svgs) {
        const circles = [...svg.querySelectorAll('g.iterates circle')];
        if (circles.length === 0) continue;
        const run = svg.closest('.plot-panel')?.getAttribute('data-run');
        const prefix = run ? `run${run}.` : '';
        const iterations = quantities[`${prefix}iterations`] as number;
        const tabled = tableRows(Array.from({ length: iterations + 1 }, (_, k) => k)).rows;
        const ks = circles.map((c) => Number(c.getAttribute('data-k')));
        expect(ks, 'a dot for each tabled iterate, in order').toEqual(tabled);
        for (const [i, k] of ks.entries()) {
          const value = quantities[`${prefix}x@${k}`] ?? (k === iterations ? quantities[`${prefix}x`] : undefined);
          expect(Number(circles[i]!.getAttribute('data-x')), `${prefix}x@${k}`).toBe(value);
          plotted++;
        }
        // Positions: cx is one increasing affine function of x for every dot.
        const xs = circles.map((c) => Number(c.getAttribute('data-x')));
        const cxs = circles.map((c) => Number(c.getAttribute('cx')));
        const lo = xs.indexOf(Math.min(...xs));
        const hi = xs.indexOf(Math.max(...xs));
        if (xs[hi]! > xs[lo]!) {
          const scale = (cxs[hi]! - cxs[lo]!) / (xs[hi]! - xs[lo]!);
          expect(scale).toBeGreaterThan(0);
          xs.forEach((x, i) => expect(Math.abs(cxs[lo]! + scale * (x - xs[lo]!) - cxs[i]!)).toBeLessThan(0.05));
        }
      }
      expect(plotted, 'the plot shows the tabled iterates').toBeGreaterThan(0);
    });
  }
});

describe('plot ids', () => {
  it('are unique across every pre-rendered plot, and every url(#…) resolves inside its own chart', () => {
    const seen = new Set<string>();
    for (const example of examples) {
      const root = examplePlot(example, serverDocument());
      const charts = root.matches('svg') ? [root] : [...root.querySelectorAll('svg[role="img"]')];
      for (const chart of charts) {
        const own = new Set([...chart.querySelectorAll('[id]')].map((el) => el.id));
        for (const id of own) {
          expect(seen.has(id), `${example.id}: id ${id} is used twice`).toBe(false);
          seen.add(id);
        }
        for (const [, ref] of chart.outerHTML.matchAll(/url\(#([^)]+)\)/g)) expect(own, `${example.id} refers to #${ref}`).toContain(ref);
      }
    }
  }, 120_000);
});
