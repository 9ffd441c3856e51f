import { buildOnly, type WidgetKind } from '../kind.ts';
import Landscapes from './Landscapes.tsx';
import { landscapesParams, landscapesQuantities, runLandscapes, type Landscape, type LandscapesExample, describeLandscapes } from './model.ts';

export const landscapes: WidgetKind<LandscapesExample, Landscape[]> = {
  name: 'landscapes',
  params: landscapesParams,
  run: runLandscapes,
  quantities: import.meta.env.SSR ? (_, result) => landscapesQuantities(result) : buildOnly,
  describe: (_, params, result) => describeLandscapes(params, result),
  plot: () => import('./plot.ts').then((m) => m.drawLandscapes),
  island: Landscapes,
};
