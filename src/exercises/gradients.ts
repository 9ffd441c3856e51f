import type { Exercise } from './types.ts';

const chapter = 'gradients';
/** Seed 001's power-line cost E(m, b) = 14m² + 3b² + 38 + 12mb − 42m − 20b: its gradient and its minimiser. */
export const powerLineCost = {
  gradient: (m: number, b: number) => [28 * m + 12 * b - 42, 6 * b + 12 * m - 20],
  // 28m + 12b = 42 and 12m + 6b = 20, solved by Cramer's rule.
  minimum: [(42 * 6 - 12 * 20) / (28 * 6 - 12 * 12), (28 * 20 - 12 * 42) / (28 * 6 - 12 * 12)],
};

export const gradientsExercises: Exercise[] = [
  {
    id: 'exercise-gradient-at-point',
    chapter,
    title: 'A gradient at a point',
    question: 'Find the gradient $\\nabla f$ of $f(x, y) = x^2 + y^2$ at the point $(2, 3)$.',
    label: '∇f(2, 3) =',
    answer: { kind: 'vector', value: [2 * 2, 2 * 3], tolerance: 1e-9, names: ['∂f/∂x', '∂f/∂y'] },
    accepts: ['(4, 6)', '[4, 6]', '4,6'],
    hints: ['The gradient stacks the partial derivatives: $\\nabla f = (\\partial f/\\partial x, \\partial f/\\partial y) = (2x, 2y)$.'],
    solution: '$$\\nabla f(x, y) = \\begin{bmatrix} 2x \\\\ 2y \\end{bmatrix}, \\qquad \\nabla f(2, 3) = \\begin{bmatrix} 4 \\\\ 6 \\end{bmatrix}.$$',
    mistakes: [
      { answer: '2, 3', feedback: 'That is the point itself. Put it into the partial derivatives 2x and 2y.' },
      { answer: '4, 9', feedback: 'The second component is ∂f/∂y = 2y, not y².' },
    ],
  },
  {
    id: 'exercise-power-lines-dm',
    chapter,
    title: 'The cost of power lines: ∂E/∂m',
    question:
      'A line $y = mx + b$ should pass close to the points $(1, 2)$, $(2, 5)$ and $(3, 3)$. Its cost, the sum of squared vertical gaps, expands to\n$$E(m, b) = 14m^2 + 3b^2 + 38 + 12mb - 42m - 20b.$$\nFind $\\partial E/\\partial m$.',
    label: '∂E/∂m =',
    answer: { kind: 'expression', value: '28m + 12b - 42', variables: ['m', 'b'] },
    accepts: ['28*m + 12*b - 42', '2(14m + 6b - 21)', '12b+28m-42'],
    hints: ['Hold $b$ fixed. Which terms contain $m$?', 'The cross term $12mb$ contains $m$: its derivative in $m$ is $12b$.'],
    solution: '$$\\frac{\\partial E}{\\partial m} = 28m + 12b - 42.$$\n$3b^2$, $38$ and $-20b$ do not depend on $m$ and drop out.',
    mistakes: [
      { answer: '28m - 42', feedback: 'The term 12mb contains m: its derivative in m is 12b.' },
      { answer: '14m + 12b - 42', feedback: 'The derivative of 14m² is 28m: the power rule brings down a 2.' },
    ],
  },
  {
    id: 'exercise-power-lines-db',
    chapter,
    title: 'The cost of power lines: ∂E/∂b',
    question: 'For the same cost $E(m, b) = 14m^2 + 3b^2 + 38 + 12mb - 42m - 20b$, find $\\partial E/\\partial b$.',
    label: '∂E/∂b =',
    answer: { kind: 'expression', value: '6b + 12m - 20', variables: ['m', 'b'] },
    accepts: ['12m + 6b - 20', '2(3b + 6m - 10)'],
    hints: ['Hold $m$ fixed this time.'],
    solution: '$$\\frac{\\partial E}{\\partial b} = 6b + 12m - 20.$$',
    mistakes: [
      { answer: '3b + 12m - 20', feedback: 'The derivative of 3b² is 6b: the power rule brings down a 2.' },
      { answer: '6b - 20', feedback: 'The term 12mb contains b: its derivative in b is 12m.' },
    ],
  },
  {
    id: 'exercise-power-lines-solve',
    chapter,
    title: 'The best line',
    question:
      'Set both partial derivatives to zero,\n$$28m + 12b - 42 = 0, \\qquad 12m + 6b - 20 = 0,$$\nand solve for the slope $m$ and the intercept $b$ of the cheapest line.',
    label: '(m, b) =',
    answer: { kind: 'vector', value: powerLineCost.minimum, tolerance: 1e-3, names: ['m', 'b'] },
    accepts: ['1/2, 7/3', '(0.5, 2.3333)', '0.5; 2.333'],
    hints: [
      'Double the second equation: $24m + 12b - 40 = 0$. Subtract it from the first to eliminate $b$.',
      'You should get $4m - 2 = 0$. Put $m$ back into either equation for $b$.',
    ],
    solution:
      'Subtracting $24m + 12b - 40 = 0$ from the first equation leaves $4m - 2 = 0$, so $m = \\tfrac{1}{2}$. Then $6b + 6 - 20 = 0$ gives $b = \\tfrac{14}{6} = \\tfrac{7}{3} \\approx 2.333$. The cost there is $E \\approx 4.167$.',
    mistakes: [{ answer: '0.5, 3.33333', feedback: 'm = 1/2 is right. For b: 6b + 12 · (1/2) − 20 = 0, so 6b = 14.' }],
  },
  {
    id: 'exercise-heat-minimum',
    chapter,
    title: 'The coldest spot in the room',
    question:
      'The temperature in a $6 \\times 6$ room is $T(x, y) = 85 - \\tfrac{1}{90}x^2(x - 6)\\,y^2(y - 6)$. Both partial derivatives vanish at each of these points. Which one is the coldest?',
    label: 'The minimum of T is at',
    answer: {
      kind: 'choice',
      value: '4,4',
      choices: [
        { value: '0,0', label: '$(0, 0)$' },
        { value: '4,4', label: '$(4, 4)$' },
        { value: '6,6', label: '$(6, 6)$' },
      ],
    },
    hints: [
      'On the walls, where $x$ or $y$ is 0 or 6, the product $x^2(x - 6)y^2(y - 6)$ is 0, so $T = 85$ there.',
      'Compute $T(4, 4)$: $x^2(x - 6) = 16 \\cdot (-2) = -32$, and the same for $y$.',
    ],
    solution:
      'On every wall $T = 85$. At $(4, 4)$ the product is $(-32)(-32) = 1024$, so $T = 85 - 1024/90 \\approx 73.62$: the minimum.',
    mistakes: [
      { answer: '0,0', feedback: 'At (0, 0) the product term is 0, so T = 85: no colder than any wall.' },
      { answer: '6,6', feedback: 'At (6, 6) the product term is 0, so T = 85: no colder than any wall.' },
    ],
  },
];
