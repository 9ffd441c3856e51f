import { buildOnly, type WidgetKind } from '../kind.ts';
import ChordExplorer from './ChordExplorer.tsx';
import { chordParams, chordQuantities, runChord, type Chord, type ChordExample, describeChord } from './model.ts';

export const chord: WidgetKind<ChordExample, Chord> = {
  name: 'chord',
  params: (example) => chordParams(example.defaults.fn),
  run: (_, params) => runChord(params),
  quantities: import.meta.env.SSR ? (_, result) => chordQuantities(result) : buildOnly,
  describe: (_, params, result) => describeChord(params, result),
  plot: () => import('./plot.ts').then((m) => (_, result, document) => m.drawChord(result, document)),
  island: ChordExplorer,
};
