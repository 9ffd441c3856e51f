import type { BasinsExample } from '../widgets/basins/model.ts';
import { chordFunctions, type ChordExample } from '../widgets/chord/model.ts';
import type { LandscapesExample, Surface } from '../widgets/landscapes/model.ts';
import { quartic } from '../problems/functions.ts';
import type { Documented } from '../problems/types.ts';

const chapter = 'convexity';

export const convexityChordExamples: ChordExample[] = [
  {
    id: 'convexity-chord',
    chapter,
    widget: 'chord',
    title: 'The chord test of convexity',
    summary:
      'The chord joins the quartic’s two minima; at the hump between them the curve rises above the chord, so the quartic is not convex.',
    defaults: { fn: 'quartic', ...chordFunctions.quartic.chord },
    documented: [
      { name: 'a', value: 2.392748, tolerance: 1e-6, source: '004' },
      { name: 'b', value: 5.326345, tolerance: 1e-6, source: '004' },
      { name: 'x', value: 3.530907, tolerance: 1e-6, source: 'book' },
      { name: 'fa', value: -0.138275, tolerance: 1e-6, source: 'book' },
      { name: 'fb', value: -0.69141, tolerance: 1e-6, source: 'book' },
      { name: 't', value: 0.612026, tolerance: 1e-6, source: 'book' },
      { name: 'chord', value: -0.352877, tolerance: 1e-6, source: 'book' },
      { name: 'curve', value: 0.094138, tolerance: 1e-6, source: 'book' },
      { name: 'gap', value: -0.447014, tolerance: 1e-6, source: 'book' },
      { name: 'verdict', value: 'fails', tolerance: 0, source: '004' },
    ],
  },
  {
    id: 'convexity-chord-mse',
    chapter,
    widget: 'chord',
    title: 'The chord test again',
    summary:
      'The mean squared error of the model tip = θ · bill on the tips data: the chord from θ = 0.1 to θ = 0.2 lies above the curve.',
    defaults: { fn: 'tips-mse', ...chordFunctions['tips-mse'].chord },
    documented: [
      { name: 'fa', value: 2.077768, tolerance: 1e-6, source: '004', printed: '2.077' },
      { name: 'fb', value: 2.667486, tolerance: 1e-6, source: '004', printed: '2.667' },
      { name: 'x', value: 0.15, tolerance: 1e-12, source: 'book' },
      { name: 'chord', value: 2.372627, tolerance: 1e-6, source: 'book' },
      { name: 'curve', value: 1.196598, tolerance: 1e-6, source: 'book' },
      { name: 'verdict', value: 'holds', tolerance: 0, source: 'book' },
      { name: 'above', value: 0, tolerance: 0.5, source: 'book' },
    ],
  },
];

const basins = { steps: 1000, starts: 61, tol: 1e-8 } as const;

/** Group i of neighbouring starts: its first and last start (grid points, exact) and the minimum they reach. */
function group(i: number, from: number, to: number, end: number): Documented[] {
  return [
    { name: `interval@${i}.from`, value: from, tolerance: 1e-12, source: 'book' },
    { name: `interval@${i}.to`, value: to, tolerance: 1e-12, source: 'book' },
    { name: `interval@${i}.end`, value: end, tolerance: 1e-6, source: 'book' },
  ];
}

export const convexityBasinExamples: BasinsExample[] = [
  {
    id: 'convexity-basins',
    chapter,
    widget: 'basins',
    title: 'Where descent ends on the quartic',
    summary:
      'Gradient descent from 61 starts between 1 and 7 at learning rate 0.3: every start left of the hump ends in the left minimum, every start right of it in the right one.',
    problem: quartic,
    defaults: { ...basins, lr: 0.3 },
    documented: [
      { name: 'end@1.5', value: 2.392748, tolerance: 1e-6, source: '004', printed: '2.3927' },
      { name: 'status@1.5', value: 'converged', tolerance: 0, source: 'book' },
      { name: 'intervals', value: 2, tolerance: 0.5, source: 'book' },
      ...group(1, 1, 3.5, 2.392748),
      ...group(2, 3.6, 7, 5.326345),
    ],
  },
  {
    id: 'convexity-basins-fast',
    chapter,
    widget: 'basins',
    title: 'Basins that move with the rate',
    summary:
      'The same 61 starts at learning rate 0.5: the first step from the steep ends of the curve is long enough to jump over the hump into the other valley.',
    problem: quartic,
    defaults: { ...basins, lr: 0.5 },
    documented: [
      { name: 'end@1.5', value: 2.392748, tolerance: 1e-6, source: '004' },
      { name: 'end@1', value: 5.326345, tolerance: 1e-6, source: 'book' },
      { name: 'end@7', value: 2.392748, tolerance: 1e-6, source: 'book' },
      { name: 'intervals', value: 4, tolerance: 0.5, source: 'book' },
      ...group(1, 1, 1.1, 5.326345),
      ...group(2, 1.2, 3.5, 2.392748),
      ...group(3, 3.6, 6.5, 5.326345),
      ...group(4, 6.6, 7, 2.392748),
    ],
  },
];

/** x² + 3y², halved: a stretched bowl, convex. */
const stretched = (x: number, y: number) => (x * x + 3 * y * y) / 2;

const bowl: Surface = {
  name: 'bowl',
  label: 'the bowl',
  f: stretched,
  gradient: (x, y) => [x, 3 * y],
};

/** The bowl pushed through 1 − e^(−q): the same minimum and the same curvature there, but flat far away. */
const plateauSurface: Surface = {
  name: 'plateau',
  label: 'the plateau',
  f: (x, y) => 1 - Math.exp(-stretched(x, y)),
  gradient: (x, y) => {
    const e = Math.exp(-stretched(x, y));
    return [x * e, 3 * y * e];
  },
};

export const convexityLandscapeExamples: LandscapesExample[] = [
  {
    id: 'convexity-plateau-bowl',
    chapter,
    widget: 'landscapes',
    title: 'The same descent on a plateau and on a bowl',
    summary:
      'From (3, 1.5) at learning rate 0.3, descent on the convex bowl converges quickly; on the plateau, which has the same single minimum but is not convex, it creeps across the flat part first.',
    problem: { surfaces: [plateauSurface, bowl], view: { x: [-3.5, 3.5], y: [-2, 2] } },
    defaults: { x0: [3, 1.5], lr: 0.3, steps: 5000, tol: 1e-6 },
    documented: [
      { name: 'bowl.iterations', value: 42, tolerance: 0.5, source: 'book' },
      { name: 'bowl.status', value: 'converged', tolerance: 0, source: 'book' },
      { name: 'plateau.iterations', value: 422, tolerance: 0.5, source: 'book' },
      { name: 'plateau.status', value: 'converged', tolerance: 0, source: 'book' },
      { name: 'plateau.f@0', value: 0.99962, tolerance: 1e-6, source: 'book' },
      { name: 'plateau.f@200', value: 0.998999, tolerance: 1e-6, source: 'book' },
      { name: 'bowl.f@10', value: 0.003591, tolerance: 1e-6, source: 'book' },
    ],
  },
];
