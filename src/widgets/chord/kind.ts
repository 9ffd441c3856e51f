import type { WidgetKind } from '../kind.ts';
import { chordParams, chordQuantities, runChord, type ChordExample } from './model.ts';
import { drawChord } from './plot.ts';

export const chord: WidgetKind<ChordExample> = {
  params: (example) => chordParams(example.defaults.fn),
  quantities: (_, params) => chordQuantities(runChord(params)),
  plot: (example, document) => drawChord(runChord(example.defaults), document),
};
