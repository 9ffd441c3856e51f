import type { Interval } from '../plots/contours.ts';
import { playgroundHref } from './playground/link.ts';
import { maxSteps, type PlaygroundParams } from './playground/model.ts';

/**
 * The playground set up to reproduce an example: its settings, and the example's own names of the
 * function's variables where they are not x (and y), which the playground always calls x and y.
 */
export interface PlaygroundLink {
  settings: Partial<PlaygroundParams>;
  variables?: readonly string[];
}

interface Descent {
  start: readonly number[];
  /** None for BFGS, which searches along each direction. */
  lr?: number;
  steps: number;
  stop: 'gradient' | 'step';
  tol: number;
  method?: PlaygroundParams['method'];
  beta?: number;
}

/**
 * The link for a run on `formula` (or none, for a function the book has no text for), drawn over
 * `view`: x from, to, and y from, to for a function of two variables.
 */
export function descentLink(formula: string | undefined, run: Descent, view: { x: Interval; y?: Interval }, variables?: readonly string[]): PlaygroundLink | undefined {
  if (formula === undefined) return undefined;
  const { start, lr, steps, stop, tol, method = 'gd', beta } = run;
  const renamed = variables && variables.some((v, i) => v !== ['x', 'y'][i]);
  return {
    settings: {
      f: formula,
      method,
      ...(lr === undefined ? {} : { lr }),
      ...(beta === undefined ? {} : { beta }),
      start,
      // An example may allow more steps than the playground; it runs as many as it can.
      steps: Math.min(steps, maxSteps),
      stop,
      tol,
      xrange: view.x,
      ...(view.y ? { yrange: view.y } : {}),
    },
    ...(renamed ? { variables } : {}),
  };
}

/**
 * The link as the figure shows it: its address under the site's base, and what it says, "Open in
 * the playground", with the variables renamed where they are ("m as x, b as y").
 */
export function shownLink(link: PlaygroundLink): { href: string; text: string } {
  const renamed = link.variables?.map((v, i) => `${v} as ${['x', 'y'][i]}`).join(', ');
  return {
    href: playgroundHref(import.meta.env.BASE_URL.replace(/\/?$/, '/'), link.settings),
    text: renamed ? `Open in the playground (${renamed})` : 'Open in the playground',
  };
}
