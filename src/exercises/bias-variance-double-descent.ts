import type { Exercise } from './types.ts';

const chapter = 'bias-variance-double-descent';
const points = 20;

export const biasVarianceDoubleDescentExercises: Exercise[] = [
  {
    id: 'exercise-constant-model',
    chapter,
    title: 'A constant model',
    question: 'A degree-0 polynomial predicts the same miles per gallon for every car, whatever its horsepower. How would you describe its bias and its variance?',
    label: 'A constant model has',
    answer: {
      kind: 'choice',
      value: 'high-bias',
      choices: [
        { value: 'high-bias', label: 'High bias, low variance' },
        { value: 'high-variance', label: 'Low bias, high variance' },
        { value: 'both-low', label: 'Low bias, low variance' },
      ],
    },
    hints: ['Bias: can the model follow the real trend at all? Variance: how much does the fit change if the data change a little?'],
    solution: 'It cannot follow the trend however it is fitted (high bias), and a new sample of cars barely moves its one number, the mean (low variance).',
    mistakes: [
      { answer: 'high-variance', feedback: 'That describes a very flexible model, such as a degree-6 polynomial that chases every point.' },
      { answer: 'both-low', feedback: 'A constant cannot follow a trend that exists, so its bias is high.' },
    ],
  },
  {
    id: 'exercise-risk-decomposition',
    chapter,
    title: 'Splitting the expected loss',
    question: 'For squared error, the expected loss of a model on new data splits into three parts. Which?',
    label: 'Expected loss =',
    answer: {
      kind: 'choice',
      value: 'squared',
      choices: [
        { value: 'squared', label: '$\\text{bias}^2 + \\text{variance} + \\text{noise}$' },
        { value: 'plain', label: '$\\text{bias} + \\text{variance} + \\text{noise}$' },
        { value: 'product', label: '$\\text{bias} \\times \\text{variance} + \\text{noise}$' },
      ],
    },
    hints: ['Bias is a signed error, the average prediction minus the truth, and a loss cannot be negative.'],
    solution:
      'Expected loss $= \\text{bias}^2 + \\text{variance} + \\text{noise}$. The noise is the part no model can remove. The classical trade-off: as a model grows more flexible, the bias falls and the variance rises.',
    mistakes: [{ answer: 'plain', feedback: 'The bias enters squared: it is a signed error, and the loss is a mean of squares.' }],
  },
  {
    id: 'exercise-interpolation-threshold',
    chapter,
    part: 2,
    title: 'The interpolation threshold',
    question: `A polynomial of degree $d$ has $d + 1$ coefficients. What is the lowest degree that can pass exactly through ${points} points with distinct $x$ values?`,
    label: 'Lowest degree:',
    answer: { kind: 'number', value: points - 1, tolerance: 0 },
    hints: [`Passing through ${points} points is ${points} equations, one per point. How many unknown coefficients does that need?`],
    solution: `${points} equations need ${points} coefficients, so $d + 1 = ${points}$ and $d = ${points - 1}$. This is the interpolation threshold, where the number of parameters equals the number of points and the test error of a least-squares fit typically peaks.`,
    mistakes: [{ answer: String(points), feedback: `A degree-${points} polynomial has ${points + 1} coefficients: one more than needed.` }],
  },
  {
    id: 'exercise-minimum-norm',
    chapter,
    part: 3,
    title: 'Past the threshold',
    question: 'With more parameters than data points, infinitely many parameter vectors fit the training data exactly. Gradient descent started at zero converges to one of them. Which?',
    label: 'Descent from zero finds',
    answer: {
      kind: 'choice',
      value: 'min-norm',
      choices: [
        { value: 'min-norm', label: 'The interpolating solution with the smallest norm' },
        { value: 'random', label: 'A random one, different on every run' },
        { value: 'none', label: 'None: it diverges' },
      ],
    },
    hints: ['Each gradient of a least-squares loss is a combination of the data rows. Starting at zero, can descent ever leave their span?'],
    solution:
      'Every step moves within the span of the data rows, and starting at zero the iterates never leave it. The one interpolating solution in that span is the minimum-norm one, the pseudo-inverse solution. This implicit regularisation is one explanation of why the test error falls again past the threshold: double descent.',
    mistakes: [
      { answer: 'random', feedback: 'Full-batch gradient descent from zero is deterministic: it reaches the same solution every time.' },
      { answer: 'none', feedback: 'With a small enough learning rate, descent on a least-squares loss converges, also past the threshold.' },
    ],
  },
];
