import { buildOnly, type WidgetKind } from '../kind.ts';
import type { PointValues } from '../surface.ts';
import Slices from './Slices.tsx';
import { runSlices, slicesParams, slicesQuantities, type SlicesExample, describeSlices } from './model.ts';

export const slices: WidgetKind<SlicesExample, PointValues> = {
  name: 'slices',
  params: slicesParams,
  run: runSlices,
  quantities: import.meta.env.SSR ? (_, result) => slicesQuantities(result) : buildOnly,
  describe: (example, _, values) => describeSlices(example, values),
  plot: () => import('./plot.ts').then((m) => m.drawSlices),
  island: Slices,
};
