import type { ComponentChildren } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import { getExample } from '../../examples/index.ts';
import { formatNumber } from '../format.ts';
import { statusText } from '../status.ts';
import { Controls, CopyLink, ExampleFigure, Quantity } from '../ui.tsx';
import { useExample, useLivePlot } from '../useExample.ts';
import { compare1DParams, runCompare1D, tableSteps, type Compare1DExample } from './model.ts';

/** Several runs of gradient descent side by side: a panel each, a summary of how each ended, and their first iterates. */
export default function Compare1D({ id, children }: { id: string; children?: ComponentChildren }) {
  const example = getExample(id) as Compare1DExample;
  const specs = useMemo(() => compare1DParams(example), [example]);
  const state = useExample(id, specs, example.defaults);
  const runs = useMemo(() => runCompare1D(example, state.params), [state.params]);
  const plot = useRef<HTMLDivElement>(null);
  const live = useLivePlot(
    state.changed,
    () => import('./plot.ts'),
    (m, container) => container.replaceChildren(m.drawCompare1D(example, runs, document)),
    plot,
    [runs],
  );
  const rows = Math.min(tableSteps, Math.max(...runs.map((r) => r.result.iterations)));

  return (
    <ExampleFigure id={id} title={example.title} params={specs} ready={state.ready} notes={state.notes}>
      <p class="example-summary">{example.summary}</p>
      <div class="example-plot" ref={plot}>
        {live ? null : children}
      </div>
      <div class="example-table" tabIndex={0} role="region" aria-label={`How each run of ${example.title} ended`}>
        <table>
          <caption>How each run ended.</caption>
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
                <td><Quantity name={`run${n}.x`} value={result.x[0]!} /></td>
                <td><Quantity name={`run${n}.f`} value={result.f} /></td>
                <td><Quantity name={`run${n}.iterations`} value={result.iterations} /></td>
                <td><Quantity name={`run${n}.status`} value={result.reason} text={statusText(result)} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Controls id={id} specs={specs} drafts={state.drafts} errors={state.errors} edit={state.edit} />
      <CopyLink link={state.link} />
      <div class="example-table" tabIndex={0} role="region" aria-label={`Iterates of ${example.title}`}>
        <table>
          <caption>The first {tableSteps} steps of every run, side by side: x<sub>k</sub> for run 1, run 2, …</caption>
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
                  return <td key={n}>{point ? <Quantity name={`run${n}.x@${k}`} value={point.x[0]!} /> : '—'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ExampleFigure>
  );
}
