import type { WidgetKind } from '../kind.ts';
import ScaleSGD from './ScaleSGD.tsx';
import { runScale, scaleParams, scaleQuantities, type ScaleExample, type ScaleRun } from './model.ts';

export const scale: WidgetKind<ScaleExample, ScaleRun, { initial: ScaleRun }> = {
  name: 'sgd-scale',
  params: scaleParams,
  run: (example, params) => runScale(example.problem, params),
  quantities: (_, result) => scaleQuantities(result),
  plot: () => import('./plot.ts').then((m) => m.drawScale),
  island: ScaleSGD,
  // The built run goes with the page: the browser computes other settings in a worker, and these only on Run.
  islandProps: (run) => ({ initial: run }),
};
