import type { LegendEntry } from '../legend.tsx';
import { racers } from './model.ts';

const colours = ['#4269d0', '#e8a30c', '#e0523a', '#2a9d8f', '#3ca951', '#c75ea0'];
const dashes = [null, '6 3', '2 2', '8 3 2 3', '4 4', '1 3'];

/** Each racer's stroke and dash, in the order of `racers`: the plot and the legend share them. */
export const racerStyles: LegendEntry[] = racers.map((r, i) => ({ label: r.label, stroke: colours[i]!, dash: dashes[i] }));
