import { runEnding } from '../caption.ts';
import { formatNumber } from '../format.ts';
import { gradientDescent, type Objective, type Result } from '@descent/optimizer';
import type { ExampleBase, ParamSpec, Quantities } from '../../problems/types.ts';
import type { Interval } from '../../plots/contours.ts';

/** A function of two variables with its gradient. */
export interface Surface {
  /** Its name in quantity names (`bowl.iterations`) and headings. */
  name: string;
  /** How readers see it named, e.g. "the bowl". */
  label: string;
  f: (x: number, y: number) => number;
  gradient: (x: number, y: number) => readonly [number, number];
}

export interface LandscapesParams extends Record<string, number | string | readonly number[]> {
  x0: readonly number[];
  lr: number;
  steps: number;
  tol: number;
}

/** The same gradient descent (start, rate, stop rule) on two surfaces, drawn one above the other. */
export interface LandscapesExample extends ExampleBase {
  widget: 'landscapes';
  problem: { surfaces: readonly [Surface, Surface]; view: { x: Interval; y: Interval } };
  defaults: LandscapesParams;
}

export const maxSteps = 20_000;
/** The rows of the comparison table: the loss after these many steps, while either run is still going. */
export const milestones = [0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000];

export function landscapesParams(): ParamSpec[] {
  return [
    { kind: 'list', name: 'x0', label: 'Start (x, y)', length: 2, min: -10, max: 10 },
    { kind: 'number', name: 'lr', label: 'Learning rate', min: 0, aboveMin: true, max: 10, step: 0.05 },
    { kind: 'number', name: 'steps', label: 'Most steps', min: 1, max: maxSteps, integer: true, step: 100 },
    { kind: 'number', name: 'tol', label: 'Tolerance on ‖gradient‖', min: 0, aboveMin: true, max: 1, step: 0.0001 },
  ];
}

function objective(surface: Surface): Objective {
  return (p, g) => {
    const [gx, gy] = surface.gradient(p[0]!, p[1]!);
    g[0] = gx;
    g[1] = gy;
    return surface.f(p[0]!, p[1]!);
  };
}

export interface Landscape {
  surface: Surface;
  /** The run, with every iterate recorded. */
  result: Result;
}

export function runLandscapes(example: LandscapesExample, params: LandscapesParams): Landscape[] {
  return example.problem.surfaces.map((surface) => ({
    surface,
    result: gradientDescent(objective(surface), params.x0, {
      learningRate: params.lr,
      stop: { maxSteps: params.steps, gradientNorm: params.tol },
      trajectory: { cap: params.steps + 1 },
    }),
  }));
}

/** The table's step counts: the milestones that at least one run reached, and the last step of each run. */
export function tableSteps(landscapes: readonly Landscape[]): number[] {
  const ends = landscapes.map((l) => l.result.iterations);
  const longest = Math.max(...ends);
  return [...new Set([...milestones.filter((k) => k <= longest), ...ends])].sort((p, q) => p - q);
}

/** Every number the widget shows, at full precision: each run's end and its loss at each milestone. */
export function landscapesQuantities(landscapes: readonly Landscape[]): Quantities {
  const quantities: Quantities = {};
  const steps = tableSteps(landscapes);
  for (const { surface, result } of landscapes) {
    const n = surface.name;
    quantities[`${n}.x.0`] = result.x[0]!;
    quantities[`${n}.x.1`] = result.x[1]!;
    quantities[`${n}.f`] = result.f;
    quantities[`${n}.iterations`] = result.iterations;
    quantities[`${n}.status`] = result.reason;
    const trajectory = result.trajectory ?? [];
    for (const k of steps) {
      const point = trajectory[k];
      if (point?.k === k) quantities[`${n}.f@${k}`] = point.f;
    }
  }
  return quantities;
}

/** The caption: the start and rate, and how the run ends on each surface. */
export function describeLandscapes(params: LandscapesParams, landscapes: readonly Landscape[]): string {
  const ends = landscapes.map(({ surface, result }) => `on ${surface.label} the iterates ${runEnding(result, ['x', 'y'])}`);
  return `From (${params.x0.map((v) => formatNumber(v)).join(', ')}) at rate ${formatNumber(params.lr)}: ${ends.join('; ')}.`;
}
