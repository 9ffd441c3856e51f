/** The plotted series, shared by the plot and the legend the island draws under it. */

/** Series of the error chart: each keeps its colour and dash in both colour schemes. */
export const series = [
  { key: 'bias2', label: 'bias²', stroke: 'var(--plot-orange)', dash: '6 3' },
  { key: 'variance', label: 'variance', stroke: 'var(--plot-green)', dash: '2 3' },
  { key: 'sum', label: 'bias² + variance + σ²', stroke: 'var(--sl-color-accent-high)', dash: null },
] as const;
