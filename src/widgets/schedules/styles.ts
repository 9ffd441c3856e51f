import type { LegendEntry } from '../legend.tsx';

/** The schedules' strokes, in the order of `schedules()`: the plot and the legend share them. */
export const scheduleStyles: Omit<LegendEntry, 'label'>[] = [
  { stroke: 'currentColor', dash: null },
  { stroke: '#4269d0', dash: '6 3' },
  { stroke: '#e0523a', dash: null },
  { stroke: '#2a9d8f', dash: '2 2' },
];
