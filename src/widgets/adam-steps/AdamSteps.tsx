import { statusText } from '../status.ts';
import { Controls, CopyLink, ExampleFigure, PlotArea, QuantityCell, Results, TableRegion } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { adamSteps } from './index.ts';

const columns = [
  ['g', 'g'],
  ['m', 'm'],
  ['v', 'v'],
  ['mhat', 'm̂'],
  ['vhat', 'v̂'],
  ['step', 'step'],
  ['x', 'x'],
] as const;

/** Adam's first steps as an iterate table: the moments, their corrections and the step, row by row. */
export default function AdamSteps({ id, children }: IslandProps) {
  const { example, specs, state, result: run, plot, live, ready, caption } = useWidget(id, adamSteps);
  const { result } = run;
  const values = (r: (typeof run.rows)[number]) => ({ g: r.g, m: r.m, v: r.v, mhat: r.mHat, vhat: r.vHat, step: r.step, x: r.x });
  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
      <Results
        items={[
          { label: 'x at the end', name: 'x', value: result.x[0]! },
          { label: 'f at the end', name: 'f', value: result.f },
          { label: 'Steps', name: 'iterations', value: result.iterations },
          { label: 'Status', name: 'status', value: result.reason, text: statusText(result) },
        ]}
      />
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} />
      <TableRegion
        label={`Steps of ${example.title}`}
        caption="Row k: g is the gradient at the previous x; m and v are the moments after it; m̂ = m/(1 − β₁ᵏ), v̂ = v/(1 − β₂ᵏ); the step, rate · m̂/(√v̂ + ε), is subtracted from x to give the new x."
      >
        <thead>
          <tr>
            <th scope="col">k</th>
            {columns.map(([name, label]) => (
              <th scope="col" key={name}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {run.rows.map((r) => {
            const row = values(r);
            return (
              <tr key={r.k}>
                <th scope="row">{r.k}</th>
                {columns.map(([name]) => (
                  <QuantityCell key={name} name={`${name}@${r.k}`} value={row[name]} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </TableRegion>
    </ExampleFigure>
  );
}
