import type { Outcome } from './model.ts';

/** How an outcome is drawn: a Plot symbol, the same shape as a text glyph for the key, and a colour. */
export interface Marker {
  symbol: string;
  glyph: string;
  color: string;
}

const endMarkers: Marker[] = [
  { symbol: 'circle', glyph: '●', color: 'var(--sl-color-accent)' },
  { symbol: 'square', glyph: '■', color: 'var(--sl-color-orange)' },
  { symbol: 'diamond', glyph: '◆', color: 'var(--sl-color-green)' },
  { symbol: 'star', glyph: '★', color: 'var(--sl-color-purple)' },
];

/** Each converged end gets the next shape; runs that diverge or never settle get their own. */
export function markerFor(outcomes: readonly Outcome[], index: number): Marker {
  const outcome = outcomes[index]!;
  if (outcome.kind === 'diverged') return { symbol: 'times', glyph: '×', color: 'var(--sl-color-red)' };
  if (outcome.kind === 'max-steps') return { symbol: 'triangle', glyph: '▲', color: 'currentColor' };
  const converged = outcomes.slice(0, index).filter((o) => o.kind === 'converged').length;
  return endMarkers[converged % endMarkers.length]!;
}
