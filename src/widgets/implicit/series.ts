/** The plotted series, shared by the plot and the legend the island draws under it. */

export const curveSeries = [
  { key: 'truth', label: 'true curve', stroke: 'currentColor', dash: '6 3', width: 1.5, opacity: 1 },
  { key: 'descent', label: 'gradient descent', stroke: 'var(--sl-color-accent)', dash: null, width: 6, opacity: 0.5 },
  { key: 'minimumNorm', label: 'minimum-norm solution θ⁺', stroke: 'var(--plot-orange)', dash: '4 3', width: 2, opacity: 1 },
] as const;

export const historySeries = [
  { key: 'distance', label: '‖θₖ − θ⁺‖', stroke: 'var(--sl-color-accent-high)', dash: null },
  { key: 'residual', label: 'training RMS residual', stroke: 'var(--plot-green)', dash: '6 3' },
] as const;
