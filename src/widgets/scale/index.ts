import { buildOnly, type WidgetKind } from '../kind.ts';
import { describeScale } from './protocol.ts';
import ScaleSGD from './ScaleSGD.tsx';
import { runScale, scaleParams, scaleQuantities, type ScaleExample, type ScaleRun } from './model.ts';

export const scale: WidgetKind<ScaleExample, ScaleRun, { initial: ScaleRun }> = {
  name: 'sgd-scale',
  params: scaleParams,
  // The browser runs it in a worker (useWorkerRun), never through the kind.
  run: import.meta.env.SSR ? (example, params) => runScale(example.problem, params) : buildOnly,
  quantities: import.meta.env.SSR ? (_, result) => scaleQuantities(result) : buildOnly,
  describe: (_, params, run) => describeScale(params, run),
  plot: () => import('./plot.ts').then((m) => m.drawScale),
  island: ScaleSGD,
  // The built run goes with the page: the browser computes other settings in a worker, and these only on Run.
  islandProps: (run) => ({ initial: run }),
};
