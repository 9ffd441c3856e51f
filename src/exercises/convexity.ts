import { quartic } from '../problems/functions.ts';
import type { Exercise } from './types.ts';

const chapter = 'convexity';

export const convexityExercises: Exercise[] = [
  {
    id: 'exercise-convex-definition',
    chapter,
    title: 'What convex means',
    question: 'Which inequality, for all $a$, $b$ and all $t \\in [0, 1]$, says that $f$ is convex?',
    label: 'f is convex when',
    answer: {
      kind: 'choice',
      value: 'chord-above',
      choices: [
        { value: 'chord-above', label: '$f(ta + (1 - t)b) \\le t f(a) + (1 - t) f(b)$' },
        { value: 'chord-below', label: '$f(ta + (1 - t)b) \\ge t f(a) + (1 - t) f(b)$' },
        { value: 'linear', label: '$f(ta + (1 - t)b) = t f(a) + (1 - t) f(b)$' },
      ],
    },
    hints: ['The right-hand side traces the straight chord from $(a, f(a))$ to $(b, f(b))$ as $t$ runs from 1 to 0.', 'For a bowl, is the chord above or below the curve?'],
    solution: 'Convex means every chord lies on or above the curve: $f(ta + (1 - t)b) \\le t f(a) + (1 - t) f(b)$. Think of a bowl: a string stretched between two points of its rim never dips below the bowl.',
    mistakes: [
      { answer: 'chord-below', feedback: 'That puts every chord below the curve: the definition of a concave function, a dome rather than a bowl.' },
      { answer: 'linear', feedback: 'Equality everywhere holds only for straight lines, which are convex but far from the only convex functions.' },
    ],
  },
  {
    id: 'exercise-quartic-chord',
    chapter,
    title: 'A chord under the quartic',
    question: `On the quartic, $f(3) = ${quartic.f(3)}$, $f(5) = ${Number(quartic.f(5).toFixed(12))}$ and $f(4) = ${quartic.f(4)}$. How high is the chord from $(3, f(3))$ to $(5, f(5))$ at $x = 4$?`,
    label: 'Chord height at x = 4:',
    answer: { kind: 'number', value: (quartic.f(3) + quartic.f(5)) / 2, tolerance: 1e-9 },
    accepts: ['-0.3', '(0 - 0.6)/2'],
    hints: ['$x = 4$ is halfway from 3 to 5, so take $t = \\tfrac12$.', 'Halfway along the chord, its height is the average of the two end heights.'],
    solution:
      'The chord at $x = 4$ has height $\\tfrac12 f(3) + \\tfrac12 f(5) = \\tfrac12(0 - 0.6) = -0.3$. The curve there is higher, $f(4) = 0$: the chord passes below the curve, so the quartic is **not** convex.',
    mistakes: [{ answer: '0', feedback: 'That is f(4), the height of the curve. The chord’s height is the average of the end heights.' }],
  },
  {
    id: 'exercise-second-derivative',
    chapter,
    title: 'Bending up or down',
    question:
      'A twice-differentiable function is convex exactly where its second derivative is never negative. Find the second derivative of $g(x) = x^4 - 15x^3 + 80x^2 - 180x + 144$ (ten times the quartic).',
    label: "g″(x) =",
    answer: { kind: 'expression', value: '12x^2 - 90x + 160', variables: ['x'] },
    accepts: ['2(6x^2 - 45x + 80)', '12*x^2-90*x+160'],
    hints: ["First $g'(x) = 4x^3 - 45x^2 + 160x - 180$.", 'Differentiate once more.'],
    solution: "$$g''(x) = 12x^2 - 90x + 160.$$\nAt $x = 3.5$ it is $147 - 315 + 160 = -8 < 0$: the curve bends downward around the hump, another sign that the quartic is not convex.",
    mistakes: [{ answer: '4x^3 - 45x^2 + 160x - 180', feedback: 'That is the first derivative: differentiate once more.' }],
  },
  {
    id: 'exercise-convex-which',
    chapter,
    title: 'Which one is convex?',
    question: 'Which of these functions is convex on the whole real line?',
    label: 'The convex one is',
    answer: {
      kind: 'choice',
      value: 'parabola',
      choices: [
        { value: 'parabola', label: '$x^2 + 3x$' },
        { value: 'cubic', label: '$x^3$' },
        { value: 'sine', label: '$\\sin x$' },
      ],
    },
    hints: ['Look at the second derivatives: $2$, $6x$ and $-\\sin x$. Which is never negative?'],
    solution: 'The second derivative of $x^2 + 3x$ is $2 > 0$ everywhere, so it is convex. $x^3$ has $6x < 0$ for $x < 0$, and $\\sin x$ bends both ways.',
    mistakes: [
      { answer: 'cubic', feedback: 'For x < 0 the cubic bends downward (its second derivative 6x is negative there).' },
      { answer: 'sine', feedback: 'The sine bends up and down in turn: a chord across one of its crests lies below it.' },
    ],
  },
  {
    id: 'exercise-convex-minimum',
    chapter,
    title: 'Why convexity matters',
    question: 'Gradient descent on a convex function, with a small enough learning rate, settles in a local minimum. What can you say about that minimum?',
    label: 'That local minimum is',
    answer: {
      kind: 'choice',
      value: 'global',
      choices: [
        { value: 'global', label: 'Also a global minimum' },
        { value: 'maybe', label: 'Possibly higher than the global minimum' },
        { value: 'start', label: 'Dependent on the starting point, like the quartic’s' },
      ],
    },
    hints: ['Suppose a lower point existed elsewhere. What would the chord from the local minimum to it do?'],
    solution:
      'For a convex function every local minimum is global. If some point were lower, the chord from the local minimum to it would run below the starting height right next to the local minimum, and convexity would put the curve under that chord, contradicting that it was a local minimum.',
    mistakes: [
      { answer: 'maybe', feedback: 'That happens on the quartic, which is not convex. On a convex function no valley is higher than another.' },
      { answer: 'start', feedback: 'The quartic behaves like that because it is not convex; a convex function has no separate valleys to fall into.' },
    ],
  },
];
