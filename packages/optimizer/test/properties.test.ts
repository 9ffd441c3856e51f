import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adagrad,
  adam,
  gradientCheck,
  gradientDescent,
  minimize,
  momentum,
  nesterov,
  rmsprop,
  scalar,
  sgd,
  type GradientTransformation,
  type Objective,
} from '../src/index.ts';
import { quadratic, quartic, rosenbrock, ssr } from './helpers.ts';

/** Solves A x = b by Gaussian elimination with partial pivoting (reference, not the code under test). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const factor = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= factor * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/**
 * Symmetric n×n matrices with diagonal in [1.5, 2.5] and off-diagonal entries of size at most
 * 0.5/n, so by Gershgorin every eigenvalue lies in [1, 3].
 */
const wellConditioned = fc.integer({ min: 1, max: 5 }).chain((n) =>
  fc
    .tuple(
      fc.array(fc.double({ min: 1.5, max: 2.5, noNaN: true }), { minLength: n, maxLength: n }),
      fc.array(fc.double({ min: -0.5 / n, max: 0.5 / n, noNaN: true }), { minLength: n * n, maxLength: n * n }),
      fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
      fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
    )
    .map(([diagonal, off, b, x0]) => {
      const a = diagonal.map((d, i) =>
        diagonal.map((_, j) => (i === j ? d : (off[Math.min(i, j) * n + Math.max(i, j)] as number))),
      );
      return { a, b, x0 };
    }),
);

const transforms: Record<string, () => GradientTransformation<any>> = {
  sgd: () => sgd(0.1),
  momentum: () => momentum(0.1, 0.9),
  nesterov: () => nesterov(0.1, 0.9),
  adagrad: () => adagrad(0.5),
  rmsprop: () => rmsprop(0.01),
  adam: () => adam(0.05),
};

/** Objectives of every kind of trouble: smooth, non-convex, steep, with a restricted domain. */
const objectives: Record<string, { objective: Objective; start: fc.Arbitrary<number[]> }> = {
  quartic: { objective: quartic, start: fc.tuple(fc.double({ min: -50, max: 50, noNaN: true })) },
  rosenbrock: {
    objective: rosenbrock,
    start: fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })),
  },
  'e^x − ln x': {
    objective: scalar(
      (x) => Math.exp(x) - Math.log(x),
      (x) => Math.exp(x) - 1 / x,
    ),
    start: fc.tuple(fc.double({ min: 1e-3, max: 20, noNaN: true })),
  },
  '√x': { objective: scalar(Math.sqrt, (x) => 0.5 / Math.sqrt(x)), start: fc.tuple(fc.double({ min: 1e-3, max: 100, noNaN: true })) },
  'x⁶': { objective: scalar((x) => x ** 6, (x) => 6 * x ** 5), start: fc.tuple(fc.double({ min: -10, max: 10, noNaN: true })) },
};

const learningRate = fc.double({ min: -8, max: 8, noNaN: true }).map((e) => 10 ** e);

describe('properties', () => {
  it('gradientDescent on a well-conditioned convex quadratic reaches the solution of A x = b', () => {
    fc.assert(
      fc.property(wellConditioned, ({ a, b, x0 }) => {
        // Eigenvalues in [1, 3]: η = 0.3 < 2/3 contracts by at most 0.7 per step, and
        // ‖x − x*‖ ≤ ‖∇f‖ / λ_min ≤ 1e-10 at the stop.
        const run = gradientDescent(quadratic(a, b), x0, { learningRate: 0.3, stop: { gradientNorm: 1e-10, maxSteps: 10_000 } });
        expect(run.reason).toBe('converged');
        solve(a, b).forEach((xi, i) => expect(Math.abs((run.x[i] as number) - xi)).toBeLessThan(1e-9));
      }),
    );
  });

  it('minimize (BFGS) on a well-conditioned convex quadratic reaches the solution of A x = b', () => {
    fc.assert(
      fc.property(wellConditioned, ({ a, b, x0 }) => {
        const run = minimize(quadratic(a, b), x0, { stop: { gradientNorm: 1e-10 } });
        expect(run.reason).toBe('converged');
        solve(a, b).forEach((xi, i) => expect(Math.abs((run.x[i] as number) - xi)).toBeLessThan(1e-9));
      }),
    );
  });

  it('gradientCheck agrees with the analytic gradients of the test problems', () => {
    const point = fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 2, maxLength: 2 });
    fc.assert(
      fc.property(point, (p) => {
        expect(gradientCheck(rosenbrock, p)).toBeLessThan(1e-6);
        expect(gradientCheck(ssr, p)).toBeLessThan(1e-6);
        expect(gradientCheck(quartic, [p[0] as number])).toBeLessThan(1e-6);
        expect(gradientCheck(quadratic([[2, 0.5], [0.5, 1]], [1, -1]), p)).toBeLessThan(1e-6);
      }),
    );
  });

  it('gradientDescent(objective, x0, {trajectory}) always ends its trajectory on the result', () => {
    const problem = fc.constantFrom(...Object.keys(objectives));
    fc.assert(
      fc.property(
        problem.chain((name) => fc.tuple(fc.constant(name), (objectives[name] as { start: fc.Arbitrary<number[]> }).start)),
        learningRate,
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 2, max: 40 }),
        ([name, x0], rate, maxSteps, cap) => {
          const run = gradientDescent((objectives[name] as { objective: Objective }).objective, x0, {
            learningRate: rate,
            stop: { maxSteps },
            trajectory: { cap },
          });
          const points = run.trajectory ?? [];
          const last = points.at(-1);
          expect(points.length).toBeLessThanOrEqual(cap);
          expect(points[0]?.k).toBe(0);
          expect(last?.k).toBe(run.iterations);
          expect(last?.x).toEqual(Array.from(run.x));
          expect(last?.f).toBe(run.f);
          expect(last?.gradient).toEqual(Array.from(run.gradient));
        },
      ),
    );
  });

  it('GradientTransformation.update never changes the state or the arrays it was given', () => {
    const gradients = fc.array(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 3, maxLength: 3 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(transforms)), gradients, (name, sequence) => {
        const transform = (transforms[name] as () => GradientTransformation<any>)();
        const params = Float64Array.of(1, 2, 3);
        let state = transform.init(params);
        for (const g of sequence) {
          const gradient = Float64Array.from(g);
          const snapshot = JSON.stringify(state, (_, v) => (v instanceof Float64Array ? Array.from(v) : v));
          const out = transform.update(gradient, state, params);
          expect(JSON.stringify(state, (_, v) => (v instanceof Float64Array ? Array.from(v) : v))).toBe(snapshot);
          expect(Array.from(gradient)).toEqual(g);
          expect(Array.from(params)).toEqual([1, 2, 3]);
          state = out.state;
        }
      }),
    );
  });

  it('gradientDescent never returns NaN, never throws for numeric trouble and stops within maxSteps', () => {
    const problem = fc.constantFrom(...Object.keys(objectives));
    const optimizer = fc.option(fc.constantFrom(...Object.keys(transforms)), { nil: undefined });
    fc.assert(
      fc.property(
        problem.chain((name) => fc.tuple(fc.constant(name), (objectives[name] as { start: fc.Arbitrary<number[]> }).start)),
        learningRate,
        optimizer,
        fc.boolean(),
        fc.integer({ min: 0, max: 500 }),
        ([name, x0], rate, optimizerName, search, maxSteps) => {
          const run = gradientDescent((objectives[name] as { objective: Objective }).objective, x0, {
            ...(optimizerName === undefined ? { learningRate: rate } : { optimizer: (transforms[optimizerName] as () => GradientTransformation<any>)() }),
            ...(search ? { lineSearch: 'armijo' as const } : {}),
            stop: { maxSteps, minStepSize: 1e-300 },
          });
          expect(Number.isFinite(run.f)).toBe(true);
          expect(Array.from(run.x).every(Number.isFinite)).toBe(true);
          expect(Array.from(run.gradient).every(Number.isFinite)).toBe(true);
          expect(run.iterations).toBeLessThanOrEqual(maxSteps);
          if (run.reason === 'diverged') expect(run.divergedAt).toBe(run.iterations + 1);
          else expect(run.divergedAt).toBeUndefined();
        },
      ),
    );
  });

  it('minimize never returns NaN and stops within maxSteps', () => {
    const problem = fc.constantFrom(...Object.keys(objectives));
    fc.assert(
      fc.property(
        problem.chain((name) => fc.tuple(fc.constant(name), (objectives[name] as { start: fc.Arbitrary<number[]> }).start)),
        fc.constantFrom('wolfe' as const, 'armijo' as const),
        fc.integer({ min: 0, max: 300 }),
        ([name, x0], lineSearch, maxSteps) => {
          const run = minimize((objectives[name] as { objective: Objective }).objective, x0, { lineSearch, stop: { maxSteps } });
          expect(Number.isFinite(run.f)).toBe(true);
          expect(Array.from(run.x).every(Number.isFinite)).toBe(true);
          expect(run.iterations).toBeLessThanOrEqual(maxSteps);
        },
      ),
    );
  });
});
