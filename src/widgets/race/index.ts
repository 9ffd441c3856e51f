import { buildOnly, type WidgetKind } from '../kind.ts';
import { descentLink } from '../playgroundLink.ts';
import Race from './Race.tsx';
import { describeRace, raceSurfaces, raceParams, raceQuantities, runRace, type RaceExample, type RaceRun } from './model.ts';

export const race: WidgetKind<RaceExample, RaceRun> = {
  name: 'race',
  params: raceParams,
  run: runRace,
  quantities: import.meta.env.SSR ? raceQuantities : buildOnly,
  describe: describeRace,
  // The playground runs two optimizers at once: gradient descent and heavy-ball momentum, at the race's rates.
  playground(_example, params) {
    const surface = raceSurfaces[params.surface];
    const run = { start: params.x0, lr: params.gd, beta: params.beta, steps: params.steps, stop: 'gradient', tol: params.tol } as const;
    const link = descentLink(surface.formula.replace(/^f = /, ''), run, surface.view)!;
    return { ...link, settings: { ...link.settings, compare: 'momentum', lr2: params.momentum } };
  },
  plot: () => import('./plot.ts').then((m) => m.drawRace),
  island: Race,
};
