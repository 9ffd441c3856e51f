import { formulas } from '../../problems/formulas.ts';
import { plain, quarticPreset, type Preset } from './default-preset.ts';

/**
 * Every function of the book, typed as a reader would type it, with the settings of the example
 * that shows it (each named in its label). The first is the page's default.
 */
export const presets: readonly Preset[] = [
  quarticPreset,
  {
    id: 'heat',
    label: 'the room’s temperature (heat-descent)',
    params: { ...plain, f: formulas.heat, start: [0.5, 0.6], lr: 0.05, steps: 1000, tol: 1e-6, xrange: [0, 6], yrange: [0, 6] },
  },
  {
    id: 'power-lines',
    label: 'the power-lines cost E(m, b), m as x and b as y (power-lines-descent)',
    params: {
      ...plain,
      f: '(x + y - 2)^2 + (2x + y - 5)^2 + (3x + y - 3)^2',
      start: [0, 0],
      lr: 0.01,
      steps: 2000,
      tol: 1e-6,
      xrange: [-0.6, 2],
      yrange: [-0.5, 3],
    },
  },
  {
    id: 'rosenbrock',
    label: 'Rosenbrock’s valley, by Adam (optimizer-race)',
    params: { ...plain, method: 'adam', f: '(1 - x)^2 + 100 (y - x^2)^2', start: [-1.2, 1], lr: 0.02, steps: 20000, tol: 1e-4, xrange: [-1.5, 1.5], yrange: [-0.5, 1.5] },
  },
  {
    id: 'tilted-bowl',
    label: 'a tilted bowl, κ = 100, by heavy ball (optimizer-race)',
    params: { ...plain, method: 'momentum', beta: 0.9, f: '(x + y)^2/20 + 5 (x - y)^2', start: [-1.2, 1], lr: 0.001, steps: 20000, tol: 1e-4, xrange: [-2, 2], yrange: [-1, 3] },
  },
  {
    id: 'exp-minus-log',
    label: 'eˣ − ln x (omega-descent)',
    params: { ...plain, f: formulas.expMinusLog, start: [0.05], lr: 0.005, steps: 1000, tol: 1e-6, xrange: [0.02, 1.5] },
  },
  {
    id: 'paraboloid',
    label: 'the bowl x² + y²',
    params: { ...plain, f: 'x^2 + y^2', start: [4, 3], lr: 0.1, steps: 1000, tol: 1e-6, xrange: [-5, 5], yrange: [-5, 5] },
  },
  {
    id: 'stretched-bowl',
    label: 'the stretched bowl (x² + 3y²)/2 (convexity-plateau-bowl)',
    params: { ...plain, f: '(x^2 + 3 y^2)/2', start: [3, 1.5], lr: 0.3, steps: 5000, tol: 1e-6, xrange: [-3.5, 3.5], yrange: [-2, 2] },
  },
  {
    id: 'plateau',
    label: 'the plateau 1 − e^(−(x² + 3y²)/2) (convexity-plateau-bowl)',
    params: { ...plain, f: '1 - exp(-(x^2 + 3 y^2)/2)', start: [3, 1.5], lr: 0.3, steps: 5000, tol: 1e-6, xrange: [-3.5, 3.5], yrange: [-2, 2] },
  },
  {
    id: 'plateau-1d',
    label: 'one dip between flat shoulders, 1 − e^(−x²/2) (convexity)',
    params: { ...plain, f: formulas.plateau, start: [3], lr: 0.5, steps: 1000, tol: 1e-6, xrange: [-4, 4] },
  },
  {
    id: 'abs',
    label: '|x|, not differentiable at 0',
    params: { ...plain, f: 'abs(x)', start: [1], lr: 0.25, steps: 20, tol: 1e-6, xrange: [-2, 2] },
  },
  {
    id: 'log',
    label: 'x² − ln x, where a long step leaves the domain',
    params: { ...plain, f: 'x^2 - ln(x)', start: [2], lr: 0.7, steps: 100, tol: 1e-6, xrange: [0.05, 2.5] },
  },
];
