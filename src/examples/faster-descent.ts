import type { Descent2DExample, Problem2D } from '../widgets/descent2d/model.ts';
import type { AdamStepsExample } from '../widgets/adam-steps/model.ts';
import type { MiniBatchExample } from '../widgets/minibatch/model.ts';
import type { RaceExample } from '../widgets/race/model.ts';
import type { SchedulesExample } from '../widgets/schedules/model.ts';
import { tips } from '../problems/datasets.ts';
import { cars as severalVariablesCars } from './several-variables.ts';
import { quartic } from '../problems/functions.ts';
import type { Documented } from '../problems/types.ts';

const chapter = 'faster-descent';

/** A number the book computes itself, checked to 1e-6, with how it is computed. */
function num(name: string, value: number, note: string): Documented {
  return { name, value, tolerance: 1e-6, source: 'book', note };
}

const count = (name: string, value: number, note: string): Documented => ({ name, value, tolerance: 0.5, source: 'book', note });
const status = (name: string, value: string): Documented => ({ name, value, tolerance: 0, source: 'book' });

/** The several-variables chapter's cars, drawn wide enough to show the zig-zag across the valley. */
const cars: Problem2D = { ...severalVariablesCars, view: { x: [-7, 9], y: [-4, 40] } };

const hessianNote =
  'The MSE of a line is quadratic in (w, b) with the constant Hessian (2/7)·[[Σx², Σx], [Σx, 7]]; its eigenvalues are the closed-form roots of the 2 × 2 characteristic polynomial, and κ, 2/λmax, 2/(λmin + λmax), Polyak’s α = 4/(√λmax + √λmin)² and β = ((√κ − 1)/(√κ + 1))² follow from them.';
const runNote = (what: string) => `Counted by the package’s gradientDescent from w = b = 0 ${what}, stopping when ‖∇MSE‖ < 10⁻⁶.`;

const raceNote =
  'Each method is the package’s optimizer of that name (plain descent with its learningRate) from (−1.2, 1) on Rosenbrock’s function, run by gradientDescent until ‖∇f‖ < 10⁻⁴ or 20,000 steps.';
const adamNote =
  'Written out from the package’s adam(0.1, 0.9, 0.999, 1e-8) state after each update on the quartic from x = 4: m = β₁m + (1 − β₁)g, v = β₂v + (1 − β₂)g², m̂ = m/(1 − β₁ᵏ), v̂ = v/(1 − β₂ᵏ), step = 0.1·m̂/(√v̂ + ε); the runner’s gradientDescent with the same optimizer gives the same x.';
const scheduleNote =
  'The package’s miniBatchDescent on tip against the standardised bill from (0, 0), batches of 8, seed 1, 100 epochs, with each schedule built from constant, stepDecay, exponentialDecay and warmup; the distance is to the least-squares (θ₀, θ₁).';
const adamBatchNote = 'The package’s miniBatchDescent with adam(0.01) on the tips from (0, 0), batches of 61, seed 1, 1,000 epochs.';

export const fasterDescentExamples: (Descent2DExample | RaceExample | AdamStepsExample | SchedulesExample | MiniBatchExample)[] = [
  {
    id: 'cars-conditioning',
    chapter,
    widget: 'descent-2d',
    title: 'Seven cars: a long, thin valley',
    summary:
      'The cars’ MSE over (w, b) has level sets that are long, thin ellipses: a rate just below the best constant one zig-zags across the valley, and every constant rate needs thousands of steps along it.',
    problem: cars,
    conditioning: { compareRate: 0.01 },
    defaults: { x0: [0, 0], lr: 0.069, steps: 100_000, stop: 'gradient', tol: 1e-6 },
    documented: [
      num('lambda.min', 0.05596553552, hessianNote),
      num('lambda.max', 28.64503446, hessianNote),
      num('kappa', 511.8334739, hessianNote),
      num('kappa.standardised', 1, 'On the standardised weight z the Hessian is (2/7)·[[Σz², Σz], [Σz, 7]] = 2·I (Σz = 0, Σz² = 7), so κ = 1.'),
      num('rate.max', 0.06982012895, hessianNote),
      num('rate.best', 0.06968398314, hessianNote),
      num('factor.gd', 0.9961000986, hessianNote),
      num('factor.momentum', 0.9153393892, hessianNote),
      num('efold.gd', 256.416737, hessianNote),
      num('efold.momentum', 11.311868, hessianNote),
      count('iterations', 3735, runNote('at rate 0.069')),
      num('w', -4.569104857, runNote('at rate 0.069')),
      num('b', 33.58510686, runNote('at rate 0.069')),
      status('status', 'converged'),
      count('best.iterations', 4771, runNote('at the best constant rate 2/(λmin + λmax)')),
      status('best.status', 'converged'),
      count('compared.iterations', 25808, runNote('at rate 0.01')),
      status('compared.status', 'converged'),
    ],
  },
  {
    id: 'cars-momentum',
    chapter,
    widget: 'descent-2d',
    title: 'Seven cars with momentum',
    summary: 'Heavy-ball momentum on the same valley, with Polyak’s rate and β for it: the velocity builds up along the valley and the zig-zag across it dies out.',
    problem: { ...cars, view: { x: [-36, 38], y: [-8, 42] } },
    conditioning: { compareRate: 0.01 },
    defaults: { x0: [0, 0], lr: 0.128, steps: 100_000, stop: 'gradient', tol: 1e-6, method: 'momentum', beta: 0.838 },
    documented: [
      num('polyak.lr', 0.1280684434, hessianNote),
      num('polyak.beta', 0.8378461974, hessianNote),
      num('factor.momentum', 0.9153393892, hessianNote),
      count('iterations', 243, runNote('with heavy-ball momentum (the package’s momentum) at α = 0.128, β = 0.838, Polyak’s values rounded down')),
      num('w', -4.569109451, runNote('with heavy-ball momentum at α = 0.128, β = 0.838')),
      num('b', 33.58512374, runNote('with heavy-ball momentum at α = 0.128, β = 0.838')),
      num('f', 1.469669481, runNote('with heavy-ball momentum at α = 0.128, β = 0.838')),
      status('status', 'converged'),
    ],
  },
  {
    id: 'optimizer-race',
    chapter,
    widget: 'race',
    title: 'Six optimizers, one start',
    summary: 'Gradient descent, heavy-ball momentum, Nesterov, AdaGrad, RMSProp and Adam from one start, each with its own rate, until the gradient is small.',
    defaults: { surface: 'rosenbrock', x0: [-1.2, 1], gd: 0.001, momentum: 0.001, nesterov: 0.001, adagrad: 0.5, rmsprop: 0.001, adam: 0.02, beta: 0.9, steps: 20_000, tol: 1e-4 },
    documented: [
      count('gd.iterations', 20000, raceNote),
      status('gd.status', 'max-steps'),
      count('momentum.iterations', 1913, raceNote),
      status('momentum.status', 'converged'),
      count('nesterov.iterations', 1954, raceNote),
      status('nesterov.status', 'converged'),
      count('adagrad.iterations', 10718, raceNote),
      status('adagrad.status', 'converged'),
      count('rmsprop.iterations', 20000, raceNote),
      status('rmsprop.status', 'max-steps'),
      num('rmsprop.f', 0.0002250775073, raceNote),
      count('adam.iterations', 3294, raceNote),
      status('adam.status', 'converged'),
      num('adam.x', 0.9998966513, raceNote),
      num('adam.y', 0.9997929836, raceNote),
    ],
  },
  {
    id: 'adam-first-steps',
    chapter,
    widget: 'adam-steps',
    title: 'Adam’s first steps, written out',
    summary: 'Adam on the quartic: the moment estimates m and v, their bias-corrected forms m̂ and v̂, and the step, row by row.',
    problem: quartic,
    defaults: { x0: 4, lr: 0.1, b1: 0.9, b2: 0.999, steps: 8 },
    documented: [
      num('g@1', -0.4, 'f′(4) = (4·4³ − 45·4² + 160·4 − 180)/10 = −0.4.'),
      num('m@1', -0.04, adamNote),
      num('v@1', 0.00016, adamNote),
      num('mhat@1', -0.4, adamNote),
      num('vhat@1', 0.16, adamNote),
      num('step@1', -0.0999999975, adamNote),
      num('x@1', 4.099999998, adamNote),
      num('m@2', -0.08365999982, adamNote),
      num('mhat@2', -0.4403157885, adamNote),
      num('step@2', -0.100074204, adamNote),
      num('x', 4.807529638, adamNote),
    ],
  },
  {
    id: 'sgd-schedules',
    chapter,
    widget: 'schedules',
    title: 'Four learning-rate schedules, one seed',
    summary: 'Mini-batch SGD on tip against the standardised total bill, with a constant rate, step decay, exponential decay and a warm-up: the loss after every epoch and how far each run ends from least squares.',
    problem: { data: tips, names: { x: 'total bill', y: 'tip' } },
    defaults: { lr: 0.05, batch: 8, epochs: 100, seed: 1 },
    documented: [
      num('ls.intercept', 2.998278689, 'The package’s leastSquares on the standardised bill.'),
      num('ls.slope', 0.9330536268, 'The package’s leastSquares on the standardised bill.'),
      num('ls.f', 1.036019442, 'The MSE at the least-squares line.'),
      num('constant.excess', 0.05442211763, scheduleNote),
      num('constant.distance', 0.2332854853, scheduleNote),
      { ...num('step.excess', 0.000001105965444, scheduleNote), tolerance: 1e-10 },
      num('step.distance', 0.001051648917, scheduleNote),
      { ...num('exponential.excess', 6.699256718e-7, scheduleNote), tolerance: 1e-10 },
      num('exponential.distance', 0.0008184898726, scheduleNote),
      { ...num('warmup.excess', 7.101355424e-7, scheduleNote), tolerance: 1e-10 },
      num('warmup.distance', 0.000842695403, scheduleNote),
      status('constant.status', 'max-steps'),
      status('warmup.status', 'max-steps'),
    ],
  },
  {
    id: 'minibatch-adam',
    chapter,
    widget: 'minibatch',
    title: 'Tips in batches, with Adam or momentum',
    summary: 'The seeded tips fit of the SGD chapter, with Adam (or, as a choice, momentum) taking each mini-batch step, next to the same method on full batches.',
    problem: {
      data: tips,
      names: { x: 'total bill', y: 'tip' },
      window: { intercept: [-0.2, 1.4], slope: [-0.01, 0.21] },
      tableEpochs: [0, 1, 10, 100, 1000],
    },
    defaults: { batch: 61, lr: 0.01, epochs: 1000, seed: 1, x0: [0, 0], method: 'adam' },
    documented: [
      num('intercept', 0.922781175, adamBatchNote),
      num('slope', 0.1064073441, adamBatchNote),
      num('f', 1.037062711, adamBatchNote),
      count('iterations', 4000, adamBatchNote),
      status('status', 'max-steps'),
      num('ls.intercept', 0.9202696136, 'The package’s leastSquares on the tips.'),
      num('ls.slope', 0.1050245174, 'The package’s leastSquares on the tips.'),
      num('ls.f', 1.036019442, 'The MSE at the least-squares line.'),
      num('full.intercept', 0.9177492796, 'The package’s gradientDescent with adam(0.01) for 1,000 full-batch steps from (0, 0).'),
      num('full.slope', 0.105131328, 'The package’s gradientDescent with adam(0.01) for 1,000 full-batch steps from (0, 0).'),
      num('full.f', 1.036020508, 'The package’s gradientDescent with adam(0.01) for 1,000 full-batch steps from (0, 0).'),
    ],
  },
];
