import type { ComponentChildren } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import { getExample } from '../../examples/index.ts';
import { formatNumber } from '../format.ts';
import { statusText } from '../status.ts';
import { Controls, CopyLink, ExampleFigure, Quantity } from '../ui.tsx';
import { useExample, useLivePlot } from '../useExample.ts';
import { IterateTable } from './IterateTable.tsx';
import { descent1DParams, probeValues, runDescent1D, symbolsOf, type Descent1DExample } from './model.ts';

/** Gradient descent on a curve: controls, the pre-rendered plot (live once changed), results, probes and the iterate table. */
export default function Descent1D({ id, children }: { id: string; children?: ComponentChildren }) {
  const example = getExample(id) as Descent1DExample;
  const specs = useMemo(() => descent1DParams(example), [example]);
  const state = useExample(id, specs, example.defaults);
  const result = useMemo(() => runDescent1D(example, state.params), [state.params]);
  const plot = useRef<HTMLDivElement>(null);
  const live = useLivePlot(
    state.changed,
    () => import('./plot.ts'),
    (m, container) => container.replaceChildren(m.drawDescent1D(example, result, document)),
    plot,
    [result],
  );
  const { x, f } = symbolsOf(example.problem);
  const probes = probeValues(example);

  return (
    <ExampleFigure id={id} title={example.title} params={specs} ready={state.ready} notes={state.notes}>
      <p class="example-summary">{example.summary}</p>
      <div class="example-plot" ref={plot}>
        {live ? null : children}
      </div>
      <dl class="example-results">
        <div>
          <dt>Final {x}</dt>
          <dd><Quantity name="x" value={result.x[0]!} /></dd>
        </div>
        <div>
          <dt>{f}({x})</dt>
          <dd><Quantity name="f" value={result.f} /></dd>
        </div>
        <div>
          <dt>Steps</dt>
          <dd><Quantity name="iterations" value={result.iterations} /></dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd><Quantity name="status" value={result.reason} text={statusText(result)} /></dd>
        </div>
        {example.reference && (
          <div>
            <dt>{example.reference.label}</dt>
            <dd><Quantity name={example.reference.name} value={example.reference.x} /></dd>
          </div>
        )}
      </dl>
      {probes.length > 0 && (
        <div class="example-table" tabIndex={0} role="region" aria-label={`Marked points of ${example.title}`}>
          <table>
            <caption>The points marked with squares on the curve.</caption>
            <thead>
              <tr>
                <th scope="col">{x}</th>
                <th scope="col">{f}({x})</th>
                <th scope="col">{f}′({x})</th>
              </tr>
            </thead>
            <tbody>
              {probes.map((p) => (
                <tr key={p.x}>
                  <th scope="row">{formatNumber(p.x)}</th>
                  <td><Quantity name={`f(${p.x})`} value={p.f} /></td>
                  <td><Quantity name={`df(${p.x})`} value={p.df} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Controls id={id} specs={specs} drafts={state.drafts} errors={state.errors} edit={state.edit} />
      <CopyLink link={state.link} />
      <IterateTable
        title={example.title}
        caption={<>Iterates: each step moves {x} by −(learning rate) × {f}′({x}).</>}
        trajectory={result.trajectory ?? []}
        symbols={{ x, f }}
      />
    </ExampleFigure>
  );
}
