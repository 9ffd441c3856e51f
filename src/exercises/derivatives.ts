import { quartic } from '../problems/functions.ts';
import type { Exercise } from './types.ts';

const chapter = 'derivatives';

export const derivativesExercises: Exercise[] = [
  {
    id: 'exercise-quartic-slope',
    chapter,
    title: 'A slope by hand',
    question:
      'The quartic $f(x) = \\tfrac{1}{10}(x^4 - 15x^3 + 80x^2 - 180x + 144)$ has the derivative\n$$f\'(x) = \\tfrac{1}{10}(4x^3 - 45x^2 + 160x - 180).$$\nWhat is the slope $f\'(4)$?',
    label: "f′(4) =",
    answer: { kind: 'number', value: quartic.df(4), tolerance: 1e-6 },
    accepts: ['-0.4', '-2/5', '(256 - 720 + 640 - 180)/10'],
    hints: [
      'Substitute $x = 4$ term by term: $4 \\cdot 4^3$, $45 \\cdot 4^2$, $160 \\cdot 4$.',
      'Inside the brackets you should get $256 - 720 + 640 - 180$. Do not forget the $\\tfrac{1}{10}$ in front.',
    ],
    solution:
      '$$f\'(4) = \\tfrac{1}{10}(256 - 720 + 640 - 180) = \\tfrac{1}{10}(-4) = -0.4.$$\nThe slope is negative: the function falls as $x$ grows past 4, so the minimum lies to the right.',
    mistakes: [{ answer: '-4', feedback: 'That is the bracket alone: multiply by the 1/10 in front.' }],
  },
  {
    id: 'exercise-slope-direction',
    chapter,
    title: 'Which way is downhill?',
    question: 'On the same quartic, $f\'(6) = 2.4$. To make $f$ smaller, should you move $x$ left or right of 6?',
    label: 'From x = 6, go',
    answer: {
      kind: 'choice',
      value: 'left',
      choices: [
        { value: 'left', label: 'Left: make $x$ smaller' },
        { value: 'right', label: 'Right: make $x$ larger' },
        { value: 'stay', label: 'Stay: 6 is already a minimum' },
      ],
    },
    hints: ['A positive slope means $f$ rises as $x$ grows.'],
    solution:
      'Since $f\'(6) > 0$, $f$ increases to the right of 6, so it decreases to the left. Downhill is always against the sign of the slope.',
    mistakes: [
      { answer: 'right', feedback: 'A positive slope means f grows as x grows: moving right goes uphill.' },
      { answer: 'stay', feedback: 'At a minimum the slope is 0, and 2.4 is not 0.' },
    ],
  },
  {
    id: 'exercise-power-rule',
    chapter,
    title: 'The power rule',
    question: 'Differentiate $g(x) = x^4 - 15x^3 + 80x^2 - 180x + 144$.',
    label: "g′(x) =",
    answer: { kind: 'expression', value: '4x^3 - 45x^2 + 160x - 180', variables: ['x'] },
    accepts: ['4*x^3-45*x^2+160*x-180', '-180 + 160x - 45 x^2 + 4 x^3'],
    hints: [
      'Differentiate term by term: $\\frac{d}{dx} x^n = n x^{n-1}$.',
      'A constant such as $144$ does not change with $x$: its derivative is 0.',
    ],
    solution: '$$g\'(x) = 4x^3 - 3\\cdot 15x^2 + 2 \\cdot 80x - 180 = 4x^3 - 45x^2 + 160x - 180.$$\nDividing by 10 gives the quartic\'s $f\'$.',
    mistakes: [
      { answer: '4x^3 - 45x^2 + 160x - 180 + 144', feedback: 'The constant 144 does not change with x: its derivative is 0.' },
      { answer: 'x^3 - 15x^2 + 80x - 180', feedback: 'The power rule brings the exponent down as a factor: x⁴ becomes 4x³, not x³.' },
      { answer: '4x^3 - 45x^2 + 160x', feedback: 'The derivative of −180x is −180: it does not vanish.' },
    ],
  },
  {
    id: 'exercise-omega-derivative',
    chapter,
    title: 'A function with no neat minimum',
    question: 'Differentiate $f(x) = e^x - \\ln x$ (for $x > 0$).',
    label: "f′(x) =",
    answer: { kind: 'expression', value: 'e^x - 1/x', variables: ['x'] },
    accepts: ['exp(x) - 1/x', 'e^x - x^(-1)'],
    hints: ['$e^x$ is its own derivative.', 'The derivative of $\\ln x$ is $1/x$.'],
    solution:
      "$$f'(x) = e^x - \\frac{1}{x}.$$\nSetting it to zero gives $e^x = 1/x$, which no algebra solves: its root $x \\approx 0.567143$ (the omega constant) has to be found numerically, which is where gradient descent comes in.",
    mistakes: [
      { answer: 'e^x + 1/x', feedback: 'The minus sign in front of ln x stays: the derivative of −ln x is −1/x.' },
      { answer: 'x*e^(x-1) - 1/x', feedback: 'eˣ is not a power of x, so the power rule does not apply: eˣ is its own derivative.' },
      { answer: 'e^x - ln(x)', feedback: 'That is f itself: differentiate each term.' },
    ],
  },
];
