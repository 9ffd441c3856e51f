import { buildOnly, type WidgetKind } from '../kind.ts';
import Playground from './Playground.tsx';
import { describePlayground, playgroundParams, playgroundQuantities, type PlaygroundExample, type PlaygroundRun } from './model.ts';
import { loadedTools, loadTools, tools } from './tools.ts';
import type { IslandData } from './Playground.tsx';

export const playground: WidgetKind<PlaygroundExample, PlaygroundRun, IslandData> = {
  name: 'playground',
  params: playgroundParams,
  check(_example, params) {
    if (params.xrange[0]! >= params.xrange[1]!) return 'The window’s x must run from a smaller number to a larger one';
    if (params.yrange[0]! >= params.yrange[1]!) return 'The window’s y must run from a smaller number to a larger one';
    if (params.schedule !== 'constant' && params.schedule !== 'inverse' && !(params.decay > 0 && params.decay < 1))
      return `The decay d of ${params.schedule === 'step' ? 'a step' : 'an exponential'} schedule must lie strictly between 0 and 1`;
    // The function and the start can be checked only once the reader is loaded; until then the run refuses them.
    const loaded = loadedTools();
    return loaded?.refusal(params)?.message.replace(/\.$/, '');
  },
  load: loadTools,
  run: (_example, params) => tools().runPlayground(params),
  quantities: import.meta.env.SSR ? (_example, run) => playgroundQuantities(run.view) : buildOnly,
  describe: (_example, params, run) => describePlayground(params, run.view),
  plot: () => import('./plot.ts').then((m) => m.drawPlayground),
  island: Playground,
  islandProps(run) {
    if (!run.view.ok) throw new Error(`The playground's default is refused: ${run.view.message}`);
    const reading = tools().readFunction(run.view.f);
    if (!reading.ok) throw new Error(reading.message);
    return { initial: run.view, typeset: tools().typesetFunction(reading.fn) };
  },
};
