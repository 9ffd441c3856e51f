import type { WidgetKind } from '../kind.ts';
import Landscapes from './Landscapes.tsx';
import { landscapesParams, landscapesQuantities, runLandscapes, type Landscape, type LandscapesExample } from './model.ts';

export const landscapes: WidgetKind<LandscapesExample, Landscape[]> = {
  name: 'landscapes',
  params: landscapesParams,
  run: runLandscapes,
  quantities: (_, result) => landscapesQuantities(result),
  plot: () => import('./plot.ts').then((m) => m.drawLandscapes),
  island: Landscapes,
};
