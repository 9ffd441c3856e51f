import type { Exercise } from './types.ts';

const chapter = 'faster-descent';

const kappa = 100;
const gdFactor = (kappa - 1) / (kappa + 1);
const momentumFactor = (Math.sqrt(kappa) - 1) / (Math.sqrt(kappa) + 1);
const stepsRatio = Math.log(momentumFactor) / Math.log(gdFactor);

const [lambdaMin, lambdaMax] = [2, 18];

const [b1, g1] = [0.8, 5];

export const fasterDescentExercises: Exercise[] = [
  {
    id: 'exercise-momentum-steps-ratio',
    chapter,
    title: 'How much momentum saves',
    question: `A quadratic has condition number $\\kappa = ${kappa}$. Plain descent at its best constant rate shrinks the error by $(\\kappa - 1)/(\\kappa + 1)$ per step; heavy-ball momentum with Polyak's settings by $(\\sqrt{\\kappa} - 1)/(\\sqrt{\\kappa} + 1)$. To shrink the error by the same large factor, how many times as many steps does plain descent need? (Two decimals are enough.)`,
    label: 'Steps ratio (plain ÷ momentum):',
    answer: { kind: 'number', value: stepsRatio, tolerance: 0.1 },
    accepts: ['ln(9/11)/ln(99/101)', '10.03', '10'],
    hints: [
      'A factor $r$ per step needs about $\\ln(\\text{target}) / \\ln r$ steps: the target cancels in the ratio.',
      `Here $r = 99/101$ for plain descent and $r = 9/11$ for momentum.`,
    ],
    solution: `The factors are $99/101 \\approx ${gdFactor.toFixed(4)}$ and $9/11 \\approx ${momentumFactor.toFixed(4)}$. The steps needed are in the ratio $$\\frac{\\ln(9/11)}{\\ln(99/101)} \\approx ${stepsRatio.toFixed(2)}.$$ Roughly $\\sqrt{\\kappa}$: momentum turns $\\kappa$ into $\\sqrt{\\kappa}$, so with $\\kappa = 10^4$ the saving would be about a hundredfold.`,
    mistakes: [
      { answer: String(kappa), feedback: 'That is κ itself. The two factors differ by κ against √κ, so the saving is about √κ.' },
      { answer: '0.0997', feedback: 'That is the ratio the other way up: momentum needs fewer steps, so plain descent needs more.' },
    ],
  },
  {
    id: 'exercise-best-constant-rate',
    chapter,
    title: 'The best constant rate',
    question: `The Hessian of a quadratic has eigenvalues $\\lambda_{\\min} = ${lambdaMin}$ and $\\lambda_{\\max} = ${lambdaMax}$. Which constant rate $\\eta$ makes plain gradient descent contract fastest in the worst direction?`,
    label: 'η =',
    answer: { kind: 'number', value: 2 / (lambdaMin + lambdaMax), tolerance: 1e-9 },
    accepts: ['2/20', '1/10'],
    hints: [
      'Along an eigenvector with eigenvalue $\\lambda$ the error is multiplied by $1 - \\eta\\lambda$ each step.',
      'The worst of $\\lvert 1 - \\eta\\lambda_{\\min}\\rvert$ and $\\lvert 1 - \\eta\\lambda_{\\max}\\rvert$ is smallest where the two are equal.',
    ],
    solution: `Setting $1 - \\eta\\lambda_{\\min} = -(1 - \\eta\\lambda_{\\max})$ gives $$\\eta = \\frac{2}{\\lambda_{\\min} + \\lambda_{\\max}} = \\frac{2}{20} = 0.1,$$ and both factors are then $\\pm 0.8 = (\\kappa - 1)/(\\kappa + 1)$ with $\\kappa = 9$.`,
    mistakes: [
      { answer: '2/18', feedback: 'That is 2/λmax, the edge of stability: there the steep direction’s factor is −1, and it never shrinks.' },
      { answer: '1/18', feedback: 'That is 1/λmax: it settles the steep direction in one step but leaves the shallow one shrinking by only 1 − 2/18 a step.' },
    ],
  },
  {
    id: 'exercise-adam-first-moment',
    chapter,
    part: 2,
    title: 'Adam’s first moment, corrected',
    question: `Adam runs with $\\beta_1 = ${b1}$ and starts with $m_0 = 0$. The first gradient is $g_1 = ${g1}$. What is the bias-corrected first moment $\\hat m_1$?`,
    label: 'm̂₁ =',
    answer: { kind: 'number', value: ((1 - b1) * g1) / (1 - b1), tolerance: 1e-9 },
    accepts: ['(1-0.8)*5/(1-0.8)'],
    hints: ['First $m_1 = \\beta_1 m_0 + (1 - \\beta_1) g_1$.', 'Then divide by $1 - \\beta_1^1$.'],
    solution: `$m_1 = ${b1} \\cdot 0 + ${(1 - b1).toFixed(1)} \\cdot ${g1} = ${((1 - b1) * g1).toFixed(0)}$, and $\\hat m_1 = m_1 / (1 - ${b1}) = ${g1}$: the correction gives back the gradient itself, whatever $\\beta_1$ is.`,
    mistakes: [
      { answer: String((1 - b1) * g1), feedback: 'That is m₁ before the bias correction: divide it by 1 − β₁.' },
      { answer: String(b1 * g1), feedback: 'The new gradient enters with weight 1 − β₁, not β₁.' },
    ],
  },
  {
    id: 'exercise-which-diverged',
    chapter,
    part: 2,
    title: 'Which one blows up?',
    question:
      'On Rosenbrock’s function from $(-1.2, 1)$ the gradient is about 230 long. Plain gradient descent at rate 0.01 and Adam at rate 0.2 both start there. One of them diverges within a few steps. Which, and why?',
    label: 'The one that diverges is',
    answer: {
      kind: 'choice',
      value: 'gd',
      choices: [
        { value: 'gd', label: 'Gradient descent: its step is the rate times the gradient, about 2.3 long here, and it lands far up the valley wall' },
        { value: 'adam', label: 'Adam: its rate is twenty times larger' },
        { value: 'both', label: 'Both: any rate above 2/λmax diverges, whatever the method' },
      ],
    },
    hints: ['How long is each method’s first step? For Adam, recall what the bias correction does to the first step.'],
    solution:
      'Gradient descent moves by $\\eta \\lVert\\nabla f\\rVert \\approx 0.01 \\times 230 = 2.3$, far past the valley, where the gradient is larger still: each step is longer than the last, and the run diverges. Adam’s first steps are about $\\eta = 0.2$ per coordinate whatever the gradient’s size, because it divides by the gradient’s running size. (In the race figure, set gradient descent’s rate to 0.01: it diverges at step 5.)',
    mistakes: [
      { answer: 'adam', feedback: 'A larger rate means something else for Adam: its steps are about the rate in size, not the rate times the gradient.' },
      { answer: 'both', feedback: '2/λmax bounds a constant-rate step of η × gradient. Adam divides the gradient by its own size, so its steps are about η long.' },
    ],
  },
];
