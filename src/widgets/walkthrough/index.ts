import { buildOnly, type WidgetKind } from '../kind.ts';
import { descentLink } from '../playgroundLink.ts';
import Walkthrough from './Walkthrough.tsx';
import { ssrFormula, runWalkthroughStep, walkthroughParams, walkthroughQuantities, type WalkthroughExample, type WalkthroughStep, describeWalkthrough } from './model.ts';

export const walkthrough: WidgetKind<WalkthroughExample, WalkthroughStep> = {
  name: 'walkthrough',
  params: walkthroughParams,
  run: runWalkthroughStep,
  quantities: import.meta.env.SSR ? (example, shown) => walkthroughQuantities(example, shown.result) : buildOnly,
  describe: (_, params, shown) => describeWalkthrough(params, shown),
  playground: ({ problem }, { x0, lr, steps, tol }) =>
    descentLink(ssrFormula(problem), { start: [x0], lr, steps, stop: 'step', tol }, { x: problem.domain }, ['intercept']),
  plot: () => import('./plot.ts').then((m) => (example, shown, document) => m.drawWalkthrough(example, shown.result, shown.k, document)),
  island: Walkthrough,
};
