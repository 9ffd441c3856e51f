/** One entry of a plot legend: a line (solid or dashed) or a dot, in the colour the plot uses. */
export interface LegendEntry {
  label: string;
  stroke: string;
  dash?: string | null;
  mark?: 'line' | 'dot';
  opacity?: number;
  width?: number;
}

/** A legend under a plot, so that series differ by colour, dash and name, not by colour alone. */
export function Legend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul class="plot-legend">
      {entries.map((e) => (
        <li key={e.label}>
          <svg width="28" height="12" aria-hidden="true">
            {e.mark === 'dot' ? (
              <circle cx="14" cy="6" r="3.5" fill={e.stroke} fill-opacity={e.opacity ?? 1} />
            ) : (
              <line
                x1="1"
                x2="27"
                y1="6"
                y2="6"
                stroke={e.stroke}
                stroke-width={e.width ?? 2}
                stroke-dasharray={e.dash ?? undefined}
                stroke-opacity={e.opacity ?? 1}
              />
            )}
          </svg>
          {e.label}
        </li>
      ))}
    </ul>
  );
}
