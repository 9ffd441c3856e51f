import { readFileSync } from 'node:fs';
import { leastSquares, minimumNormSolution } from '@descent/optimizer';
import { describe, expect, it, vi } from 'vitest';
import { getExample } from '../../src/examples/index.ts';
import { cars } from '../../src/problems/datasets.ts';
import { runDecomposition, testPoints, type DecompositionExample } from '../../src/widgets/decomposition/model.ts';
import { evenlySpaced, fitColumns, legendreColumns, polynomialColumns, predict, sine } from '../../src/widgets/fitting.ts';
import { runImplicit, type ImplicitExample } from '../../src/widgets/implicit/model.ts';
import { runPolynomialFit, type PolynomialFitExample } from '../../src/widgets/polyfit/model.ts';
import { examplePlot, exampleQuantities } from '../../src/widgets/kinds.ts';
import { drawImplicit } from '../../src/widgets/implicit/plot.ts';
import { serverDocument } from '../../src/plots/server.ts';

// Simulations with hundreds of fits: allow for a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const simulation = getExample('bias-variance-simulation') as DecompositionExample;
const doubleDescent = getExample('double-descent') as DecompositionExample;
const mpg = getExample('mpg-polynomials') as PolynomialFitExample;
const implicit = getExample('implicit-regularisation') as ImplicitExample;

describe('the cars data', () => {
  it('is the vega-datasets cars table with the rows lacking horsepower or mileage dropped', () => {
    const url = new URL('../../node_modules/vega-datasets/data/cars.json', import.meta.url);
    const rows = (JSON.parse(readFileSync(url, 'utf8')) as { Horsepower: number | null; Miles_per_Gallon: number | null }[]).filter(
      (r) => r.Horsepower !== null && r.Miles_per_Gallon !== null,
    );
    expect(rows.length).toBe(392);
    expect(Array.from(cars.x)).toEqual(rows.map((r) => r.Horsepower));
    expect(Array.from(cars.y)).toEqual(rows.map((r) => r.Miles_per_Gallon));
  });

  it('has the well-known Auto MPG means: 23.445918 mpg and 104.469388 horsepower', () => {
    const mean = (v: Float64Array) => v.reduce((a, b) => a + b, 0) / v.length;
    expect(mean(cars.y)).toBeCloseTo(23.445918, 6);
    expect(mean(cars.x)).toBeCloseTo(104.469388, 6);
  });
});

describe('fitting helpers', () => {
  it('computes sin with basic arithmetic to within 10⁻¹⁵ of Math.sin', () => {
    for (let t = -30; t <= 30; t += 0.01) expect(Math.abs(sine(t) - Math.sin(t))).toBeLessThan(1e-15 * Math.max(1, Math.abs(t)));
  });

  it('builds Legendre polynomials: P₂ = (3x² − 1)/2, P₃ = (5x³ − 3x)/2, and P_k(1) = 1', () => {
    const x = Float64Array.of(-1, -0.3, 0.2, 0.9, 1);
    const [p0, p1, p2, p3, , , , p7] = legendreColumns(x, 8);
    x.forEach((v, i) => {
      expect(p0![i]).toBe(1);
      expect(p1![i]).toBe(v);
      expect(p2![i]).toBeCloseTo((3 * v * v - 1) / 2, 14);
      expect(p3![i]).toBeCloseTo((5 * v ** 3 - 3 * v) / 2, 14);
    });
    expect(p7![4]).toBeCloseTo(1, 14);
    expect(p7![0]).toBeCloseTo(-1, 14);
  });

  it('fits by QR least squares when the fit is unique, and by the minimum-norm solution when it is not', () => {
    const x = Float64Array.of(-1, -0.5, 0, 0.5, 1, 0.5);
    const y = Float64Array.of(1, 0, 2, 1, 3, 2);
    const unique = fitColumns(polynomialColumns(x, 2), y);
    expect(unique.unique).toBe(true);
    expect(Array.from(unique.theta)).toEqual(Array.from(leastSquares(polynomialColumns(x, 2), y, { intercept: false })));
    // Five distinct x cannot pin down six coefficients.
    const columns = polynomialColumns(x, 5);
    const loose = fitColumns(columns, y);
    expect(loose.unique).toBe(false);
    // The repeated x = 0.5 counts as one point with the mean target, weighted by √2.
    const distinct = Float64Array.of(-1, -0.5, 0, 0.5, 1);
    const w = Float64Array.of(1, 1, 1, Math.SQRT2, 1);
    const weighted = polynomialColumns(distinct, 5).map((c) => c.map((v, i) => v * w[i]!));
    const expected = minimumNormSolution(weighted, Float64Array.of(1, 0, 2, 1.5 * Math.SQRT2, 3));
    loose.theta.forEach((t, j) => expect(t).toBeCloseTo(expected[j]!, 12));
    // It is a least-squares solution: the residual is orthogonal to every column.
    const residual = predict(columns, loose.theta).map((v, i) => v - y[i]!);
    for (const c of columns) expect(c.reduce((s, v, i) => s + v * residual[i]!, 0)).toBeCloseTo(0, 10);
  });
});

describe('polynomial fits to the cars', () => {
  const result = runPolynomialFit(mpg, mpg.defaults);

  it('never lets the training error rise with the degree (on one sample, a higher degree can copy a lower one)', () => {
    for (let d = 1; d < result.rows.length; d++) expect(result.rows[d]!.train).toBeLessThanOrEqual(result.rows[d - 1]!.train + 1e-9);
  });

  it('fits degree 0 as the mean of the sample, and shows no spread with a single sample', () => {
    const constant = runPolynomialFit(mpg, { ...mpg.defaults, degree: 0 });
    const sampleMean = Array.from(constant.sample, (i) => cars.y[i]!).reduce((a, b) => a + b, 0) / constant.sample.length;
    for (const value of constant.curves[0]!) expect(value).toBeCloseTo(sampleMean, 10);
    const one = runPolynomialFit(mpg, { ...mpg.defaults, samples: 1 });
    for (const row of one.rows) expect(row.spread).toBe(0);
  });

  it('draws n different cars per sample, reproducibly from the seed, and differently for another seed', () => {
    expect(new Set(result.sample).size).toBe(mpg.defaults.n);
    expect(exampleQuantities(mpg)).toEqual(exampleQuantities(mpg));
    expect(exampleQuantities(mpg, { ...mpg.defaults, seed: 2 })['train@2']).not.toBe(exampleQuantities(mpg)['train@2']);
  });

  it('fits every degree for any sample size and seed, even when cars share a horsepower', () => {
    for (const n of [5, 8, 13, 25]) {
      for (let seed = 0; seed < 10; seed++) {
        const quantities = exampleQuantities(mpg, { ...mpg.defaults, n, seed, samples: 3 });
        for (const value of Object.values(quantities)) expect(Number.isFinite(value)).toBe(true);
      }
    }
  });

  it('flags fits that are not unique: 5 cars cannot determine a degree-6 polynomial', () => {
    const small = runPolynomialFit(mpg, { ...mpg.defaults, n: 5, degree: 6 });
    expect(small.rows[6]!.nonUnique).toBe(mpg.defaults.samples);
    expect(small.rows[2]!.nonUnique).toBe(0);
  });
});

describe('bias² + variance + noise', () => {
  for (const example of [simulation, doubleDescent]) {
    for (const seed of [1, 2, 3]) {
      it(`matches the directly measured error within four standard errors for every size (${example.id}, seed ${seed})`, () => {
        const { rows, noise } = runDecomposition(example, { ...example.defaults, seed });
        expect(noise).toBeCloseTo(example.defaults.noise ** 2, 15);
        for (const row of rows) {
          expect(row.sum).toBeCloseTo(row.bias2 + row.variance + noise, 12);
          expect(Math.abs(row.sum - row.error), `size ${row.size}`).toBeLessThanOrEqual(4 * row.se);
        }
      });
    }
  }

  it('agrees with the exact bias² and variance of least squares on a fixed design', () => {
    // The fit is linear in y: column i of H maps the i-th training value to the test curve.
    const { problem } = simulation;
    const replicates = 500;
    const sigma = simulation.defaults.noise;
    const x = evenlySpaced(problem.n);
    const testX = evenlySpaced(testPoints);
    const { rows } = runDecomposition(simulation, { ...simulation.defaults, replicates });
    for (const degree of [0, 2, 4, 8]) {
      const train = polynomialColumns(x, degree);
      const test = polynomialColumns(testX, degree);
      const h = Array.from({ length: problem.n }, (_, i) =>
        predict(
          test,
          fitColumns(
            train,
            Float64Array.from({ length: problem.n }, (_, k) => (k === i ? 1 : 0)),
          ).theta,
        ),
      );
      let bias2 = 0;
      let variance = 0;
      for (let j = 0; j < testPoints; j++) {
        let mean = 0;
        let squares = 0;
        for (let i = 0; i < problem.n; i++) {
          mean += h[i]![j]! * problem.truth.f(x[i]!);
          squares += h[i]![j]! ** 2;
        }
        bias2 += (mean - problem.truth.f(testX[j]!)) ** 2 / testPoints;
        variance += (sigma * sigma * squares) / testPoints;
      }
      const row = rows.find((r) => r.size === degree)!;
      // The simulated variance uses 1/R, and the squared average carries variance/R extra.
      expect(row.variance / (variance * (1 - 1 / replicates)), `variance at degree ${degree}`).toBeGreaterThan(0.85);
      expect(row.variance / (variance * (1 - 1 / replicates)), `variance at degree ${degree}`).toBeLessThan(1.15);
      const expected = bias2 + variance / replicates;
      const spread = 4 * Math.sqrt((4 * bias2 * variance) / replicates + 2 * (variance / replicates) ** 2);
      expect(Math.abs(row.bias2 - expected), `bias² at degree ${degree}`).toBeLessThanOrEqual(spread);
    }
  });
});

describe('double descent', () => {
  for (const seed of [1, 2, 3]) {
    it(`peaks where the features match the 20 points, interpolates beyond, and descends again (seed ${seed})`, () => {
      const { rows } = runDecomposition(doubleDescent, { ...doubleDescent.defaults, seed });
      const at = (p: number) => rows.find((r) => r.size === p)!;
      const peak = rows.reduce((a, b) => (b.error > a.error ? b : a));
      expect([20, 21]).toContain(peak.size);
      for (const row of rows.filter((r) => r.size >= 20)) expect(row.train).toBeLessThan(1e-20);
      expect(at(19).train).toBeGreaterThan(1e-3);
      expect(at(100).error).toBeLessThan(at(20).error / 1000);
      expect(at(100).variance).toBeLessThan(at(26).variance);
    });
  }
});

describe('gradient descent from zero', () => {
  for (const [p, seed] of [
    [30, 1],
    [40, 2],
    [60, 3],
  ] as const) {
    it(`reaches the minimum-norm interpolating solution (p = ${p}, seed ${seed})`, () => {
      const result = runImplicit(implicit, { ...implicit.defaults, p, seed });
      expect(result.run.reason).toBe('converged');
      expect(result.distance).toBeLessThan(1e-9);
      expect(result.residual).toBeLessThan(1e-9);
      expect(result.normDescent).toBeCloseTo(result.normMinimum, 8);
    });
  }

  it('from a random start ends elsewhere, off by a piece orthogonal to θ⁺ (Pythagoras)', () => {
    const result = runImplicit(implicit, { ...implicit.defaults, start: 'random' });
    expect(result.residual).toBeLessThan(1e-9);
    expect(result.distance).toBeGreaterThan(1);
    expect(result.normDescent ** 2).toBeCloseTo(result.normMinimum ** 2 + result.distance ** 2, 8);
  });

  it('diverges, with no NaN in its numbers, when the learning rate is too large', () => {
    const quantities = exampleQuantities(implicit, { ...implicit.defaults, lr: 0.5 });
    expect(quantities.status).toBe('diverged');
    for (const value of Object.values(quantities)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  });
});

describe('the plots', () => {
  it('draw every example as one image with a text alternative and no NaN or Infinity', () => {
    for (const example of [mpg, simulation, doubleDescent, implicit]) {
      const svg = examplePlot(example, serverDocument());
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toContain(example.title);
      expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
    }
  });

  it('draw a diverging descent without NaN or Infinity', () => {
    const svg = drawImplicit(implicit, runImplicit(implicit, { ...implicit.defaults, lr: 0.5 }), serverDocument());
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
  });
});
