import type { DecompositionExample } from '../widgets/decomposition/model.ts';
import { sine, type TrueFunction } from '../widgets/fitting.ts';
import type { ImplicitExample } from '../widgets/implicit/model.ts';
import type { PolynomialFitExample } from '../widgets/polyfit/model.ts';
import { cars } from '../problems/datasets.ts';
import type { Documented } from '../problems/types.ts';

const chapter = 'bias-variance-double-descent';

/** The known curve behind the simulated data sets of this chapter. */
export const wave: TrueFunction = { tex: 'f(x) = \\sin(3x + 1)', f: (x) => sine(3 * x + 1) };

/**
 * Numbers the book computes itself from a seeded run, given to 7 significant digits: each is checked
 * to a millionth of its size (at least 10⁻⁶), or to `tolerance` for values that are rounding noise.
 */
function computed(values: Record<string, number | string>, tolerance: Record<string, number> = {}): Documented[] {
  return Object.entries(values).map(([name, value]) => ({
    name,
    value,
    tolerance: typeof value === 'string' ? 0 : (tolerance[name] ?? Math.max(1e-6, Math.abs(value) * 1e-6)),
    source: 'book' as const,
  }));
}

/** Descent on 40 Legendre features and 20 noisy points: the shared setting of the two descent examples. */
const descentProblem = { truth: wave, n: 20, sigma: 0.5, maxFeatures: 100 };
const descentDefaults = { p: 40, lr: 0.3, steps: 20000, tol: 1e-12, start: 'zero', seed: 1 } as const;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const biasVarianceExamples: (DecompositionExample | PolynomialFitExample | ImplicitExample)[] = [
  {
    id: 'mpg-polynomials',
    chapter,
    widget: 'polynomial-fit',
    title: 'Miles per gallon: polynomials of rising degree',
    summary:
      'Polynomials of degree 0 to 12 fitted to random samples of 25 of 392 cars (miles per gallon against horsepower); the thin lines are fits to other samples, and their spread is the variance.',
    problem: {
      data: cars,
      xLabel: 'horsepower',
      yLabel: 'miles per gallon',
      domain: [46, 230],
      range: [0, 50],
      maxDegree: 12,
    },
    defaults: { degree: 6, n: 25, samples: 20, seed: 1 },
    documented: computed({
      'train@0': 30.97466,
      'test@0': 81.0453,
      'spread@0': 1.943379,
      'train@1': 11.51644,
      'test@1': 35.33546,
      'spread@1': 1.661612,
      'train@2': 5.823291,
      'test@2': 24.67932,
      'spread@2': 1.727158,
      'train@6': 5.076002,
      'test@6': 24.28312,
      'spread@6': 242.5531,
      'train@12': 4.590511,
      'test@12': 1124564,
    }),
  },
  {
    id: 'bias-variance-simulation',
    chapter,
    widget: 'error-decomposition',
    title: 'Bias² + variance + noise, by simulation',
    summary:
      'Polynomials of degree 0 to 15 fitted to 100 noisy data sets of 25 points from sin(3x + 1): bias² falls, variance rises, and their sum plus the noise matches the measured test error.',
    problem: {
      truth: wave,
      n: 25,
      basis: 'power',
      sizes: range(0, 15),
      size: { name: 'degree', label: 'Degree', phrase: 'degree' },
      scale: 'linear',
      maxReplicates: 500,
    },
    defaults: { degree: 4, noise: 0.5, replicates: 100, seed: 1 },
    documented: computed({
      noise: 0.25,
      'bias2@0': 0.4922822,
      'variance@0': 0.01291564,
      'sum@0': 0.7551978,
      'error@0': 0.7454293,
      'bias2@4': 0.001242371,
      'variance@4': 0.05158127,
      'sum@4': 0.3028236,
      'error@4': 0.3015319,
      'se@4': 0.004212178,
      'bias2@15': 0.000901505,
      'variance@15': 0.2909019,
      'sum@15': 0.5418034,
      'error@15': 0.5386228,
      best: 4,
    }),
  },
  {
    id: 'double-descent',
    chapter,
    widget: 'error-decomposition',
    title: 'Double descent with 20 points',
    summary:
      'Minimum-norm least squares with 1 to 100 Legendre features on 20 noisy points: the test error falls, spikes where the features match the points, and falls again.',
    problem: {
      truth: wave,
      n: 20,
      basis: 'legendre',
      sizes: [...range(1, 26), 28, 30, 35, 40, 50, 60, 80, 100],
      size: { name: 'p', label: 'Features p', phrase: 'p =' },
      scale: 'log',
      maxReplicates: 50,
    },
    defaults: { p: 40, noise: 0.5, replicates: 10, seed: 1 },
    documented: computed(
      {
        best: 5,
        'error@5': 0.3152541,
        'train@19': 0.02120656,
        'error@19': 1139.906,
        peak: 20,
        'error@20': 72974.92,
        'train@20': 4.229484e-26,
        'bias2@20': 30563.94,
        'variance@20': 42403.48,
        'error@26': 0.5275462,
        'variance@26': 0.2374639,
        'error@40': 0.425634,
        'train@40': 7.143506e-31,
        'error@100': 0.3852396,
        'bias2@100': 0.03365033,
        'variance@100': 0.1042745,
      },
      { 'train@20': 1e-20, 'train@40': 1e-20 },
    ),
  },
  {
    id: 'implicit-regularisation',
    chapter,
    widget: 'implicit-regularisation',
    title: 'Gradient descent and the minimum-norm fit',
    summary:
      'Full-batch gradient descent from θ = 0 on 40 Legendre features and 20 noisy points: it interpolates the data and ends at the minimum-norm solution θ⁺.',
    problem: descentProblem,
    defaults: { ...descentDefaults },
    documented: computed(
      {
        status: 'converged',
        iterations: 1277,
        distance: 1.561489e-11,
        residual: 2.793627e-12,
        norm: 2.880211,
        'norm-min': 2.880211,
        test: 0.4692152,
      },
      { iterations: 0.5, distance: 1e-9, residual: 1e-9 },
    ),
  },
  {
    id: 'implicit-random-start',
    chapter,
    widget: 'implicit-regularisation',
    title: 'Where the start matters',
    summary:
      'The same problem started from a seeded random θ₀: descent still interpolates the data, but ends at a different, larger solution.',
    problem: descentProblem,
    defaults: { ...descentDefaults, start: 'random' },
    documented: computed(
      {
        status: 'converged',
        iterations: 1313,
        distance: 3.40668,
        residual: 2.7826e-12,
        norm: 4.461063,
        'norm-min': 2.880211,
        test: 0.7076024,
      },
      { iterations: 0.5, residual: 1e-9 },
    ),
  },
];
