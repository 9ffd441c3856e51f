import type { WidgetKind } from '../kind.ts';
import { runScale, scaleParams, scaleQuantities, type ScaleExample } from './model.ts';
import { drawScale } from './plot.ts';

export const scale: WidgetKind<ScaleExample> = {
  params: scaleParams,
  quantities: (example, params) => scaleQuantities(runScale(example.problem, params)),
  plot: (example, document) => drawScale(example, runScale(example.problem, example.defaults), document),
};
