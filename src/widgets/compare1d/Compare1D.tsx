import { formatNumber } from '../format.ts';
import { statusText } from '../status.ts';
import { Controls, CopyLink, ExampleFigure, PlotArea, QuantityCell, TableRegion } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { compare1D } from './index.ts';
import { tableSteps } from './model.ts';

/** Several runs of gradient descent side by side: a panel each, a summary of how each ended, and their first iterates. */
export default function Compare1D({ id, children }: IslandProps) {
  const { example, specs, state, result: runs, plot, live, ready, caption, playground } = useWidget(id, compare1D);
  const rows = Math.min(tableSteps, Math.max(...runs.map((r) => r.result.iterations)));

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
      <TableRegion label={`How each run of ${example.title} ended`} caption="How each run ended.">
        <thead>
          <tr>
            <th scope="col">run</th>
            <th scope="col">x₀</th>
            <th scope="col">α</th>
            <th scope="col">final x</th>
            <th scope="col">f(x)</th>
            <th scope="col">steps</th>
            <th scope="col">status</th>
          </tr>
        </thead>
        <tbody>
          {runs.map(({ n, x0, lr, result }) => (
            <tr key={n}>
              <th scope="row">{n}</th>
              <td>{formatNumber(x0)}</td>
              <td>{formatNumber(lr)}</td>
              <QuantityCell name={`run${n}.x`} value={result.x[0]!} />
              <QuantityCell name={`run${n}.f`} value={result.f} />
              <QuantityCell name={`run${n}.iterations`} value={result.iterations} />
              <QuantityCell name={`run${n}.status`} value={result.reason} text={statusText(result)} />
            </tr>
          ))}
        </tbody>
      </TableRegion>
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} playground={playground} />
      <TableRegion
        label={`Iterates of ${example.title}`}
        caption={
          <>
            The first {tableSteps} steps of every run, side by side: x<sub>k</sub> for run 1, run 2, …
          </>
        }
      >
        <thead>
          <tr>
            <th scope="col">k</th>
            {runs.map(({ n }) => (
              <th scope="col" key={n}>
                run {n}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows + 1 }, (_, k) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              {runs.map(({ n, result }) => {
                const point = result.trajectory?.[k];
                return point ? <QuantityCell key={n} name={`run${n}.x@${k}`} value={point.x[0]!} /> : <td key={n}>—</td>;
              })}
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </ExampleFigure>
  );
}
