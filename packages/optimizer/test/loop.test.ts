// The one descent loop: every transformation on full batches and on mini-batches, the same run for
// one batch of all rows as for full-batch descent, and two transformations checked against theory
// and against their update written out by hand.
//
// Mini-batches need a data-set objective. The quadratic and Rosenbrock problems are written as the
// mean of 12 rows that all share the problem's minimiser (row i is the function times a weight, the
// weights averaging 1), so every batch points to the same minimum and constant-rate SGD can reach
// it. The regression has noise, so the batch gradients disagree at the minimum: there the rates
// decay, and mini-batch runs are held to a looser tolerance than full-batch runs.
import { describe, expect, it } from 'vitest';
import {
  adagrad,
  adam,
  exponentialDecay,
  gradientDescent,
  linearRegression,
  miniBatchDescent,
  momentum,
  nesterov,
  normal,
  rmsprop,
  seededRandom,
  sgd,
  type BatchSplit,
  type DatasetObjective,
  type GradientTransformation,
  type LearningRate,
  type Objective,
} from '../src/index.ts';
import { fittedLine } from './helpers.ts';

/** A data-set objective whose loss is the mean of the rows' functions, over all rows or a batch. */
function meanOfRows(rows: readonly Objective[], dimension: number): DatasetObjective {
  const scratch = new Float64Array(dimension);
  const mean = (x: Float64Array, g: Float64Array, row: (t: number) => number, from: number, to: number) => {
    g.fill(0);
    let f = 0;
    for (let t = from; t < to; t++) {
      f += (rows[row(t)] as Objective)(x, scratch);
      for (let i = 0; i < dimension; i++) g[i] = (g[i] as number) + (scratch[i] as number);
    }
    for (let i = 0; i < dimension; i++) g[i] = (g[i] as number) / (to - from);
    return f / (to - from);
  };
  const full = (x: Float64Array, g: Float64Array) => mean(x, g, (t) => t, 0, rows.length);
  const batch = (x: Float64Array, g: Float64Array, indices: Int32Array, start: number, end: number, loss: Float64Array) => {
    loss[0] = mean(x, g, (t) => indices[t] as number, start, end);
  };
  return Object.assign(full, { rows: rows.length, dimension, intercept: false, loss: 'mse' as const, batch });
}

const ROWS = 12;
/** Row weights 0.5, …, 1.5, averaging 1. */
const weight = (i: number) => 0.5 + i / (ROWS - 1);

/** ½ (x − x*)ᵀA(x − x*), A = [[3, 1], [1, 2]], x* = (0.2, 0.4), as 12 weighted rows. */
const quadraticRows = Array.from({ length: ROWS }, (_, i): Objective => (x, g) => {
  const w = weight(i);
  const d0 = (x[0] as number) - 0.2;
  const d1 = (x[1] as number) - 0.4;
  const a0 = 3 * d0 + d1;
  const a1 = d0 + 2 * d1;
  g[0] = w * a0;
  g[1] = w * a1;
  return 0.5 * w * (d0 * a0 + d1 * a1);
});

/** Rosenbrock's (1 − a)² + 100 (b − a²)² as 12 rows w_i (1 − a)² + v_i 100 (b − a²)², mean w = mean v = 1. */
const rosenbrockRows = Array.from({ length: ROWS }, (_, i): Objective => (x, g) => {
  const w = weight(i);
  const v = 2 - weight(i);
  const a = x[0] as number;
  const b = x[1] as number;
  g[0] = -2 * w * (1 - a) - 400 * v * a * (b - a * a);
  g[1] = 200 * v * (b - a * a);
  return w * (1 - a) ** 2 + 100 * v * (b - a * a) ** 2;
});

/** 40 points of y = 1 + 2x + noise (sd 0.3), and their least-squares line from the closed form. */
function noisyLine() {
  const n = 40;
  const rng = seededRandom(7);
  const x = Float64Array.from({ length: n }, (_, i) => -2 + (4 * i) / (n - 1));
  const y = Float64Array.from(x, (v) => 1 + 2 * v + normal(rng, 0, 0.3));
  const { intercept, slope } = fittedLine(x, y);
  return { objective: linearRegression(x, y), minimiser: [intercept, slope] };
}

interface Problem {
  objective: DatasetObjective;
  x0: number[];
  minimiser: number[];
  steps: number;
  /** Tolerance on max |x_i − x*_i| on full batches and on mini-batches. */
  tolerance: { full: number; mini: number };
  kBatches: BatchSplit;
  sizeB: BatchSplit;
  /** The learning rate of each transformation. */
  rates: Record<Name, () => LearningRate>;
}

type Name = 'gd' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam';
const transformations: Record<Name, (rate: LearningRate) => GradientTransformation<any>> = {
  gd: sgd,
  momentum: (rate) => momentum(rate, 0.9),
  nesterov: (rate) => nesterov(rate, 0.9),
  adagrad: (rate) => adagrad(rate),
  rmsprop: (rate) => rmsprop(rate),
  adam: (rate) => adam(rate),
};

const line = noisyLine();
const problems: Record<string, Problem> = {
  quadratic: {
    objective: meanOfRows(quadraticRows, 2),
    x0: [3, -2],
    minimiser: [0.2, 0.4],
    steps: 3000,
    tolerance: { full: 1e-4, mini: 1e-4 },
    kBatches: { batchCount: 3 },
    sizeB: { batchSize: 5 },
    rates: {
      gd: () => 0.1,
      momentum: () => 0.1,
      nesterov: () => 0.1,
      adagrad: () => 0.5,
      // RMSProp's steps stay near η in size, so it needs a decaying rate to settle.
      rmsprop: () => exponentialDecay(0.05, 1e-4, 3000),
      adam: () => 0.1,
    },
  },
  rosenbrock: {
    objective: meanOfRows(rosenbrockRows, 2),
    x0: [-1.2, 1],
    minimiser: [1, 1],
    steps: 30_000,
    tolerance: { full: 1e-4, mini: 1e-4 },
    kBatches: { batchCount: 3 },
    sizeB: { batchSize: 5 },
    rates: {
      // Plain GD needs η < 2/1001.6 near (1, 1).
      gd: () => 0.001,
      momentum: () => 0.001,
      nesterov: () => 0.001,
      adagrad: () => 0.5,
      rmsprop: () => exponentialDecay(0.01, 1e-3, 30_000),
      adam: () => exponentialDecay(0.01, 1e-3, 30_000),
    },
  },
  regression: {
    objective: line.objective,
    x0: [0, 0],
    minimiser: line.minimiser,
    steps: 20_000,
    // Batches of 7 from 40 rows leave one batch of 5: rows weigh unequally within an epoch, and the
    // batch noise settles more slowly than with equal batches.
    tolerance: { full: 1e-6, mini: 1e-3 },
    kBatches: { batchCount: 4 },
    sizeB: { batchSize: 7 },
    rates: {
      gd: () => exponentialDecay(0.05, 1e-5, 20_000),
      momentum: () => exponentialDecay(0.05, 1e-5, 20_000),
      nesterov: () => exponentialDecay(0.05, 1e-5, 20_000),
      adagrad: () => exponentialDecay(1, 1e-3, 20_000),
      rmsprop: () => exponentialDecay(0.05, 1e-5, 20_000),
      adam: () => exponentialDecay(0.05, 1e-5, 20_000),
    },
  },
};

const schemes = ['full batch', 'k batches', 'batches of size b'] as const;

const cases = Object.keys(transformations).flatMap((name) =>
  schemes.flatMap((scheme) => Object.keys(problems).map((problem) => [name as Name, scheme, problem] as const)),
);

function run(name: Name, scheme: (typeof schemes)[number], problem: Problem) {
  const optimizer = transformations[name](problem.rates[name]());
  if (scheme === 'full batch') return gradientDescent(problem.objective, problem.x0, { optimizer, stop: { maxSteps: problem.steps } });
  const split = scheme === 'k batches' ? problem.kBatches : problem.sizeB;
  const perEpoch = split.batchCount ?? Math.ceil(problem.objective.rows / (split.batchSize as number));
  return miniBatchDescent(problem.objective, problem.x0, { optimizer, ...split, epochs: Math.ceil(problem.steps / perEpoch), seed: 3 });
}

describe('every transformation × batch scheme × problem', () => {
  it.each(cases)('%s on %s, %s, reaches the known minimiser', (name, scheme, problemName) => {
    const problem = problems[problemName] as Problem;
    const result = run(name, scheme, problem);
    expect(result.reason).toBe('max-steps');
    const tolerance = scheme === 'full batch' ? problem.tolerance.full : problem.tolerance.mini;
    problem.minimiser.forEach((m, i) => expect(Math.abs((result.x[i] as number) - m)).toBeLessThan(tolerance));
  });
});

describe('one batch of all rows is full-batch descent', () => {
  const objectives = { 'a row table (linearRegression)': line.objective, 'listed rows (mean of rows)': problems.quadratic!.objective };
  it.each(Object.keys(transformations).flatMap((name) => Object.keys(objectives).map((o) => [name as Name, o] as const)))(
    '%s on %s: miniBatchDescent with batchSize n and with batchCount 1 gives gradientDescent’s iterates bit for bit',
    (name, objectiveName) => {
      const objective = objectives[objectiveName as keyof typeof objectives];
      const rate = problems.quadratic!.rates[name];
      const full = gradientDescent(objective, [0.5, -1], { optimizer: transformations[name](rate()), stop: { maxSteps: 60 }, trajectory: true });
      for (const split of [{ batchSize: objective.rows }, { batchCount: 1 }]) {
        const mini = miniBatchDescent(objective, [0.5, -1], { optimizer: transformations[name](rate()), ...split, epochs: 60, seed: 9, trajectory: true });
        expect(mini.trajectory?.map((p) => p.x)).toEqual(full.trajectory?.map((p) => p.x));
        expect(Array.from(mini.x)).toEqual(Array.from(full.x));
      }
    },
  );
});

describe('seeds', () => {
  it.each(Object.keys(transformations) as Name[])('%s on mini-batches: the same seed gives the same trajectory, another seed another', (name) => {
    const rate = problems.quadratic!.rates[name];
    const options = (seed: number) => ({ optimizer: transformations[name](rate()), batchSize: 5, epochs: 30, seed, trajectory: true });
    const objective = problems.quadratic!.objective;
    const a = miniBatchDescent(objective, [3, -2], options(11));
    const b = miniBatchDescent(objective, [3, -2], options(11));
    const c = miniBatchDescent(objective, [3, -2], options(12));
    expect(b.trajectory).toEqual(a.trajectory);
    expect(c.trajectory?.map((p) => p.x)).not.toEqual(a.trajectory?.map((p) => p.x));
  });
});

describe('heavy-ball momentum at Polyak’s parameters', () => {
  it('contracts the error of a quadratic by (√κ − 1)/(√κ + 1) a step', () => {
    // f = ½ xᵀAx with A = Rᵀ diag(λmin, λmax) R, R a rotation by 0.3 rad: minimiser 0, so the
    // error is x itself and no rounding floor interferes.
    const [lmin, lmax] = [1, 100];
    const [c, s] = [Math.cos(0.3), Math.sin(0.3)];
    const a = [
      [lmin * c * c + lmax * s * s, (lmax - lmin) * c * s],
      [(lmax - lmin) * c * s, lmin * s * s + lmax * c * c],
    ] as const;
    const f: Objective = (x, g) => {
      const [x0, x1] = [x[0] as number, x[1] as number];
      g[0] = a[0][0] * x0 + a[0][1] * x1;
      g[1] = a[1][0] * x0 + a[1][1] * x1;
      return 0.5 * (x0 * (g[0] as number) + x1 * (g[1] as number));
    };
    const rootKappa = Math.sqrt(lmax / lmin);
    const rate = (rootKappa - 1) / (rootKappa + 1);
    const alpha = 4 / (Math.sqrt(lmax) + Math.sqrt(lmin)) ** 2;
    const beta = rate ** 2;
    const run = gradientDescent(f, [1, 1], { optimizer: momentum(alpha, beta), stop: { maxSteps: 300 }, trajectory: true });
    const norm = (k: number) => Math.hypot(...(run.trajectory?.[k]?.x ?? [NaN]));
    // The optimal parameters give a double eigenvalue, so the error falls as k·ρᵏ: a transient
    // factor that the 200-step geometric mean from step 100 on shrinks to (3)^(1/200) ≈ 1.005.
    const observed = (norm(300) / norm(100)) ** (1 / 200);
    expect(observed / rate).toBeGreaterThan(0.99);
    expect(observed / rate).toBeLessThan(1.02);
    // Plain gradient descent at its best constant rate 2/(λmin + λmax) contracts by (κ − 1)/(κ + 1) only.
    const plain = gradientDescent(f, [1, 1], { learningRate: 2 / (lmin + lmax), stop: { maxSteps: 300 }, trajectory: true });
    const plainNorm = (k: number) => Math.hypot(...(plain.trajectory?.[k]?.x ?? [NaN]));
    expect((plainNorm(300) / plainNorm(100)) ** (1 / 200)).toBeCloseTo((lmax / lmin - 1) / (lmax / lmin + 1), 3);
  });
});

describe('Adam', () => {
  it('takes its first two steps as written out by hand, with bias-corrected m̂ and v̂', () => {
    const [eta, b1, b2, eps] = [0.1, 0.8, 0.95, 1e-3];
    const objective = problems.rosenbrock!.objective;
    const x0 = [-1.2, 1];
    const gradientAt = (x: number[]) => {
      const g = new Float64Array(2);
      objective(Float64Array.from(x), g);
      return Array.from(g);
    };
    const g1 = gradientAt(x0);
    const m1 = g1.map((g) => (1 - b1) * g);
    const v1 = g1.map((g) => (1 - b2) * g * g);
    const x1 = x0.map((x, i) => {
      const mHat = (m1[i] as number) / (1 - b1);
      const vHat = (v1[i] as number) / (1 - b2);
      return x - (eta * mHat) / (Math.sqrt(vHat) + eps);
    });
    const g2 = gradientAt(x1);
    const x2 = x1.map((x, i) => {
      const m2 = b1 * (m1[i] as number) + (1 - b1) * (g2[i] as number);
      const v2 = b2 * (v1[i] as number) + (1 - b2) * (g2[i] as number) ** 2;
      const mHat = m2 / (1 - b1 ** 2);
      const vHat = v2 / (1 - b2 ** 2);
      return x - (eta * mHat) / (Math.sqrt(vHat) + eps);
    });
    const full = gradientDescent(objective, x0, { optimizer: adam(eta, b1, b2, eps), stop: { maxSteps: 2 }, trajectory: true });
    const mini = miniBatchDescent(objective, x0, { optimizer: adam(eta, b1, b2, eps), batchCount: 1, epochs: 2, seed: 1, trajectory: true });
    for (const result of [full, mini]) {
      const [, first, second] = result.trajectory ?? [];
      first?.x.forEach((v, i) => expect(v).toBeCloseTo(x1[i] as number, 13));
      second?.x.forEach((v, i) => expect(v).toBeCloseTo(x2[i] as number, 13));
      expect(second?.k).toBe(2);
    }
  });
});

describe('the step rule', () => {
  it('miniBatchDescent takes a learning rate or an optimizer, exactly one, and says so in a RangeError', () => {
    const objective = line.objective;
    const base = { batchSize: 5, epochs: 1, seed: 1 };
    expect(() => miniBatchDescent(objective, [0, 0], base)).toThrow(/learningRate is required when no optimizer is given/);
    expect(() => miniBatchDescent(objective, [0, 0], { ...base, learningRate: 0.1, optimizer: adam(0.1) })).toThrow(/give either learningRate or optimizer, not both/);
    expect(() => miniBatchDescent(objective, [0, 0], { ...base, optimizer: 0.1 as never })).toThrow(/optimizer must be a GradientTransformation/);
    expect(() => gradientDescent(objective, [0, 0], { optimizer: {} as never })).toThrow(RangeError);
  });

  it('mini-batch momentum at too large a rate ends diverged at the last finite iterate, never NaN', () => {
    const result = miniBatchDescent(problems.quadratic!.objective, [3, -2], { optimizer: momentum(5, 0.9), batchSize: 5, epochs: 1000, seed: 1 });
    expect(result.reason).toBe('diverged');
    expect(result.iterations).toBe((result.divergedAt as number) - 1);
    expect(result.epochs).toBe(Math.floor(result.iterations / 3));
    for (const v of [...result.x, result.f, ...result.gradient]) expect(Number.isFinite(v)).toBe(true);
    expect(result.message).toMatch(new RegExp(`^Diverged at update ${result.divergedAt} \\(epoch \\d+\\): .*last finite iterate, x_${result.iterations}\\.$`));
  });
});
