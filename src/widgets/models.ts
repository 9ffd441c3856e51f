import type { Example } from '../examples/index.ts';
import type { ParamSpec, Params, Quantities } from '../examples/types.ts';
import { decomposition } from './decomposition/kind.ts';
import { descent1D } from './descent1d/kind.ts';
import { implicit } from './implicit/kind.ts';
import { polynomialFit } from './polyfit/kind.ts';
import type { WidgetKind } from './kind.ts';

/** Every widget kind, by the `widget` name its examples carry. */
const kinds = {
  'descent-1d': descent1D,
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
