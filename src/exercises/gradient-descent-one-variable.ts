import { threePeople } from '../problems/datasets.ts';
import { quartic } from '../problems/functions.ts';
import type { Exercise } from './types.ts';

const chapter = 'gradient-descent-one-variable';
const omegaSlope = (x: number) => Math.exp(x) - 1 / x;
/** d SSR / d intercept for seed 000's three people, the slope held at 0.64. */
const interceptSlope = (b: number) => threePeople.x.reduce((sum, x, i) => sum - 2 * (threePeople.y[i]! - (b + 0.64 * x)), 0);

export const gradientDescentOneVariableExercises: Exercise[] = [
  {
    id: 'exercise-one-step',
    chapter,
    title: 'One step by hand',
    question:
      'On the quartic, start at $x_0 = 4$ with learning rate $\\alpha = 0.3$. The slope there is $f\'(4) = -0.4$. Take one step of gradient descent: what is $x_1$?',
    label: 'x₁ =',
    answer: { kind: 'number', value: 4 - 0.3 * quartic.df(4), tolerance: 1e-6 },
    accepts: ['4.12', '4 - 0.3*(-0.4)'],
    hints: ['The update is $x_1 = x_0 - \\alpha f\'(x_0)$.', 'Subtracting a negative number moves $x$ to the right.'],
    solution: "$$x_1 = x_0 - \\alpha f'(x_0) = 4 - 0.3 \\times (-0.4) = 4 + 0.12 = 4.12.$$",
    mistakes: [
      { answer: '3.88', feedback: 'You stepped with the slope. Gradient descent subtracts α f′(x₀), and f′(4) is negative, so x grows.' },
      { answer: '4.4', feedback: 'That is a step by the full slope. Scale it by the learning rate α = 0.3 first.' },
      { answer: '0.12', feedback: 'That is the step itself. Add it to x₀ = 4.' },
    ],
  },
  {
    id: 'exercise-omega-step',
    chapter,
    part: 3,
    title: 'A step on eˣ − ln x',
    question:
      'To minimise $f(x) = e^x - \\ln x$, start at $x_0 = 0.05$ with $\\alpha = 0.005$. Compute $f\'(0.05) = e^{0.05} - 1/0.05$, then $x_1$, to four decimals or better.',
    label: 'x₁ =',
    answer: { kind: 'number', value: 0.05 - 0.005 * omegaSlope(0.05), tolerance: 5e-5 },
    accepts: ['0.1447', '0.05 - 0.005*(e^0.05 - 20)'],
    hints: ['$e^{0.05} \\approx 1.05127$ and $1/0.05 = 20$, so $f\'(0.05) \\approx -18.9487$.', 'Then $x_1 = 0.05 - 0.005 \\times f\'(0.05)$.'],
    solution:
      "$$f'(0.05) = e^{0.05} - 20 \\approx -18.9487, \\qquad x_1 = 0.05 - 0.005 \\times (-18.9487) \\approx 0.144744.$$\nThe steep negative slope near 0 throws $x$ a long way right in one step.",
    mistakes: [{ answer: '0.05 + 0.005*(e^0.05 - 20)', feedback: 'Check the sign of the update: x₁ = x₀ − α f′(x₀), and f′(0.05) is negative, so x grows.' }],
  },
  {
    id: 'exercise-intercept-slope',
    chapter,
    title: 'The slope of a loss',
    question:
      'Three people have (weight, height) $(0.5, 1.4)$, $(2.3, 1.9)$ and $(2.9, 3.2)$. With the slope fixed at $0.64$, the line is $\\text{height} = b + 0.64 \\cdot \\text{weight}$, and the loss is the sum of squared residuals\n$$\\text{SSR}(b) = \\sum_i \\bigl(y_i - (b + 0.64\\,x_i)\\bigr)^2.$$\nWhat is $\\frac{d\\,\\text{SSR}}{db}$ at $b = 0$?',
    label: 'd SSR/db at b = 0:',
    answer: { kind: 'number', value: interceptSlope(0), tolerance: 1e-3 },
    accepts: ['-5.704'],
    hints: [
      'By the chain rule, each term contributes $-2\\bigl(y_i - (b + 0.64\\,x_i)\\bigr)$: the inner derivative of $-b$ is $-1$.',
      'At $b = 0$ the residuals are $1.4 - 0.32$, $1.9 - 1.472$ and $3.2 - 1.856$.',
    ],
    solution:
      '$$\\frac{d\\,\\text{SSR}}{db} = -2\\sum_i \\bigl(y_i - (b + 0.64\\,x_i)\\bigr) = -2\\,(1.08 + 0.428 + 1.344) = -5.704.$$',
    mistakes: [{ answer: '-2.852', feedback: 'Each squared residual contributes twice its residual: you dropped the factor 2.' }],
  },
  {
    id: 'exercise-learning-rate',
    chapter,
    part: 2,
    title: 'Choosing a learning rate',
    question: 'On the quartic, starting at $x_0 = 4$, which learning rate lets gradient descent settle at the minimum near $5.33$?',
    label: 'Learning rate',
    answer: {
      kind: 'choice',
      value: '0.3',
      choices: [
        { value: '0.3', label: '$\\alpha = 0.3$' },
        { value: '1', label: '$\\alpha = 1$' },
        { value: '1.5', label: '$\\alpha = 1.5$' },
      ],
    },
    hints: ['Try each rate in the first live example of this chapter, and watch the status.'],
    solution: 'At $\\alpha = 0.3$ the iterates close in on $5.326345$. At $\\alpha = 1$ every step overshoots and the iterates bounce between about $5.09$ and $5.49$; at $\\alpha = 1.5$ they jump about erratically.',
    mistakes: [
      { answer: '1', feedback: 'At rate 1 every step overshoots: the iterates bounce between about 5.09 and 5.49 and never settle.' },
      { answer: '1.5', feedback: 'At rate 1.5 the steps are so long that the iterates jump about with no pattern.' },
    ],
  },
  {
    id: 'exercise-where-it-lands',
    chapter,
    part: 2,
    title: 'Where does it land?',
    question: 'Start gradient descent on the quartic at $x_0 = 1.5$ with $\\alpha = 0.5$. Where does it stop?',
    label: 'Descent from 1.5 ends',
    answer: {
      kind: 'choice',
      value: 'local',
      choices: [
        { value: 'local', label: 'In the local minimum near $2.39$' },
        { value: 'global', label: 'In the global minimum near $5.33$' },
        { value: 'hump', label: 'On the hump near $3.53$' },
      ],
    },
    hints: ['Descent only follows the local slope. Which valley does $x = 1.5$ sit in?'],
    solution: 'It settles at $2.392748$, the bottom of the left valley. Descent cannot climb the hump at $3.53$ to reach the lower minimum.',
    mistakes: [
      { answer: 'global', feedback: 'To get there, descent would have to climb over the hump at 3.53, and it only ever goes downhill.' },
      { answer: 'hump', feedback: 'The hump is a local maximum: the slope there is 0, but any nudge rolls away from it.' },
    ],
  },
];
