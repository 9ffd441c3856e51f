import type { WidgetKind } from '../kind.ts';
import { runWalkthrough, shownStep, walkthroughParams, walkthroughQuantities, type WalkthroughExample } from './model.ts';
import { drawWalkthrough } from './plot.ts';

export const walkthrough: WidgetKind<WalkthroughExample> = {
  params: walkthroughParams,
  quantities: (example, params) => walkthroughQuantities(example, runWalkthrough(example, params)),
  plot: (example, document) => {
    const result = runWalkthrough(example, example.defaults);
    return drawWalkthrough(example, result, shownStep(result, example.defaults), document);
  },
};
