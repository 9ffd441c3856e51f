import type { ComponentChildren } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import { getExample } from '../../examples/index.ts';
import { tableRows } from '../rows.ts';
import { statusText } from '../status.ts';
import { Controls, CopyLink, ExampleFigure, Quantity } from '../ui.tsx';
import { useExample, useLivePlot } from '../useExample.ts';
import { descent1DParams, runDescent1D, type Descent1DExample } from './model.ts';

/** Gradient descent on a curve: controls, the pre-rendered plot (live once changed), results and the iterate table. */
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
  const trajectory = result.trajectory ?? [];
  const { rows, skipped } = tableRows(trajectory);

  return (
    <ExampleFigure id={id} title={example.title} params={specs} ready={state.ready} notes={state.notes}>
      <p class="example-summary">{example.summary}</p>
      <div class="example-plot" ref={plot}>
        {live ? null : children}
      </div>
      <dl class="example-results">
        <div>
          <dt>Final x</dt>
          <dd><Quantity name="x" value={result.x[0]!} /></dd>
        </div>
        <div>
          <dt>f(x)</dt>
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
      </dl>
      <Controls id={id} specs={specs} drafts={state.drafts} errors={state.errors} edit={state.edit} />
      <CopyLink link={state.link} />
      <div class="example-table" tabIndex={0} role="region" aria-label={`Iterates of ${example.title}`}>
        <table>
          <caption>
            Iterates: each step moves x by −(learning rate) × f′(x).
            {skipped > 0 && ` Steps 21 to ${trajectory.length - 2} are left out.`}
          </caption>
          <thead>
            <tr>
              <th scope="col">k</th>
              <th scope="col">x<sub>k</sub></th>
              <th scope="col">f′(x<sub>k</sub>)</th>
              <th scope="col">step to x<sub>k</sub></th>
              <th scope="col">f(x<sub>k</sub>)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.k}>
                <th scope="row">{p.k}</th>
                <td><Quantity name={`x@${p.k}`} value={p.x[0]!} /></td>
                <td><Quantity name={`df@${p.k}`} value={p.gradient[0]!} /></td>
                <td>{p.k === 0 ? '—' : <Quantity name={`step@${p.k}`} value={p.step[0]!} />}</td>
                <td><Quantity name={`f@${p.k}`} value={p.f} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ExampleFigure>
  );
}

