import type { Example } from '../examples/index.ts';
import type { ParamSpec, Params, Quantities } from '../examples/types.ts';
import { descent1DParams, descent1DQuantities, runDescent1D, type Descent1DParams } from './descent1d/model.ts';

/** The controls and URL parameters an example accepts. */
export function exampleParams(example: Example): ParamSpec[] {
  switch (example.widget) {
    case 'descent-1d':
      return descent1DParams(example);
  }
}

/** Runs an example with its defaults, or with `params`, and returns every quantity its widget shows. */
export function exampleQuantities(example: Example, params: Params = example.defaults): Quantities {
  switch (example.widget) {
    case 'descent-1d':
      return descent1DQuantities(runDescent1D(example, params as Descent1DParams));
  }
}
