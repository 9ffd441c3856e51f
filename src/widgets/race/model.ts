import { gradientDescent, type Objective, type Result } from '@descent/optimizer';
import type { Interval } from '../../plots/contours.ts';
import type { ExampleBase, ParamSpec, Params, Quantities } from '../../problems/types.ts';
import { statusText } from '../status.ts';
import { formatNumber } from '../format.ts';
import { stepRule } from '../step-rule.ts';

/** A surface the race runs on: its function, gradient, minimiser and the window drawn. */
export interface RaceSurface {
  label: string;
  formula: string;
  f: (x: number, y: number) => number;
  gradient: (x: number, y: number) => readonly [number, number];
  minimum: readonly [number, number];
  view: { x: Interval; y: Interval };
}

/** Rosenbrock's banana valley, f = (1 − x)² + 100 (y − x²)², minimum at (1, 1). */
const rosenbrock: RaceSurface = {
  label: 'Rosenbrock’s valley',
  formula: 'f = (1 − x)² + 100(y − x²)²',
  f: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  gradient: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
  minimum: [1, 1],
  view: { x: [-1.5, 1.5], y: [-0.5, 1.5] },
};

/** A long, thin bowl tilted off the axes, f = (x + y)²/20 + 5 (x − y)², minimum at (0, 0): κ = 100. */
const tiltedBowl: RaceSurface = {
  label: 'a tilted bowl (κ = 100)',
  formula: 'f = (x + y)²/20 + 5(x − y)²',
  f: (x, y) => (x + y) ** 2 / 20 + 5 * (x - y) ** 2,
  gradient: (x, y) => [(x + y) / 10 + 10 * (x - y), (x + y) / 10 - 10 * (x - y)],
  minimum: [0, 0],
  view: { x: [-2, 2], y: [-1, 3] },
};

export const raceSurfaces = { rosenbrock, bowl: tiltedBowl } as const;
export type SurfaceName = keyof typeof raceSurfaces;

/** The six racers, in the order of the table and the legend. */
export const racers = [
  { name: 'gd', label: 'gradient descent' },
  { name: 'momentum', label: 'heavy-ball momentum' },
  { name: 'nesterov', label: 'Nesterov' },
  { name: 'adagrad', label: 'AdaGrad' },
  { name: 'rmsprop', label: 'RMSProp' },
  { name: 'adam', label: 'Adam' },
] as const;
export type Racer = (typeof racers)[number]['name'];

export interface RaceParams extends Params {
  surface: SurfaceName;
  x0: readonly number[];
  /** Each racer's learning rate, under its own name. */
  gd: number;
  momentum: number;
  nesterov: number;
  adagrad: number;
  rmsprop: number;
  adam: number;
  /** β of both momentum methods. */
  beta: number;
  steps: number;
  tol: number;
}

/** Six optimizers from one start on one surface, each with its own rate, to one gradient tolerance. */
export interface RaceExample extends ExampleBase {
  widget: 'race';
  defaults: RaceParams;
}

export const maxSteps = 20_000;
/** Points kept per path for drawing. */
const pathCap = 200;

export function raceParams(): ParamSpec[] {
  return [
    {
      kind: 'choice',
      name: 'surface',
      label: 'Surface',
      choices: Object.entries(raceSurfaces).map(([value, s]) => ({ value, label: s.label })),
    },
    { kind: 'list', name: 'x0', label: 'Start (x, y)', length: 2, min: -100, max: 100 },
    ...racers.map(
      ({ name, label }): ParamSpec => ({
        kind: 'number',
        name,
        label: `Rate, ${label}`,
        min: 0,
        aboveMin: true,
        max: 10,
        step: 0.0001,
        ...(name === 'gd' && { slider: { min: 0.0001, max: 0.01, step: 0.0001 } }),
      }),
    ),
    { kind: 'number', name: 'beta', label: 'Momentum β', min: 0, max: 0.999, step: 0.01 },
    { kind: 'number', name: 'steps', label: 'Most steps', min: 1, max: maxSteps, integer: true, step: 100 },
    { kind: 'number', name: 'tol', label: 'Tolerance on ‖gradient‖', min: 0, aboveMin: true, max: 1, step: 0.0001 },
  ];
}

export interface Lane {
  racer: Racer;
  label: string;
  result: Result;
  /** The drawn path, thinned to about {@link pathCap} points. */
  path: { x: number; y: number }[];
}

export interface RaceRun {
  surface: RaceSurface;
  lanes: Lane[];
}

/** Each racer's last lane and the settings it ran with: moving one racer's rate re-runs that racer alone. */
const lastLanes = new Map<Racer, { key: string; lane: Lane }>();

function runLane(racer: Racer, label: string, params: RaceParams): Lane {
  const key = [params.surface, ...params.x0, params[racer], racer === 'momentum' || racer === 'nesterov' ? params.beta : '', params.steps, params.tol].join();
  const last = lastLanes.get(racer);
  if (last?.key === key) return last.lane;
  const surface = raceSurfaces[params.surface];
  const objective: Objective = (p, g) => {
    const [gx, gy] = surface.gradient(p[0]!, p[1]!);
    g[0] = gx;
    g[1] = gy;
    return surface.f(p[0]!, p[1]!);
  };
  const result = gradientDescent(objective, Float64Array.from(params.x0), {
    ...stepRule(racer, params[racer], params.beta),
    stop: { maxSteps: params.steps, gradientNorm: params.tol },
    trajectory: { cap: pathCap },
  });
  const lane = { racer, label, result, path: result.trajectory!.map((p) => ({ x: p.x[0]!, y: p.x[1]! })) };
  lastLanes.set(racer, { key, lane });
  return lane;
}

export function runRace(_example: RaceExample, params: RaceParams): RaceRun {
  return { surface: raceSurfaces[params.surface], lanes: racers.map(({ name, label }) => runLane(name, label, params)) };
}

export function raceQuantities(_example: RaceExample, run: RaceRun): Quantities {
  const quantities: Quantities = {};
  for (const { racer, result } of run.lanes) {
    quantities[`${racer}.iterations`] = result.iterations;
    quantities[`${racer}.x`] = result.x[0]!;
    quantities[`${racer}.y`] = result.x[1]!;
    quantities[`${racer}.f`] = result.f;
    quantities[`${racer}.status`] = result.reason;
  }
  return quantities;
}

export function describeRace(_example: RaceExample, params: RaceParams, run: RaceRun): string {
  const done = run.lanes.filter((l) => l.result.reason === 'converged').sort((a, b) => a.result.iterations - b.result.iterations);
  const diverged = run.lanes.filter((l) => l.result.reason === 'diverged');
  const start = `From (${formatNumber(params.x0[0]!)}, ${formatNumber(params.x0[1]!)}) on ${run.surface.label}`;
  const first = done[0]
    ? `${done[0].label} reaches ‖gradient‖ < ${formatNumber(params.tol)} first, after ${done[0].result.iterations} steps`
    : `no method reaches ‖gradient‖ < ${formatNumber(params.tol)} within ${params.steps} steps`;
  const others = `${done.length} of 6 get there`;
  const bad = diverged.map((l) => `${l.label} ${statusText(l.result)}`).join('; ');
  return `${start}, ${first}; ${others}${bad ? `; ${bad}` : ''}.`;
}
