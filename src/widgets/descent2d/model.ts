import { point, runEnding } from '../caption.ts';
import { formatNumber } from '../format.ts';
import { stepRule } from '../step-rule.ts';
import {
  gradientDescent,
  leastSquares,
  linearRegression,
  type Objective,
  type Result,
  type SquaredLoss,
  type TrajectoryPoint,
} from '@descent/optimizer';
import { standardised, type Pairs } from '../../problems/datasets.ts';
import type { ExampleBase, ParamSpec, Quantities } from '../../problems/types.ts';
import type { Interval } from '../../plots/contours.ts';
import { quadraticText, scaled, swapped, type Surface } from '../../problems/surfaces.ts';
import { squaredErrors } from '../../problems/functions.ts';
import type { MapFrame } from '../surface.ts';

/** A straight line ŷ = intercept + slope · x fitted to paired data by a squared-error loss. */
export interface LineFit {
  kind: 'line';
  data: Pairs;
  loss: SquaredLoss;
  /** The order the reader sees the two parameters in (the package keeps the intercept first). */
  order: 'intercept-slope' | 'slope-intercept';
  /** Fit on the standardised feature z = (x − mean)/sd (population sd) instead of x. */
  standardise?: boolean;
}

/** What descent runs on, and how the book shows it. */
export interface Problem2D {
  /** TeX for the objective, shown by the prose. */
  tex: string;
  objective: Surface | LineFit;
  /** The two parameters' quantity names (`intercept`, `slope`; `w`, `b`; `x`, `y`…). */
  names: readonly [string, string];
  /** The two parameters as axis and column labels. */
  labels: readonly [string, string];
  /** The objective's label, such as SSR, MSE or T. */
  lossLabel: string;
  /**
   * The window of parameter space drawn; `equal` draws one unit the same length on both axes, and
   * `spacing` spaces the contour levels (log by default: losses span many orders of magnitude).
   */
  view: { x: Interval; y: Interval; equal?: boolean; spacing?: 'log' | 'linear' };
}

interface Descent2DSettings extends Record<string, number | string | readonly number[]> {
  x0: readonly number[];
  lr: number;
  steps: number;
  stop: 'gradient' | 'step';
  tol: number;
}

/** Where an example offers them, `method` (plain descent, or heavy-ball or Nesterov momentum) and its `beta`. */
export type Descent2DParams = Descent2DSettings & { method?: Method; beta?: number };

export type Method = 'gd' | 'momentum' | 'nesterov';

/** Gradient descent on a function of two parameters, drawn as a path over the loss contours. */
export interface Descent2DExample extends ExampleBase {
  widget: 'descent-2d';
  problem: Problem2D;
  defaults: Descent2DParams;
  /**
   * Also show the line fit's conditioning: its Hessian's eigenvalues, their ratio κ (and κ on the
   * standardised feature), the largest stable and the best constant rate and the steps at the best
   * one and at `compareRate`, Polyak's momentum settings and the two contraction rates.
   */
  conditioning?: { compareRate: number };
}

export const maxSteps = 200_000;
/** Space around the contour plot's frame, in SVG units: a click on the map is read against it. */
export const margins = { left: 48, right: 20, top: 20, bottom: 36 };
/** Iterates listed in the table before it skips to the last one. */
export const tableHead = 11;
/** Most points kept for drawing the path (besides the table's rows). */
const pathCap = 400;

export function descent2DParams(example: Descent2DExample): ParamSpec[] {
  const [x, y] = example.problem.labels;
  return [
    { kind: 'list', name: 'x0', label: `Start (${x}, ${y})`, length: 2, min: -1000, max: 1000 },
    { kind: 'number', name: 'lr', label: 'Learning rate', min: 0, aboveMin: true, max: 10, step: 0.001 },
    { kind: 'number', name: 'steps', label: 'Most steps', min: 1, max: maxSteps, integer: true, step: 1 },
    {
      kind: 'choice',
      name: 'stop',
      label: 'Stop when',
      choices: [
        { value: 'gradient', label: '‖gradient‖ < tol' },
        { value: 'step', label: 'every |step| < tol' },
      ],
    },
    { kind: 'number', name: 'tol', label: 'Tolerance', min: 0, aboveMin: true, max: 1, step: 0.0001 },
    ...(example.defaults.method === undefined ? [] : methodParams),
  ];
}

/** The map's frame in a drawn contour plot (its size is the SVG's), and a click's rounding: about a 50th of the window. */
export function startFrame(problem: Problem2D, svg: SVGSVGElement): MapFrame {
  const { width, height } = svg.viewBox.baseVal;
  return { left: margins.left, top: margins.top, width: width - margins.left - margins.right, height: height - margins.top - margins.bottom, domain: problem.view };
}

export function clickStep({ view }: Problem2D): number {
  const span = Math.min(view.x[1] - view.x[0], view.y[1] - view.y[0]);
  return 10 ** Math.floor(Math.log10(span / 50));
}

const methodParams: ParamSpec[] = [
  {
    kind: 'choice',
    name: 'method',
    label: 'Method',
    choices: [
      { value: 'gd', label: 'gradient descent' },
      { value: 'momentum', label: 'heavy ball' },
      { value: 'nesterov', label: 'Nesterov' },
    ],
  },
  { kind: 'number', name: 'beta', label: 'Momentum β', min: 0, max: 0.999, step: 0.001, slider: { min: 0, max: 0.99, step: 0.001 } },
];

/** The line's feature as the model sees it, and how to turn its parameters back into the raw feature's. */
function lineFeature(fit: LineFit) {
  if (!fit.standardise) return { x: fit.data.x, mean: 0, sd: 1 };
  const { z, mean, sd } = standardised(fit.data.x);
  return { x: z, mean, sd };
}

/** The objective as text in x and y (its first and second parameter in the reader's order), multiplied out for a line fit. */
export function formula2D({ objective: o }: Problem2D): string | undefined {
  if (o.kind === 'surface') return o.formula;
  const { x } = lineFeature(o);
  const n = x.length;
  const slopeIntercept = scaled(squaredErrors({ x, y: o.data.y }), o.loss === 'ssr' ? 1 : o.loss === 'mse' ? 1 / n : 1 / (2 * n));
  return quadraticText(o.order === 'slope-intercept' ? slopeIntercept : swapped(slopeIntercept));
}

/** The objective over (p₀, p₁) in the reader's order, its value for contours, and its minimiser if known. */
export function objective2D(problem: Problem2D) {
  const o = problem.objective;
  if (o.kind === 'surface') {
    const objective: Objective = (p, g) => {
      const [gx, gy] = o.gradient(p[0]!, p[1]!);
      g[0] = gx;
      g[1] = gy;
      return o.f(p[0]!, p[1]!);
    };
    return { objective, value: o.f, minimum: o.minimum };
  }
  const { x } = lineFeature(o);
  const fit = linearRegression(x, o.data.y, { loss: o.loss });
  const swap = o.order === 'slope-intercept';
  const theta = new Float64Array(2);
  const grad = new Float64Array(2);
  const objective: Objective = swap
    ? (p, g) => {
        theta[0] = p[1]!;
        theta[1] = p[0]!;
        const f = fit(theta, grad);
        g[0] = grad[1]!;
        g[1] = grad[0]!;
        return f;
      }
    : fit;
  const scratch = new Float64Array(2);
  const value = (a: number, b: number) => objective(Float64Array.of(a, b), scratch);
  const [intercept, slope] = leastSquares(x, o.data.y);
  return { objective, value, minimum: (swap ? [slope!, intercept!] : [intercept!, slope!]) as readonly [number, number] };
}

/** A run as the widget shows it: the result, the table's rows, and the (thinned) path drawn. */
export interface Run2D {
  result: Result;
  /** Iterates 0 to 10, then the last one. */
  rows: TrajectoryPoint[];
  /** Iterates left out of the table. */
  skipped: number;
  /** The drawn path: every table row, and up to {@link pathCap} iterates spread over the run. */
  path: TrajectoryPoint[];
  /** The minimiser and the objective there, when known. */
  minimum?: { x: readonly [number, number]; f: number };
  value: (x: number, y: number) => number;
  conditioning?: Conditioning & { best: Result; compared: Result; compareRate: number };
}

/** What the Hessian of a line fit's loss says about descent on it (see {@link lineConditioning}). */
export interface Conditioning {
  lambdaMin: number;
  lambdaMax: number;
  /** κ = λmax / λmin. */
  kappa: number;
  /** κ for the same fit on the standardised feature. */
  kappaStandardised: number;
  /** 2/λmax: constant rates above it diverge. */
  maxRate: number;
  /** 2/(λmin + λmax): the constant rate with the fastest worst-case contraction, (κ − 1)/(κ + 1). */
  bestRate: number;
  /** Polyak's heavy-ball settings: α = 4/(√λmax + √λmin)², β = ((√κ − 1)/(√κ + 1))². */
  polyakRate: number;
  polyakBeta: number;
  /** Per-step contraction at the best constant rate, (κ − 1)/(κ + 1), and with Polyak's momentum, (√κ − 1)/(√κ + 1). */
  gdFactor: number;
  momentumFactor: number;
  /** About how many steps each takes to shrink the error by a factor e: (κ + 1)/2 and √κ/2. */
  gdSteps: number;
  momentumSteps: number;
}

/** The eigenvalues of [[a, b], [b, d]], smaller first. */
function eigenvalues2(a: number, b: number, d: number): [number, number] {
  const mean = (a + d) / 2;
  const radius = Math.hypot((a - d) / 2, b);
  return [mean - radius, mean + radius];
}

/**
 * The loss of a line fit is quadratic in (intercept, slope), with the constant Hessian
 * c · [[n, Σx], [Σx, Σx²]] (c = 2/n for the MSE, 2 for the SSR): its eigenvalues set how fast
 * descent can go, whichever order the reader sees the parameters in.
 */
export function lineConditioning(fit: LineFit): Conditioning {
  const n = fit.data.x.length;
  const c = fit.loss === 'mse' ? 2 / n : 2;
  const hessian = (x: ArrayLike<number>) => {
    let [sx, sxx] = [0, 0];
    for (let i = 0; i < n; i++) {
      sx += x[i]!;
      sxx += x[i]! ** 2;
    }
    return eigenvalues2(c * n, c * sx, c * sxx);
  };
  const [lambdaMin, lambdaMax] = hessian(lineFeature(fit).x);
  const [zMin, zMax] = hessian(lineFeature({ ...fit, standardise: true }).x);
  const kappa = lambdaMax / lambdaMin;
  const root = Math.sqrt(kappa);
  return {
    lambdaMin,
    lambdaMax,
    kappa,
    kappaStandardised: zMax / zMin,
    maxRate: 2 / lambdaMax,
    bestRate: 2 / (lambdaMin + lambdaMax),
    polyakRate: 4 / (Math.sqrt(lambdaMax) + Math.sqrt(lambdaMin)) ** 2,
    polyakBeta: ((root - 1) / (root + 1)) ** 2,
    gdFactor: (kappa - 1) / (kappa + 1),
    momentumFactor: (root - 1) / (root + 1),
    gdSteps: (kappa + 1) / 2,
    momentumSteps: root / 2,
  };
}

export function runDescent2D(example: Descent2DExample, params: Descent2DParams): Run2D {
  const { objective, value, minimum } = objective2D(example.problem);
  const stop =
    params.stop === 'gradient' ? { maxSteps: params.steps, gradientNorm: params.tol } : { maxSteps: params.steps, minStepSize: params.tol };
  const fit = example.problem.objective;
  const conditioning = example.conditioning && fit.kind === 'line' ? lineConditioning(fit) : undefined;
  // Descent without a line search evaluates x_0, x_1, … once each, in order, so the objective can record
  // the table's first rows whole; the path thins the rest (the package's trajectory, capped, would
  // thin the first rows too).
  const head: TrajectoryPoint[] = [];
  let k = 0;
  let before: TrajectoryPoint | undefined;
  let latest: TrajectoryPoint | undefined;
  const recording: Objective = (p, g) => {
    const f = objective(p, g);
    const x = [p[0]!, p[1]!];
    const from = latest?.x ?? x;
    const point = { k, x, f, gradient: [g[0]!, g[1]!], step: [from[0]! - x[0]!, from[1]! - x[1]!] };
    if (k < tableHead) head.push(point);
    [before, latest] = [latest, point];
    k++;
    return f;
  };
  const result = gradientDescent(recording, Float64Array.from(params.x0), {
    ...stepRule(params.method ?? 'gd', params.lr, params.beta),
    stop,
    trajectory: { cap: pathCap },
  });
  // A diverging step may have been evaluated and then refused: keep accepted iterates only.
  const accepted = (p: TrajectoryPoint) => p.k <= result.iterations;
  const shown = head.filter(accepted);
  const last = accepted(latest!) ? latest! : before!;
  const rows = last.k < tableHead ? shown : [...shown, last];
  const path = [...shown, ...result.trajectory!.filter((p) => p.k >= tableHead)];
  return {
    result,
    rows,
    skipped: last.k + 1 - rows.length,
    path,
    value,
    ...(minimum && { minimum: { x: minimum, f: value(minimum[0], minimum[1]) } }),
    ...(conditioning && {
      conditioning: {
        ...conditioning,
        best: gradientDescent(objective, Float64Array.from(params.x0), { learningRate: conditioning.bestRate, stop }),
        compared: gradientDescent(objective, Float64Array.from(params.x0), { learningRate: example.conditioning!.compareRate, stop }),
        compareRate: example.conditioning!.compareRate,
      },
    }),
  };
}

/** The line's parameters in the raw feature's units, for a fit on the standardised feature. */
export function originalUnits(problem: Problem2D, p: ArrayLike<number>): [number, number] | undefined {
  const o = problem.objective;
  if (o.kind !== 'line' || !o.standardise) return undefined;
  const { mean, sd } = lineFeature(o);
  const [intercept, slope] = o.order === 'slope-intercept' ? [p[1]!, p[0]!] : [p[0]!, p[1]!];
  const raw = [intercept - (slope * mean) / sd, slope / sd];
  return o.order === 'slope-intercept' ? [raw[1]!, raw[0]!] : [raw[0]!, raw[1]!];
}

/** Every number the widget shows, at full precision: results, the minimiser, and each table row. */
export function descent2DQuantities(example: Descent2DExample, run: Run2D): Quantities {
  const [a, b] = example.problem.names;
  const { result, minimum } = run;
  const quantities: Quantities = {
    [a]: result.x[0]!,
    [b]: result.x[1]!,
    f: result.f,
    iterations: result.iterations,
    status: result.reason,
  };
  if (minimum) {
    quantities[`optimum.${a}`] = minimum.x[0];
    quantities[`optimum.${b}`] = minimum.x[1];
    quantities['optimum.f'] = minimum.f;
    quantities.distance = Math.hypot(result.x[0]! - minimum.x[0], result.x[1]! - minimum.x[1]);
  }
  const c = run.conditioning;
  if (c) {
    Object.assign(quantities, {
      'lambda.min': c.lambdaMin,
      'lambda.max': c.lambdaMax,
      kappa: c.kappa,
      'kappa.standardised': c.kappaStandardised,
      'rate.max': c.maxRate,
      'rate.best': c.bestRate,
      'best.iterations': c.best.iterations,
      'best.status': c.best.reason,
      'compared.iterations': c.compared.iterations,
      'compared.status': c.compared.reason,
      'polyak.lr': c.polyakRate,
      'polyak.beta': c.polyakBeta,
      'factor.gd': c.gdFactor,
      'factor.momentum': c.momentumFactor,
      'efold.gd': c.gdSteps,
      'efold.momentum': c.momentumSteps,
    });
  }
  const original = originalUnits(example.problem, result.x);
  if (original) {
    quantities[`original.${a}`] = original[0];
    quantities[`original.${b}`] = original[1];
  }
  for (const point of run.rows) {
    quantities[`${a}@${point.k}`] = point.x[0]!;
    quantities[`${b}@${point.k}`] = point.x[1]!;
    quantities[`df.${a}@${point.k}`] = point.gradient[0]!;
    quantities[`df.${b}@${point.k}`] = point.gradient[1]!;
    quantities[`f@${point.k}`] = point.f;
  }
  return quantities;
}

/** The caption: where the run starts, at what rate, and how it ends. */
export function describeDescent2D(example: Descent2DExample, params: Descent2DParams, run: Run2D): string {
  const { labels } = example.problem;
  const method = params.method === 'momentum' || params.method === 'nesterov' ? ` with ${params.method === 'momentum' ? 'heavy-ball' : 'Nesterov'} momentum β = ${formatNumber(params.beta ?? 0)}` : '';
  return `From (${labels.join(', ')}) = ${point(labels, params.x0)} at rate ${formatNumber(params.lr)}${method} the iterates ${runEnding(run.result, labels)}.`;
}
