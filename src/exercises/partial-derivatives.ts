import type { Exercise } from './types.ts';

const chapter = 'partial-derivatives';
const product = (x: number, y: number) => ({ dx: 6 * x * y ** 3, dy: 9 * x ** 2 * y ** 2 });

export const partialDerivativesExercises: Exercise[] = [
  {
    id: 'exercise-product-partial-x',
    chapter,
    title: 'Treat y as a constant',
    question: 'Find the partial derivative of $f(x, y) = 3x^2y^3$ with respect to $x$.',
    label: '∂f/∂x =',
    answer: { kind: 'expression', value: '6*x*y^3', variables: ['x', 'y'] },
    accepts: ['6xy^3', '6 x y^3', 'y^3 * 6x', '3*(2x)*y^3'],
    hints: [
      'While you differentiate in $x$, $y$ is a fixed number, so $3y^3$ is just a constant coefficient.',
      'Differentiate $x^2$ and keep the coefficient $3y^3$.',
    ],
    solution: '$$\\frac{\\partial f}{\\partial x} = 3y^3 \\cdot \\frac{d}{dx}x^2 = 3y^3 \\cdot 2x = 6xy^3.$$',
    mistakes: [
      { answer: '6x', feedback: 'y³ is a constant factor while you differentiate in x: it stays in the answer.' },
      { answer: '9x^2 y^2', feedback: 'That is ∂f/∂y. For ∂f/∂x, hold y fixed and differentiate in x.' },
      { answer: '6xy^3 + 9x^2y^2', feedback: 'A partial derivative changes one variable only: drop the term that comes from y.' },
    ],
  },
  {
    id: 'exercise-product-partial-y',
    chapter,
    title: 'Now treat x as a constant',
    question: 'Find the partial derivative of $f(x, y) = 3x^2y^3$ with respect to $y$.',
    label: '∂f/∂y =',
    answer: { kind: 'expression', value: '9*x^2*y^2', variables: ['x', 'y'] },
    accepts: ['9x^2y^2', '3x^2 * 3y^2', '9(xy)^2'],
    hints: ['Now $3x^2$ is the constant coefficient.', 'The power rule turns $y^3$ into $3y^2$.'],
    solution: '$$\\frac{\\partial f}{\\partial y} = 3x^2 \\cdot \\frac{d}{dy}y^3 = 3x^2 \\cdot 3y^2 = 9x^2y^2.$$',
    mistakes: [
      { answer: '6xy^3', feedback: 'That is ∂f/∂x. For ∂f/∂y, hold x fixed and differentiate in y.' },
      { answer: '3y^2', feedback: 'The coefficient 3x² stays: only y³ is differentiated.' },
    ],
  },
  {
    id: 'exercise-product-partials-at-point',
    chapter,
    title: 'Both partials at a point',
    question: 'Evaluate both partial derivatives of $f(x, y) = 3x^2y^3$ at the point $(1, 2)$. Give $\\partial f/\\partial x$ first.',
    label: '(∂f/∂x, ∂f/∂y) at (1, 2) =',
    answer: { kind: 'vector', value: [product(1, 2).dx, product(1, 2).dy], tolerance: 1e-9, names: ['∂f/∂x', '∂f/∂y'] },
    accepts: ['48, 36', '[48; 36]', '(6*8, 9*4)'],
    hints: ['Use $\\partial f/\\partial x = 6xy^3$ and $\\partial f/\\partial y = 9x^2y^2$.', 'At $(1, 2)$: $y^3 = 8$ and $y^2 = 4$.'],
    solution: '$$\\frac{\\partial f}{\\partial x}(1, 2) = 6 \\cdot 1 \\cdot 8 = 48, \\qquad \\frac{\\partial f}{\\partial y}(1, 2) = 9 \\cdot 1 \\cdot 4 = 36.$$',
    mistakes: [{ answer: '12, 36', feedback: 'For ∂f/∂x: y³ at y = 2 is 8, so 6 · 1 · 8 = 48.' }],
  },
  {
    id: 'exercise-paraboloid-slice',
    chapter,
    title: 'The slope of a slice',
    question:
      'Slice the paraboloid $f(x, y) = x^2 + y^2$ at $y = 4$: the curve $f(x, 4) = x^2 + 16$. What is the slope of this slice at $x = 2$?',
    label: 'Slope at x = 2:',
    answer: { kind: 'number', value: 2 * 2, tolerance: 1e-9 },
    hints: ['The slope of the slice is $\\partial f/\\partial x = 2x$: the $16$ is a constant.'],
    solution: 'With $y$ fixed, $\\frac{\\partial f}{\\partial x} = 2x$, and at $x = 2$ that is $4$. (The other slice, $f(2, y)$, has slope $2y = 8$ at $y = 4$.)',
    mistakes: [
      { answer: '8', feedback: 'That is the slope of the other slice, f(2, y), in the y direction.' },
      { answer: '20', feedback: 'That is the height f(2, 4) = 20, not the slope.' },
    ],
  },
  {
    id: 'exercise-tangent-plane',
    chapter,
    title: 'The tangent plane',
    question:
      'The tangent plane to $f(x, y) = x^2 + y^2$ at $(2, 4)$ contains both slices\' tangent lines. Write it as $z = \\dots$, a formula in $x$ and $y$.',
    label: 'z =',
    answer: { kind: 'expression', value: '20 + 4(x - 2) + 8(y - 4)', variables: ['x', 'y'] },
    accepts: ['4x + 8y - 20', '20+4*(x-2)+8*(y-4)'],
    hints: [
      'A plane through $(2, 4, f(2, 4))$ has the form $z = f(2, 4) + a(x - 2) + b(y - 4)$.',
      'The slopes $a$ and $b$ are the two partial derivatives at $(2, 4)$: $2x$ and $2y$ there.',
    ],
    solution: '$$z = f(2, 4) + f_x(2, 4)(x - 2) + f_y(2, 4)(y - 4) = 20 + 4(x - 2) + 8(y - 4) = 4x + 8y - 20.$$',
    mistakes: [
      { answer: '20 + 8(x - 2) + 4(y - 4)', feedback: 'The slopes are swapped: 4 goes with x, 8 with y.' },
      { answer: '4(x - 2) + 8(y - 4)', feedback: 'The plane must touch the surface at (2, 4), where the height is f(2, 4) = 20.' },
    ],
  },
];
