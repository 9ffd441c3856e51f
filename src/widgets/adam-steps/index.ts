import { buildOnly, type WidgetKind } from '../kind.ts';
import AdamSteps from './AdamSteps.tsx';
import { adamStepsParams, adamStepsQuantities, describeAdamSteps, runAdamSteps, type AdamStepsExample, type AdamStepsRun } from './model.ts';

export const adamSteps: WidgetKind<AdamStepsExample, AdamStepsRun> = {
  name: 'adam-steps',
  params: adamStepsParams,
  run: runAdamSteps,
  quantities: import.meta.env.SSR ? adamStepsQuantities : buildOnly,
  describe: describeAdamSteps,
  plot: () => import('./plot.ts').then((m) => m.drawAdamSteps),
  island: AdamSteps,
};
