import { buildOnly, type WidgetKind } from '../kind.ts';
import Race from './Race.tsx';
import { describeRace, raceParams, raceQuantities, runRace, type RaceExample, type RaceRun } from './model.ts';

export const race: WidgetKind<RaceExample, RaceRun> = {
  name: 'race',
  params: raceParams,
  run: runRace,
  quantities: import.meta.env.SSR ? raceQuantities : buildOnly,
  describe: describeRace,
  plot: () => import('./plot.ts').then((m) => m.drawRace),
  island: Race,
};
