import { leastSquares, linearRegression } from '@descent/optimizer';
import { type Descent1DExample } from '../widgets/descent1d/model.ts';
import { curveOf } from '../problems/curves.ts';
import type { WalkthroughExample } from '../widgets/walkthrough/model.ts';
import { threePeople, tips } from '../problems/datasets.ts';
import { omega, squaredErrors } from '../problems/functions.ts';
import { firstVariableOnly, quadraticText, scaled } from '../problems/surfaces.ts';
import type { Documented } from '../problems/types.ts';

const chapter = 'gradient-descent-one-variable';

/** Documented values of a printed sequence `name@1`, `name@2`, … (or from `first`), each to half a unit in the sixth place. */
function sequence(
  name: string,
  values: number[],
  source: Documented['source'],
  { first = 1, printed = {}, erratum = {} }: { first?: number; printed?: Record<number, string>; erratum?: Record<number, string> } = {},
): Documented[] {
  return values.map((value, i) => {
    const k = first + i;
    return {
      name: `${name}@${k}`,
      value,
      tolerance: 5e-7,
      source,
      ...(printed[k] === undefined ? {} : { printed: printed[k] }),
      ...(erratum[k] === undefined ? {} : { erratum: erratum[k] }),
    };
  });
}

const interceptOnly: WalkthroughExample = {
  id: 'intercept-only',
  chapter,
  widget: 'walkthrough',
  title: 'Fitting an intercept, one step at a time',
  summary:
    'Three people’s weights and heights, a line of slope 0.64, and gradient descent on its intercept from 0 at learning rate 0.1, until a step is smaller than 0.001.',
  problem: {
    data: threePeople,
    slope: 0.64,
    labels: { x: 'Weight', y: 'Height' },
    domain: [-0.25, 2],
    probes: [0, 0.25, 0.5],
    predictAt: 1.5,
  },
  defaults: { x0: 0, lr: 0.1, tol: 0.001, steps: 1000, step: 0 },
  documented: [
    {
      name: 'f(0)',
      value: 3.15592,
      tolerance: 5e-7,
      source: '000',
      printed: '3.1',
      erratum:
        'The source rounds the residuals to 1.1, 0.4 and 1.3 before squaring them, and 1.1² + 0.4² + 1.3² = 3.06 ≈ 3.1. The residuals are 1.08, 0.428 and 1.344, whose squares add up to 3.15592 (3.2 to one decimal).',
    },
    { name: 'f(0.25)', value: 1.91742, tolerance: 5e-7, source: '000' },
    { name: 'f(0.5)', value: 1.05392, tolerance: 5e-7, source: '000' },
    ...sequence('df', [-5.704, -2.2816, -0.91264, -0.365056, -0.146022, -0.058409, -0.023364, -0.009345], '000', {
      first: 0,
      printed: { 0: '-5.7', 1: '-2.3', 2: '-0.9' },
    }),
    ...sequence('step', [-0.5704, -0.22816, -0.091264], '000', { printed: { 1: '-0.57', 2: '-0.23', 3: '-0.09' } }),
    ...sequence('x', [0.5704, 0.79856, 0.889824, 0.92633, 0.940932, 0.946773, 0.949109, 0.950044], '000', {
      printed: { 1: '0.57', 2: '0.8', 3: '0.89', 4: '0.92', 5: '0.94', 6: '0.95' },
      erratum: { 4: 'The source’s fourth intercept, 0.92, is 0.9263 cut off after two decimals; rounded, it is 0.93.' },
    }),
    { name: 'step@8', value: -0.000935, tolerance: 5e-7, source: 'book' },
    { name: 'intercept', value: 0.950044, tolerance: 5e-7, source: '000', printed: '0.95' },
    {
      name: 'iterations',
      value: 8,
      tolerance: 0.5,
      source: '000',
      note: 'The source stops its story after six steps, at 0.95. With its own rule, a minimum step size of 0.001, the run goes on: steps 7 and 8 are still about 0.0023 and 0.00093, and only the eighth is below 0.001.',
    },
    { name: 'status', value: 'stopped', tolerance: 0, source: 'book' },
    { name: 'least-squares.intercept', value: 0.948718, tolerance: 5e-7, source: '000', printed: '0.95' },
    { name: 'least-squares.slope', value: 0.641026, tolerance: 5e-7, source: '000', printed: '0.64' },
    { name: 'least-squares.prediction', value: 1.910256, tolerance: 5e-7, source: '000', printed: '1.9' },
  ],
};

const omegaDescent: Descent1DExample = {
  id: 'omega-descent',
  chapter,
  widget: 'descent-1d',
  title: 'Descent on eˣ − ln x',
  summary: 'No formula gives the minimiser of eˣ − ln x, but gradient descent from 0.05 at rate 0.005 finds it: the omega constant.',
  problem: omega,
  defaults: { x0: 0.05, lr: 0.005, steps: 1000, stop: 'gradient', tol: 1e-6 },
  documented: [
    ...sequence('df', [-18.948729], '001', { first: 0, printed: { 0: '-18.9' } }),
    ...sequence('x', [0.144744, 0.173509], '001', { printed: { 1: '0.1447', 2: '0.1735' } }),
    {
      name: 'df@1',
      value: -5.753023,
      tolerance: 5e-7,
      source: '001',
      printed: '-5.7552',
      erratum:
        'The slides evaluate f′ at x₁ rounded to 0.1447, where it is −5.75516. At x₁ = 0.144744 itself it is −5.75302: near 0 the term −1/x is so steep that the fifth decimal of x moves f′ in the third.',
    },
    { name: 'x', value: 0.567143, tolerance: 1e-6, source: '001', printed: '0.5671…' },
    { name: 'f', value: 2.330366, tolerance: 1e-6, source: 'book' },
    { name: 'status', value: 'converged', tolerance: 0, source: 'book' },
  ],
};

/** The tips model tip = θ·bill: MSE(θ) = mean (tipᵢ − θ billᵢ)², MSE′(θ) = −2 mean (tipᵢ − θ billᵢ) billᵢ. */
const tipsMse = {
  tex: '\\mathrm{MSE}(\\theta) = \\frac{1}{n}\\sum_i (\\text{tip}_i - \\theta\\,\\text{bill}_i)^2',
  ...curveOf(linearRegression(tips.x, tips.y, { intercept: false, loss: 'mse' })),
  formula: quadraticText(firstVariableOnly(scaled(squaredErrors(tips), 1 / tips.x.length))),
  domain: [0, 0.32] as const,
  symbols: { x: 'θ', f: 'MSE' },
};

const tipsSlope: Descent1DExample = {
  id: 'tips-slope',
  chapter,
  widget: 'descent-1d',
  title: 'The best tip percentage by gradient descent',
  summary: 'The model tip = θ × bill fitted to 244 restaurant bills: gradient descent on the mean squared error from θ = 0.05 at rate 0.0001.',
  problem: tipsMse,
  probes: [0.1, 0.2, 0.3, 0.1437],
  reference: { name: 'least-squares', label: 'Least squares θ', x: leastSquares(tips.x, tips.y, { intercept: false })[0]! },
  defaults: { x0: 0.05, lr: 0.0001, steps: 100, stop: 'gradient', tol: 1e-6 },
  documented: [
    {
      name: 'f(0.1)',
      value: 2.077768,
      tolerance: 5e-7,
      source: '004',
      printed: '2.077',
      note: 'The lecture reads off the first three decimals of 2.0777…; rounded, they would be 2.078.',
    },
    { name: 'f(0.2)', value: 2.667486, tolerance: 5e-7, source: '004', printed: '2.667' },
    { name: 'f(0.3)', value: 12.665437, tolerance: 5e-7, source: 'book' },
    { name: 'f(0.1437)', value: 1.178117, tolerance: 5e-7, source: '004', printed: '1.178' },
    { name: 'df(0.1)', value: -41.143987, tolerance: 5e-7, source: 'book' },
    { name: 'least-squares', value: 0.143732, tolerance: 5e-7, source: '004', printed: '0.1437' },
    ...sequence('x', [0.058819, 0.066807, 0.074045], '004', {
      printed: { 1: '5.88%', 2: '6.6%' },
    }),
    { name: 'x@100', value: 0.143727, tolerance: 5e-7, source: 'book' },
    { name: 'x', value: 0.143727, tolerance: 5e-7, source: 'book' },
    { name: 'status', value: 'max-steps', tolerance: 0, source: 'book' },
  ],
};

export const oneVariableExamples = [interceptOnly, omegaDescent, tipsSlope];
