import type { LegendEntry } from '../legend.tsx';

/** The margins of the 2-D map and of the 1-D curve: the island turns a click into a point with them. */
export const mapMargins = { left: 44, right: 12, top: 12, bottom: 36 };
export const curveMargins = { left: 52, right: 20, top: 20, bottom: 36 };

/** The first run's stroke and the second's (dashed), shared by the plot and the legend. */
export const laneStyles: Omit<LegendEntry, 'label'>[] = [
  { stroke: '#4269d0', dash: null },
  { stroke: '#e0523a', dash: '6 3' },
];
