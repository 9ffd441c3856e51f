import type { ComponentChildren } from 'preact';
import type { TrajectoryPoint } from '@descent/optimizer';
import { tableRows } from '../rows.ts';
import { QuantityCell, TableRegion } from '../ui.tsx';

interface Props {
  /** What the table lists, for screen readers: "Iterates of …". */
  title: string;
  caption: ComponentChildren;
  trajectory: readonly TrajectoryPoint[];
  symbols: { x: string; f: string };
  /** The row to highlight, if any (the walk-through's current step). */
  current?: number;
}

/** The iterates of a one-variable run: k, x_k, f′(x_k), the step α·f′(x_{k−1}) subtracted to reach x_k, and f(x_k); the first 21 rows and the last. */
export function IterateTable({ title, caption, trajectory, symbols, current }: Props) {
  const { rows, skipped } = tableRows(trajectory);
  const { x, f } = symbols;
  const sub = (s: string, k = 'k') => (
    <>
      {s}
      <sub>{k}</sub>
    </>
  );
  return (
    <TableRegion
      label={`Iterates of ${title}`}
      caption={
        <>
          {caption}
          {skipped > 0 && ` Steps 21 to ${trajectory.length - 2} are left out.`}
        </>
      }
    >
      <thead>
        <tr>
          <th scope="col">k</th>
          <th scope="col">{sub(x)}</th>
          <th scope="col">
            {f}′({sub(x)})
          </th>
          {/* The step that led to x_k: the rate times the slope at x_{k−1}, which descent subtracts. */}
          <th scope="col">
            step α·{f}′({sub(x, 'k−1')}) (subtracted)
          </th>
          <th scope="col">
            {f}({sub(x)})
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.k} class={p.k === current ? 'current' : undefined} aria-current={p.k === current ? 'step' : undefined}>
            <th scope="row">{p.k}</th>
            <QuantityCell name={`x@${p.k}`} value={p.x[0]!} />
            <QuantityCell name={`df@${p.k}`} value={p.gradient[0]!} />
            {p.k === 0 ? <td>—</td> : <QuantityCell name={`step@${p.k}`} value={p.step[0]!} />}
            <QuantityCell name={`f@${p.k}`} value={p.f} />
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
