import type { Descent2DExample, Problem2D } from '../widgets/descent2d/model.ts';
import { lineSample, powerLines, sevenCars, threePeople, tips } from '../problems/datasets.ts';
import { heatObjective } from '../problems/functions.ts';
import type { Documented, SourceId } from '../problems/types.ts';

const chapter = 'gradient-descent-several-variables';

/** A number the book checks to 1e-6 (its sixth decimal), with what the source printed where it printed it. */
function num(name: string, value: number, source: SourceId, extra: Partial<Documented> = {}): Documented {
  return { name, value, tolerance: 1e-6, source, ...extra };
}

const status = (value: string): Documented => ({ name: 'status', value, tolerance: 0, source: 'book' });

const threePeopleLine: Problem2D = {
  tex: '\\mathrm{SSR}(b_0, b_1) = \\sum_{i=1}^{3} \\bigl(y_i - (b_0 + b_1 x_i)\\bigr)^2',
  objective: { kind: 'line', data: threePeople, loss: 'ssr', order: 'intercept-slope' },
  names: ['intercept', 'slope'],
  labels: ['intercept', 'slope'],
  lossLabel: 'SSR',
  view: { x: [-0.4, 1.6], y: [0.2, 1.4] },
};

export const cars: Problem2D = {
  tex: '\\mathrm{MSE}(w, b) = \\frac{1}{7} \\sum_{i=1}^{7} \\bigl(w x_i + b - y_i\\bigr)^2',
  objective: { kind: 'line', data: sevenCars, loss: 'mse', order: 'slope-intercept' },
  names: ['w', 'b'],
  labels: ['w', 'b'],
  lossLabel: 'MSE',
  view: { x: [-7, 6], y: [-4, 40] },
};

const tipsLine: Problem2D = {
  tex: '\\mathrm{MSE}(\\theta_0, \\theta_1) = \\frac{1}{244} \\sum_{i=1}^{244} \\bigl(y_i - (\\theta_0 + \\theta_1 x_i)\\bigr)^2',
  objective: { kind: 'line', data: tips, loss: 'mse', order: 'intercept-slope' },
  names: ['theta0', 'theta1'],
  labels: ['θ₀', 'θ₁'],
  lossLabel: 'MSE',
  view: { x: [-0.6, 2.2], y: [-0.02, 0.2] },
};

/** The source's six-iteration table for the cars (its iteration i is the book's step k = i − 1): w, b, MSE. */
export const carsSource: Record<number, [string, string, string]> = {
  0: ['0', '0', '303.71'],
  1: ['1.2', '0.34', '170.67'],
  2: ['2.75', '0.59', '67.3'],
  3: ['3.17', '0.72', '50.63'],
  4: ['3.47', '0.82', '42.1'],
  5: ['3.68', '0.9', '37.74'],
};

/** The recomputed run at rate 0.01: w, b and MSE after step k. */
const carsRun: Record<number, [number, number, number]> = {
  0: [0, 0, 303.714286],
  1: [1.197171, 0.342857, 170.843118],
  2: [2.05001, 0.592695, 103.174023],
  3: [2.657151, 0.776156, 68.702784],
  4: [3.088976, 0.912251, 51.134357],
  5: [3.395704, 1.014545, 42.172069],
};

/** Why the source's table differs (tests/unit/descent2d.test.ts checks both claims against the source's own numbers). */
export const carsErrata = {
  weights:
    'From iteration 3 on, the source’s weight and bias do not follow from rate 0.01, nor from any single ' +
    'constant rate: its move from iteration 2 to 3 is 0.018 times the weight slope but 0.010 times the bias ' +
    'slope. The book recomputes every step at rate 0.01.',
  losses:
    'Each MSE the source prints is right for its own (w, b): at iteration 2 for this step’s values rounded to ' +
    '(1.2, 0.34) before the loss was computed, and from iteration 3 on for parameters that are already off.',
};

/** Whether a printed number differs from the value by more than its own rounding. */
const differs = (printed: string, value: number) =>
  Math.abs(Number(printed) - value) > 0.5 * 10 ** -(printed.split('.')[1]?.length ?? 0);

function carsRow(k: number): Documented[] {
  const [w, b, mse] = carsRun[k]!;
  const [pw, pb, pmse] = carsSource[k]!;
  return [
    num(`w@${k}`, w, '002', { printed: pw, ...(differs(pw, w) && { erratum: carsErrata.weights }) }),
    num(`b@${k}`, b, '002', { printed: pb, ...(differs(pb, b) && { erratum: carsErrata.weights }) }),
    num(`f@${k}`, mse, '002', { printed: pmse, ...(differs(pmse, mse) && { erratum: carsErrata.losses }) }),
  ];
}

const lineFitNote =
  'The slides do not give their sample points, so the book fits its own sample (20 evenly spaced x from 0 to 1 on ' +
  'y = 0.25x + 0.5) and prints its own numbers; the slides’ value is for their sample.';

export const severalVariablesExamples: Descent2DExample[] = [
  {
    id: 'intercept-and-slope',
    chapter,
    widget: 'descent-2d',
    title: 'Intercept and slope together',
    summary:
      'Descent on the sum of squared residuals from intercept 0, slope 1 at rate 0.01 stops as soon as every step is below 0.001: short of the least-squares line.',
    problem: threePeopleLine,
    defaults: { x0: [0, 1], lr: 0.01, steps: 5000, stop: 'step', tol: 0.001 },
    documented: [
      num('df.intercept@0', -1.6, '000', { printed: '-1.6' }),
      num('df.slope@0', -0.8, '000', { printed: '-0.8' }),
      num('intercept@1', 0.016, '000', { printed: '0.016' }),
      num('slope@1', 1.008, '000', { printed: '1.008' }),
      num('f@0', 1.06, 'book'),
      { name: 'iterations', value: 207, tolerance: 0.5, source: 'book' },
      num('intercept', 0.862385, 'book'),
      num('slope', 0.677809, 'book'),
      num('f', 0.449648, 'book'),
      num('optimum.intercept', 0.948718, '000', { printed: '0.95' }),
      num('optimum.slope', 0.641026, '000', { printed: '0.64' }),
      num('optimum.f', 0.444615, 'book'),
      num('distance', 0.093843, 'book'),
      status('stopped'),
    ],
  },
  {
    id: 'intercept-and-slope-converged',
    chapter,
    widget: 'descent-2d',
    title: 'Intercept and slope: when to stop',
    summary:
      'The same descent, stopped only when the gradient is below 0.000001, runs on to the least-squares line.',
    problem: threePeopleLine,
    defaults: { x0: [0, 1], lr: 0.01, steps: 5000, stop: 'gradient', tol: 1e-6 },
    documented: [
      { name: 'iterations', value: 1215, tolerance: 0.5, source: 'book' },
      num('intercept', 0.948717, 'book'),
      num('slope', 0.641026, 'book'),
      status('converged'),
    ],
  },
  {
    id: 'intercept-and-slope-diverges',
    chapter,
    widget: 'descent-2d',
    title: 'Intercept and slope: divergence',
    summary: 'The rate that worked for the intercept alone is too large for both parameters: the steps grow until the run diverges.',
    problem: threePeopleLine,
    defaults: { x0: [0, 1], lr: 0.1, steps: 1000, stop: 'step', tol: 0.001 },
    documented: [
      num('intercept@1', 0.16, 'book'),
      num('slope@1', 1.08, 'book'),
      num('f@1', 1.052, 'book'),
      num('f@2', 1.566544, 'book'),
      num('f@3', 4.667424, 'book'),
      status('diverged'),
    ],
  },
  {
    id: 'heat-descent',
    chapter,
    widget: 'descent-2d',
    title: 'Walking to the coldest spot of the room',
    summary: 'Descent on the temperature T(x, y) from (0.5, 0.6) at rate 0.05 creeps at first, then slides to the coldest point (4, 4).',
    problem: {
      tex: 'T(x, y) = 85 - \\tfrac{1}{90}\\, x^2 (x - 6)\\, y^2 (y - 6)',
      objective: heatObjective,
      names: ['x', 'y'],
      labels: ['x', 'y'],
      lossLabel: 'T',
      view: { x: [0, 6], y: [0, 6], equal: true, spacing: 'linear' },
    },
    defaults: { x0: [0.5, 0.6], lr: 0.05, steps: 1000, stop: 'gradient', tol: 1e-6 },
    documented: [
      num('df.x@0', -0.1134, '001', {
        printed: '0.1134',
        erratum:
          'The slides print +0.1134, a dropped minus sign: ∂T/∂x = −(1/90)·0.5·(1.5 − 12)·0.36·(0.6 − 6) = −0.1134, and only a negative component moves x up, to the 0.5057 they print next.',
      }),
      num('df.y@0', -0.0935, '001', { printed: '-0.0935' }),
      num('x@1', 0.50567, '001', { printed: '0.5057' }),
      num('y@1', 0.604675, '001', { printed: '0.6047' }),
      num('df.x@1', -0.116191, '001', { printed: '-0.1162' }),
      num('df.y@1', -0.096146, '001', { printed: '-0.0961' }),
      num('x@2', 0.51148, '001', { printed: '0.5115' }),
      num('y@2', 0.609482, '001', { printed: '0.6095' }),
      num('f@0', 84.9703, 'book'),
      num('x', 4, '001', { printed: '4' }),
      num('y', 4, '001', { printed: '4' }),
      num('f', 73.622222, 'book'),
      { name: 'iterations', value: 135, tolerance: 0.5, source: 'book' },
      status('converged'),
    ],
  },
  {
    id: 'power-lines-descent',
    chapter,
    widget: 'descent-2d',
    title: 'Power lines by gradient descent',
    summary: 'Descent on the cost E(m, b) of a line through three houses, from (0, 0) at rate 0.01, reaches the exact answer m = 1/2, b = 7/3.',
    problem: {
      tex: 'E(m, b) = (m + b - 2)^2 + (2m + b - 5)^2 + (3m + b - 3)^2',
      objective: { kind: 'line', data: powerLines, loss: 'ssr', order: 'slope-intercept' },
      names: ['m', 'b'],
      labels: ['m', 'b'],
      lossLabel: 'E',
      view: { x: [-0.6, 2], y: [-0.5, 3] },
    },
    defaults: { x0: [0, 0], lr: 0.01, steps: 2000, stop: 'gradient', tol: 1e-6 },
    documented: [
      num('df.m@0', -42, 'book'),
      num('df.b@0', -20, 'book'),
      num('m@1', 0.42, 'book'),
      num('b@1', 0.2, 'book'),
      { name: 'iterations', value: 1955, tolerance: 0.5, source: 'book' },
      num('m', 0.5, '001', { printed: '1/2' }),
      num('b', 2.333333, '001', { printed: '7/3' }),
      num('f', 4.166667, '001', { printed: '4.167' }),
      num('optimum.m', 0.5, '001', { printed: '1/2' }),
      num('optimum.b', 2.333333, '001', { printed: '7/3' }),
      status('converged'),
    ],
  },
  {
    id: 'cars-mpg',
    chapter,
    widget: 'descent-2d',
    title: 'Seven cars: the first steps',
    summary: 'Miles per gallon against weight: five steps of descent on the mean squared error from w = b = 0 at rate 0.01.',
    problem: cars,
    defaults: { x0: [0, 0], lr: 0.01, steps: 5, stop: 'gradient', tol: 1e-8 },
    documented: [
      num('df.w@0', -119.717143, '002', { printed: '-119.7' }),
      num('df.b@0', -34.285714, '002', { printed: '-34.3' }),
      ...[0, 1, 2, 3, 4, 5].flatMap(carsRow),
      num('optimum.w', -4.569109, 'book'),
      num('optimum.b', 33.585124, 'book'),
      num('optimum.f', 1.469669, 'book'),
      status('max-steps'),
    ],
  },
  {
    id: 'cars-mpg-slow',
    chapter,
    widget: 'descent-2d',
    title: 'Seven cars: all the way down the valley',
    summary: 'The same descent left to run until the gradient is below 10⁻⁸: tens of thousands of steps along a long, thin valley.',
    problem: cars,
    defaults: { x0: [0, 0], lr: 0.01, steps: 100_000, stop: 'gradient', tol: 1e-8 },
    documented: [
      { name: 'iterations', value: 34034, tolerance: 0.5, source: 'book' },
      num('w', -4.569109, 'book'),
      num('b', 33.585124, 'book'),
      num('f', 1.469669, 'book'),
      status('converged'),
    ],
  },
  {
    id: 'cars-mpg-standardised',
    chapter,
    widget: 'descent-2d',
    title: 'Seven cars with the weight standardised',
    summary: 'Measuring weight in standard deviations from its mean turns the valley into a round bowl: the same rate and stop rule need far fewer steps.',
    problem: {
      tex: '\\mathrm{MSE}(w\', b\') = \\frac{1}{7} \\sum_{i=1}^{7} \\bigl(w\' z_i + b\' - y_i\\bigr)^2, \\quad z_i = \\frac{x_i - \\bar{x}}{s}',
      objective: { kind: 'line', data: sevenCars, loss: 'mse', order: 'slope-intercept', standardise: true },
      names: ['w', 'b'],
      labels: ['w′', 'b′'],
      lossLabel: 'MSE',
      view: { x: [-13, 7], y: [-2, 20], equal: true },
    },
    defaults: { x0: [0, 0], lr: 0.01, steps: 100_000, stop: 'gradient', tol: 1e-8 },
    documented: [
      { name: 'iterations', value: 1088, tolerance: 0.5, source: 'book' },
      num('w', -2.892588, 'book'),
      num('b', 17.142857, 'book'),
      num('original.w', -4.569109, 'book'),
      num('original.b', 33.585124, 'book'),
      num('f', 1.469669, 'book'),
      status('converged'),
    ],
  },
  {
    id: 'line-fit',
    chapter,
    widget: 'descent-2d',
    title: 'Fitting y = ax + b by averaged gradients',
    summary: 'Twenty points on the line y = 0.25x + 0.5; descent on the mean squared error from a = −2, b = 1 at rate 0.5 finds that line.',
    problem: {
      tex: 'L(a, b) = \\frac{1}{20} \\sum_{i=1}^{20} \\bigl(y_i - (a x_i + b)\\bigr)^2',
      objective: { kind: 'line', data: lineSample, loss: 'mse', order: 'slope-intercept' },
      names: ['a', 'b'],
      labels: ['a', 'b'],
      lossLabel: 'L',
      view: { x: [-2.5, 1], y: [0, 2], equal: true },
    },
    defaults: { x0: [-2, 1], lr: 0.5, steps: 1000, stop: 'gradient', tol: 1e-6 },
    documented: [
      num('f@0', 0.856908, 'book', { printed: '0.860367', note: lineFitNote }),
      num('df.a@0', -1.039474, 'book', { printed: '-1.07', note: lineFitNote }),
      num('df.b@0', -1.25, 'book', { printed: '-1.37', note: lineFitNote }),
      num('a@1', -1.480263, 'book'),
      num('b@1', 1.625, 'book'),
      { name: 'iterations', value: 169, tolerance: 0.5, source: 'book' },
      num('a', 0.249994, 'book'),
      num('b', 0.500003, 'book'),
      num('optimum.a', 0.25, 'book'),
      num('optimum.b', 0.5, 'book'),
      status('converged'),
    ],
  },
  {
    id: 'tips-line',
    chapter,
    widget: 'descent-2d',
    title: 'Tips: a fixed amount plus a percentage',
    summary: 'Descent on the mean squared error of tip = θ₀ + θ₁ · bill from (0, 0) at rate 0.001 reaches the least-squares line, after tens of thousands of steps.',
    problem: tipsLine,
    defaults: { x0: [0, 0], lr: 0.001, steps: 100_000, stop: 'gradient', tol: 1e-8 },
    documented: [
      num('df.theta0@0', -5.996557, '004', {
        printed: '-5.99996',
        erratum: 'The lecture reads out −5.99996; the mean of −2 × tip over the 244 bills is −5.996557 (−2 × 2.998279).',
      }),
      num('df.theta1@0', -135.226318, '004', { printed: '-135.22' }),
      num('f@0', 10.896284, 'book'),
      { name: 'iterations', value: 51453, tolerance: 0.5, source: 'book' },
      num('theta0', 0.92027, 'book'),
      num('theta1', 0.105025, 'book'),
      num('optimum.theta0', 0.92027, '004', { printed: '0.92' }),
      num('optimum.theta1', 0.105025, '004', { printed: '10.5%' }),
      num('optimum.f', 1.036019, 'book'),
      status('converged'),
    ],
  },
  {
    id: 'tips-line-near',
    chapter,
    widget: 'descent-2d',
    title: 'Tips: the last stretch along the valley',
    summary: 'From (0.9, 0.1), close to the least-squares line, the gradient is small, yet the last stretch along the valley floor still takes many steps.',
    problem: tipsLine,
    defaults: { x0: [0.9, 0.1], lr: 0.001, steps: 100_000, stop: 'gradient', tol: 1e-8 },
    documented: [
      num('df.theta0@0', -0.239369, 'book'),
      num('df.theta1@0', -5.52929, 'book'),
      num('f@0', 1.052336, 'book'),
      { name: 'iterations', value: 40047, tolerance: 0.5, source: 'book' },
      num('theta0', 0.92027, 'book'),
      num('theta1', 0.105025, 'book'),
      status('converged'),
    ],
  },
  {
    id: 'tips-line-diverges',
    chapter,
    widget: 'descent-2d',
    title: 'Tips: divergence',
    summary: 'Three times the rate is too much: every step overshoots along θ₁ by more than the last, and the run diverges.',
    problem: { ...tipsLine, view: { x: [-0.6, 2.2], y: [-0.8, 0.8] } },
    defaults: { x0: [0, 0], lr: 0.003, steps: 100_000, stop: 'gradient', tol: 1e-8 },
    documented: [
      num('theta1@1', 0.405679, 'book'),
      num('theta1@2', -0.335794, 'book'),
      num('f@1', 33.63725, 'book'),
      status('diverged'),
    ],
  },
];
