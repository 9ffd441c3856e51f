import type { Example } from '../examples/index.ts';
import type { ParamSpec, Params, Quantities } from '../problems/types.ts';
import { basins } from './basins/kind.ts';
import { batchSplit } from './batchsplit/kind.ts';
import { chord } from './chord/kind.ts';
import { compare1D } from './compare1d/kind.ts';
import { decomposition } from './decomposition/kind.ts';
import { descent1D } from './descent1d/kind.ts';
import { descent2D } from './descent2d/kind.ts';
import { gradientField } from './gradient-field/kind.ts';
import { gridSearch } from './grid-search/kind.ts';
import { implicit } from './implicit/kind.ts';
import type { WidgetKind } from './kind.ts';
import { landscapes } from './landscapes/kind.ts';
import { miniBatch } from './minibatch/kind.ts';
import { minimize1D } from './minimize1d/kind.ts';
import { polynomialFit } from './polyfit/kind.ts';
import { scale } from './scale/kind.ts';
import { slices } from './slices/kind.ts';
import { tangent } from './tangent/kind.ts';
import { walkthrough } from './walkthrough/kind.ts';

/** Every widget kind, by the `widget` name its examples carry. */
const kinds = {
  'descent-1d': descent1D,
  walkthrough,
  'compare-1d': compare1D,
  'minimize-1d': minimize1D,
  'descent-2d': descent2D,
  'grid-search': gridSearch,
  tangent,
  slices,
  'gradient-field': gradientField,
  minibatch: miniBatch,
  'batch-split': batchSplit,
  'sgd-scale': scale,
  chord,
  basins,
  landscapes,
  'error-decomposition': decomposition,
  'polynomial-fit': polynomialFit,
  'implicit-regularisation': implicit,
} satisfies { [K in Example['widget']]: WidgetKind<Extract<Example, { widget: K }>> };

function kindOf(example: Example): WidgetKind<Example> {
  return kinds[example.widget] as WidgetKind<Example>;
}

/** The controls and URL parameters an example accepts. */
export function exampleParams(example: Example): ParamSpec[] {
  return kindOf(example).params(example);
}

/** Runs an example with its defaults, or with `params`, and returns every quantity its widget shows. */
export function exampleQuantities(example: Example, params: Params = example.defaults): Quantities {
  return kindOf(example).quantities(example, params as Example['defaults']);
}

/** The example's plot for its default settings, drawn into `document` (a build-time DOM on the server). */
export function examplePlot(example: Example, document: Document): Element {
  return kindOf(example).plot(example, document);
}
