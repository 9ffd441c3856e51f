import { adamSteps } from './adam-steps/index.ts';
import { basins } from './basins/index.ts';
import { batchSplit } from './batchsplit/index.ts';
import { chord } from './chord/index.ts';
import { compare1D } from './compare1d/index.ts';
import { decomposition } from './decomposition/index.ts';
import { descent1D } from './descent1d/index.ts';
import { descent2D } from './descent2d/index.ts';
import { gradientField } from './gradient-field/index.ts';
import { gridSearch } from './grid-search/index.ts';
import { implicit } from './implicit/index.ts';
import type { Draw, WidgetKind } from './kind.ts';
import { landscapes } from './landscapes/index.ts';
import { miniBatch } from './minibatch/index.ts';
import { minimize1D } from './minimize1d/index.ts';
import { polynomialFit } from './polyfit/index.ts';
import { playground } from './playground/index.ts';
import { race } from './race/index.ts';
import { scale } from './scale/index.ts';
import { schedulesKind } from './schedules/index.ts';
import { slices } from './slices/index.ts';
import { tangent } from './tangent/index.ts';
import { walkthrough } from './walkthrough/index.ts';
import type { ParamSpec, Params, Quantities } from '../problems/types.ts';

/**
 * Every widget kind. The build and the tests read it; the browser never does: each island
 * imports only its own kind, so that a page loads no other kind's code.
 */
export const kinds = [
  descent1D,
  walkthrough,
  compare1D,
  minimize1D,
  descent2D,
  gridSearch,
  tangent,
  slices,
  gradientField,
  miniBatch,
  batchSplit,
  scale,
  chord,
  basins,
  landscapes,
  decomposition,
  polynomialFit,
  implicit,
  race,
  adamSteps,
  schedulesKind,
  playground,
] as const;

/** Every worked example in the book: an example of one of the kinds. */
export type Example = Parameters<(typeof kinds)[number]['run']>[0];

/** The kind an example belongs to. */
export function kindOf(example: Example): WidgetKind<Example, unknown, any> {
  const kind = kinds.find((k) => k.name === example.widget);
  if (!kind) throw new Error(`No widget kind is named "${example.widget}".`);
  return kind as unknown as WidgetKind<Example, unknown, any>;
}

/** The controls and URL parameters an example accepts. */
export function exampleParams(example: Example): ParamSpec[] {
  return kindOf(example).params(example);
}

/** Runs an example with its defaults, or with `params`, and returns every quantity its widget shows. */
export function exampleQuantities(example: Example, params: Params = example.defaults): Quantities {
  const kind = kindOf(example);
  return kind.quantities(example, kind.run(example, params as Example['defaults']));
}

// Code some kinds load only when a reader edits, loaded before any run.
await Promise.all(kinds.map((kind) => kind.load?.()));

// Every kind's plot code, loaded once before any page is drawn: pages then draw their plots in page order.
const draws = new Map(await Promise.all(kinds.map(async (kind) => [kind.name, await kind.plot()] as const)));

/** The example's plot of `result` (by default its run with its defaults), drawn into `document` (a build-time DOM). */
export function examplePlot(example: Example, document: Document, result = kindOf(example).run(example, example.defaults)): Element {
  return (draws.get(example.widget) as Draw<Example, unknown>)(example, result, document);
}
