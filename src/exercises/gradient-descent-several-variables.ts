import { sevenCars, threePeople, type Pairs } from '../problems/datasets.ts';
import { powerLineCost } from './gradients.ts';
import type { Exercise } from './types.ts';

const chapter = 'gradient-descent-several-variables';

/** The gradient of the summed (or, with `mean`, averaged) squared error of y ≈ w x + b, as (∂/∂w, ∂/∂b). */
function lineGradient(data: Pairs, w: number, b: number, mean: boolean): [number, number] {
  let dw = 0;
  let db = 0;
  data.x.forEach((x, i) => {
    const residual = data.y[i]! - (w * x + b);
    dw -= 2 * residual * x;
    db -= 2 * residual;
  });
  const n = mean ? data.x.length : 1;
  return [dw / n, db / n];
}

/** ∂T/∂x for seed 001's room temperature T(x, y) = 85 − x²(x − 6) y²(y − 6) / 90. */
const heatDx = (x: number, y: number) => (-1 / 90) * x * (3 * x - 12) * y ** 2 * (y - 6);

const [peopleDw, peopleDb] = lineGradient(threePeople, 1, 0, false);
const [carsDw, carsDb] = lineGradient(sevenCars, 0, 0, true);
const [powerDm, powerDb] = powerLineCost.gradient(0, 0);

export const gradientDescentSeveralVariablesExercises: Exercise[] = [
  {
    id: 'exercise-two-parameter-step',
    chapter,
    title: 'One step in two parameters',
    question:
      'Fitting $\\text{height} = b + s \\cdot \\text{weight}$ to three people, we start at intercept $b = 0$ and slope $s = 1$. The gradient of the loss there is $\\partial/\\partial b = -1.6$ and $\\partial/\\partial s = -0.8$. With learning rate $0.01$, what are the new intercept and slope?',
    label: '(b, s) after one step =',
    answer: { kind: 'vector', value: [0 - 0.01 * peopleDb, 1 - 0.01 * peopleDw], tolerance: 1e-6, names: ['b', 's'] },
    accepts: ['0.016, 1.008', '(0 + 0.016, 1 + 0.008)'],
    hints: ['Each parameter takes its own step: $b_1 = b_0 - \\alpha\\,\\partial L/\\partial b$ and $s_1 = s_0 - \\alpha\\,\\partial L/\\partial s$.'],
    solution: '$$b_1 = 0 - 0.01 \\times (-1.6) = 0.016, \\qquad s_1 = 1 - 0.01 \\times (-0.8) = 1.008.$$',
    mistakes: [{ answer: '-0.016, 0.992', feedback: 'Gradient descent steps against the gradient: subtract α times it, and both partials are negative.' }],
  },
  {
    id: 'exercise-power-lines-step',
    chapter,
    part: 2,
    title: 'Descending the power-line cost',
    question:
      'Minimise $E(m, b) = 14m^2 + 3b^2 + 38 + 12mb - 42m - 20b$ by gradient descent from $(m, b) = (0, 0)$ with $\\alpha = 0.01$, using $\\nabla E = (28m + 12b - 42,\\; 6b + 12m - 20)$. Where is $(m_1, b_1)$?',
    label: '(m₁, b₁) =',
    answer: { kind: 'vector', value: [-0.01 * powerDm!, -0.01 * powerDb!], tolerance: 1e-9, names: ['m', 'b'] },
    accepts: ['0.42, 0.2'],
    hints: ['At $(0, 0)$ the gradient is $(-42, -20)$.', 'Move by $-0.01$ times the gradient.'],
    solution: '$$\\nabla E(0, 0) = (-42, -20), \\qquad (m_1, b_1) = (0, 0) - 0.01\\,(-42, -20) = (0.42, 0.2).$$\nRepeating this step walks to the minimum $(\\tfrac12, \\tfrac73)$.',
    mistakes: [{ answer: '42, 20', feedback: 'Scale the step by the learning rate 0.01.' }],
  },
  {
    id: 'exercise-heat-gradient-sign',
    chapter,
    title: 'Spot the sign',
    question:
      'The slides start descent on the room temperature $T(x, y) = 85 - \\tfrac{1}{90}x^2(x - 6)y^2(y - 6)$ at $(0.5, 0.6)$ with $\\alpha = 0.05$ and print $\\partial T/\\partial x = 0.1134$ there; the next point has $x = 0.5057$. Using $\\partial T/\\partial x = -\\tfrac{1}{90}x(3x - 12)y^2(y - 6)$, what is $\\partial T/\\partial x$ at $(0.5, 0.6)$, to four decimals?',
    label: '∂T/∂x at (0.5, 0.6) =',
    answer: { kind: 'number', value: heatDx(0.5, 0.6), tolerance: 1e-4 },
    accepts: ['-0.1134'],
    hints: [
      'At $(0.5, 0.6)$: $x(3x - 12) = 0.5 \\times (-10.5)$ and $y^2(y - 6) = 0.36 \\times (-5.4)$.',
      'Check with the step: $x$ grew from $0.5$ to $0.5057$, so $-0.05 \\times \\partial T/\\partial x$ must be positive.',
    ],
    solution:
      '$$\\frac{\\partial T}{\\partial x}(0.5, 0.6) = -\\tfrac{1}{90}(-5.25)(-1.944) \\approx -0.1134.$$\nThe slides dropped the minus sign: with $+0.1134$ the step would have gone to $x = 0.4943$, not $0.5057$.',
    mistakes: [{ answer: '0.1134', feedback: 'That is the number the slides print, with its minus sign dropped: with +0.1134, x would have moved left, to 0.4943.' }],
  },
  {
    id: 'exercise-cars-first-step',
    chapter,
    part: 2,
    title: 'Cars: the first update',
    question:
      'Seven cars give (weight in 1000 lb, miles per gallon). We fit $\\text{mpg} = w \\cdot \\text{weight} + b$ by minimising the mean squared error, from $w = b = 0$ with $\\alpha = 0.01$. The first gradient is $\\partial/\\partial w \\approx -119.72$, $\\partial/\\partial b \\approx -34.29$. What are $w$ and $b$ after the first update?',
    label: '(w, b) after one update =',
    answer: { kind: 'vector', value: [-0.01 * carsDw, -0.01 * carsDb], tolerance: 1e-3, names: ['w', 'b'] },
    accepts: ['1.1972, 0.3429'],
    hints: ['From $(0, 0)$, the new point is $-0.01$ times the gradient.'],
    solution: '$$w_1 = 0 - 0.01 \\times (-119.72) \\approx 1.1972, \\qquad b_1 = 0 - 0.01 \\times (-34.29) \\approx 0.3429.$$\nThe note this comes from rounds them to 1.2 and 0.34.',
    mistakes: [{ answer: '0.3429, 1.1972', feedback: 'Right numbers, but w (the weight coefficient) comes first.' }],
  },
];
