import type { Compare1DExample } from '../widgets/compare1d/model.ts';
import type { Descent1DExample } from '../widgets/descent1d/model.ts';
import type { Minimize1DExample } from '../widgets/minimize1d/model.ts';
import { quartic } from '../problems/functions.ts';

const chapter = 'gradient-descent-one-variable';
const defaults = { x0: 4, lr: 0.3, steps: 100, stop: 'gradient', tol: 1e-6 } as const;

/** A trajectory printed to six decimals: each value is checked to half a unit in the sixth place. */
function steps(values: number[], printed: Record<number, string> = {}, erratum: Record<number, string> = {}) {
  return values.map((value, i) => ({
    name: `x@${i + 1}`,
    value,
    tolerance: 5e-7,
    source: '004' as const,
    ...(printed[i + 1] === undefined ? {} : { printed: printed[i + 1] }),
    ...(erratum[i + 1] === undefined ? {} : { erratum: erratum[i + 1] }),
  }));
}

export const quarticExamples: (Descent1DExample | Compare1DExample | Minimize1DExample)[] = [
  {
    id: 'quartic-descent',
    chapter,
    widget: 'descent-1d',
    title: 'Descent on the quartic',
    summary: 'Gradient descent from x = 4 with learning rate 0.3 walks downhill to the global minimum near 5.326.',
    problem: quartic,
    defaults: { ...defaults },
    documented: [
      ...steps(
        [4.12, 4.267297, 4.442726, 4.640926, 4.846184, 5.032119, 5.172015, 5.256484, 5.297911, 5.315427],
        { 1: '4.12', 2: '4.267', 3: '4.44', 4: '4.64', 5: '4.84' },
        { 5: 'The source prints 4.84: that is 4.8462 cut off after two decimals, not rounded.' },
      ),
      { name: 'x', value: 5.326345, tolerance: 1e-6, source: '004', printed: '5.326' },
      { name: 'f', value: -0.69141, tolerance: 1e-6, source: '004', printed: '-0.69' },
      { name: 'status', value: 'converged', tolerance: 0, source: 'book' },
    ],
  },
  {
    id: 'quartic-oscillation',
    chapter,
    widget: 'descent-1d',
    title: 'Bouncing across the minimum',
    summary: 'With learning rate 1 each step overshoots, and the iterates bounce between about 5.09 and 5.49 without settling.',
    problem: quartic,
    defaults: { ...defaults, lr: 1, steps: 50 },
    documented: [
      ...steps([4.4, 5.0464, 5.496731, 5.080862, 5.48998, 5.092825, 5.486755, 5.098473], {
        1: '4.4',
        2: '5.0464',
        3: '5.4967',
        4: '5.08',
        5: '5.4899',
        6: '5.09',
      }),
      { name: 'status', value: 'max-steps', tolerance: 0, source: 'book' },
    ],
  },
  {
    id: 'quartic-erratic',
    chapter,
    widget: 'descent-1d',
    title: 'Erratic jumps',
    summary: 'With learning rate 1.5 the steps are so long that the iterates jump about with no pattern.',
    problem: quartic,
    defaults: { ...defaults, lr: 1.5, steps: 50 },
    documented: steps([4.6, 5.6284, 4.398417, 5.367141, 5.233455]),
  },
  {
    id: 'quartic-slow',
    chapter,
    widget: 'descent-1d',
    title: 'Slow but sure',
    summary: 'With learning rate 0.1 descent creeps towards the minimum and is still short of it after 20 steps.',
    problem: quartic,
    defaults: { ...defaults, lr: 0.1, steps: 20 },
    documented: [
      { name: 'x@20', value: 5.129297, tolerance: 5e-7, source: '004' },
      { name: 'status', value: 'max-steps', tolerance: 0, source: 'book' },
    ],
  },
  {
    id: 'quartic-local-minimum',
    chapter,
    widget: 'descent-1d',
    title: 'The local minimum',
    summary: 'From x = 1.5 with learning rate 0.5, descent settles in the local minimum at 2.392748, not the global one.',
    problem: quartic,
    defaults: { ...defaults, x0: 1.5, lr: 0.5 },
    documented: [
      { name: 'x', value: 2.392748, tolerance: 1e-6, source: '004' },
      { name: 'f', value: -0.138275, tolerance: 1e-6, source: '004' },
      { name: 'status', value: 'converged', tolerance: 0, source: 'book' },
    ],
  },
  {
    id: 'quartic-rates',
    chapter,
    widget: 'compare-1d',
    title: 'Four learning rates from two starts',
    summary:
      'Each start with each rate: 0.1 creeps, 0.3 walks straight down, 1 bounces for ever and 1.5 jumps about; started left of the hump, the small rates settle in the local minimum.',
    problem: quartic,
    defaults: { x0: [4, 1.5], lr: [0.1, 0.3, 1, 1.5], steps: 100, tol: 1e-6 },
    documented: [
      { name: 'run1.x@20', value: 5.129297, tolerance: 5e-7, source: '004' },
      { name: 'run1.iterations', value: 76, tolerance: 0.5, source: 'book' },
      { name: 'run1.x', value: 5.326345, tolerance: 1e-6, source: 'book' },
      { name: 'run2.iterations', value: 21, tolerance: 0.5, source: 'book' },
      { name: 'run2.x', value: 5.326345, tolerance: 1e-6, source: '004', printed: '5.326' },
      { name: 'run3.status', value: 'max-steps', tolerance: 0, source: 'book' },
      { name: 'run4.status', value: 'max-steps', tolerance: 0, source: 'book' },
      { name: 'run5.x', value: 2.392748, tolerance: 1e-6, source: 'book' },
      { name: 'run6.x', value: 2.392748, tolerance: 1e-6, source: 'book' },
      { name: 'run6.status', value: 'converged', tolerance: 0, source: 'book' },
      { name: 'run7.status', value: 'max-steps', tolerance: 0, source: 'book' },
      { name: 'run8.status', value: 'max-steps', tolerance: 0, source: 'book' },
    ],
  },
  {
    id: 'quartic-bfgs',
    chapter,
    widget: 'minimize-1d',
    title: 'A library minimiser',
    summary: 'BFGS, the method behind scipy.optimize.minimize, finds the global minimum from x = 6 in a handful of steps.',
    problem: quartic,
    defaults: { x0: 6, tol: 1e-8 },
    documented: [
      {
        name: 'x',
        value: 5.326345,
        tolerance: 1e-6,
        source: '004',
        printed: '5.326',
        note:
          'A check with SciPy’s minimize and its defaults printed 5.326352, the sixth iterate of this run. SciPy’s default stop is looser: it ends once |f′(x)| < 10⁻⁵ (its gtol), with f′ estimated by finite differences when no derivative is given, so its answers are good to about five decimals. The book’s minimize uses the exact derivative and goes on until |f′(x)| < 10⁻⁸, which here takes one more step. Neither is wrong; they answer to different tolerances.',
      },
      { name: 'f', value: -0.69141, tolerance: 1e-6, source: '004', printed: '-0.69' },
      { name: 'x@6', value: 5.326352, tolerance: 5e-7, source: 'book' },
      { name: 'df@6', value: 0.000015, tolerance: 5e-7, source: 'book' },
      { name: 'iterations', value: 7, tolerance: 0.5, source: 'book' },
      { name: 'evaluations', value: 8, tolerance: 0.5, source: 'book' },
      { name: 'status', value: 'converged', tolerance: 0, source: 'book' },
    ],
  },
  {
    id: 'quartic-bfgs-left',
    chapter,
    widget: 'minimize-1d',
    title: 'The same minimiser from another start',
    summary: 'Started at x = 1, left of the hump, BFGS stops in the local minimum: a library is no protection against a bad start.',
    problem: quartic,
    defaults: { x0: 1, tol: 1e-8 },
    documented: [
      {
        name: 'x',
        value: 2.392748,
        tolerance: 1e-6,
        source: '004',
        printed: '2.392',
        note: 'The lecture reads off the first three decimals of 2.39274…; rounded, they would be 2.393.',
      },
      { name: 'f', value: -0.138275, tolerance: 1e-6, source: 'book' },
      { name: 'status', value: 'converged', tolerance: 0, source: 'book' },
    ],
  },
];
