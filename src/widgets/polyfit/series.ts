/** The plotted series, shared by the plot and the legend the island draws under it. */

export const errorSeries = [
  { key: 'train', label: 'training error (first sample)', stroke: 'var(--sl-color-accent-high)', dash: null },
  { key: 'test', label: 'test error (the other cars)', stroke: 'var(--plot-orange)', dash: '6 3' },
] as const;
