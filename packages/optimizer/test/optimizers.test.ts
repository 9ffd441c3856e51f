// Every optimizer against every problem. Each run must end with ‖∇f‖ < 1e-6 (reason `converged`)
// within its step budget, at a point within 1.25 · 1e-6 / μ of the known minimiser in every
// coordinate, where μ is the smallest eigenvalue of the Hessian there: for a strongly convex
// quadratic ‖x − x*‖ ≤ ‖∇f(x)‖ / μ exactly, and the 25% slack covers the change of curvature near
// the minimiser of the non-quadratic problems. Minimisers and μ are computed here from the problem
// definitions, not by the code under test.
import { describe, expect, it } from 'vitest';
import {
  adagrad,
  adam,
  gradientDescent,
  momentum,
  nesterov,
  rmsprop,
  sgd,
  exponentialDecay,
  type GradientTransformation,
  type Objective,
} from '../src/index.ts';
import { leastSquaresLine, quadratic, quartic, rosenbrock, ssr } from './helpers.ts';

/** Smallest eigenvalue of a symmetric 2×2 matrix [[a, b], [b, c]]. */
function smallestEigenvalue(a: number, b: number, c: number): number {
  return (a + c) / 2 - Math.sqrt(((a - c) / 2) ** 2 + b * b);
}

/** The quartic's right-hand minimiser by Newton's method on f′ from the closed forms. */
function quarticMinimiser(): number {
  let x = 5.3;
  for (let i = 0; i < 50; i++) {
    const d1 = (4 * x ** 3 - 45 * x ** 2 + 160 * x - 180) / 10;
    const d2 = (12 * x ** 2 - 90 * x + 160) / 10;
    x -= d1 / d2;
  }
  return x;
}

interface Problem {
  objective: Objective;
  x0: number[];
  minimiser: number[];
  mu: number;
}

const line = leastSquaresLine();
const xQuartic = quarticMinimiser();
const problems: Record<string, Problem> = {
  quadratic: {
    // ½xᵀAx − bᵀx with A = [[3, 1], [1, 2]], b = (1, 1): x* = A⁻¹b = (1/5, 2/5).
    objective: quadratic([[3, 1], [1, 2]], [1, 1]),
    x0: [3, -2],
    minimiser: [0.2, 0.4],
    mu: smallestEigenvalue(3, 1, 2),
  },
  rosenbrock: {
    objective: rosenbrock,
    x0: [-1.2, 1],
    minimiser: [1, 1],
    // Hessian at (1, 1): [[802, −400], [−400, 200]].
    mu: smallestEigenvalue(802, -400, 200),
  },
  quartic: {
    objective: quartic,
    x0: [6],
    minimiser: [xQuartic],
    mu: (12 * xQuartic ** 2 - 90 * xQuartic + 160) / 10,
  },
  regression: {
    objective: ssr,
    x0: [0, 1],
    minimiser: [line.intercept, line.slope],
    // Hessian of the sum of squares: 2 [[n, Σx], [Σx, Σx²]].
    mu: 2 * smallestEigenvalue(3, 5.7, 13.95),
  },
};

type Settings = Record<keyof typeof problems, () => GradientTransformation<any>>;

// Rates are tuned per problem: plain GD on Rosenbrock needs η < 2/1001.6 near (1, 1).
const optimizers: Record<string, Settings> = {
  sgd: { quadratic: () => sgd(0.3), rosenbrock: () => sgd(0.001), quartic: () => sgd(0.3), regression: () => sgd(0.05) },
  momentum: {
    quadratic: () => momentum(0.1, 0.7),
    rosenbrock: () => momentum(0.0005, 0.9),
    quartic: () => momentum(0.1, 0.7),
    regression: () => momentum(0.02, 0.7),
  },
  nesterov: {
    quadratic: () => nesterov(0.1, 0.7),
    rosenbrock: () => nesterov(0.0005, 0.9),
    quartic: () => nesterov(0.1, 0.7),
    regression: () => nesterov(0.02, 0.7),
  },
  adagrad: { quadratic: () => adagrad(1), rosenbrock: () => adagrad(0.5), quartic: () => adagrad(0.5), regression: () => adagrad(0.5) },
  // RMSProp's steps stay near η in size, so it needs a decaying rate to settle.
  rmsprop: {
    quadratic: () => rmsprop(exponentialDecay(0.01, 0.5, 500)),
    rosenbrock: () => rmsprop(exponentialDecay(0.01, 0.5, 2000)),
    quartic: () => rmsprop(exponentialDecay(0.05, 0.5, 200)),
    regression: () => rmsprop(exponentialDecay(0.01, 0.5, 500)),
  },
  adam: { quadratic: () => adam(0.1), rosenbrock: () => adam(0.02), quartic: () => adam(0.1), regression: () => adam(0.05) },
};

const cases = Object.entries(optimizers).flatMap(([name, settings]) =>
  Object.keys(problems).map((problem) => [name, problem, settings[problem] as () => GradientTransformation<any>] as const),
);

describe('optimizer × problem', () => {
  it.each(cases)('gradientDescent(%s, %s) converges to the known minimiser', (_, problemName, make) => {
    const problem = problems[problemName] as Problem;
    const run = gradientDescent(problem.objective, problem.x0, {
      optimizer: make(),
      stop: { gradientNorm: 1e-6, maxSteps: 200_000 },
    });
    expect(run.reason).toBe('converged');
    const tolerance = (1.25 * 1e-6) / problem.mu;
    problem.minimiser.forEach((m, i) => {
      expect(Math.abs((run.x[i] as number) - m)).toBeLessThan(tolerance);
    });
  });
});
