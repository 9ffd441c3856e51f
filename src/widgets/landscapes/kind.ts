import type { WidgetKind } from '../kind.ts';
import { landscapesParams, landscapesQuantities, runLandscapes, type LandscapesExample } from './model.ts';
import { drawLandscapes } from './plot.ts';

export const landscapes: WidgetKind<LandscapesExample> = {
  params: landscapesParams,
  quantities: (example, params) => landscapesQuantities(runLandscapes(example, params)),
  plot: (example, document) => drawLandscapes(example, runLandscapes(example, example.defaults), document),
};
