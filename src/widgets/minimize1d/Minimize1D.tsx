import type { ComponentChildren } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import { getExample } from '../../examples/index.ts';
import { IterateTable } from '../descent1d/IterateTable.tsx';
import { statusText } from '../status.ts';
import { Controls, CopyLink, ExampleFigure, Quantity } from '../ui.tsx';
import { useExample, useLivePlot } from '../useExample.ts';
import { minimize1DParams, resultMessage, runMinimize1D, type Minimize1DExample } from './model.ts';

/** A library minimiser on a curve: its full result record, the plot of its iterates and their table. */
export default function Minimize1D({ id, children }: { id: string; children?: ComponentChildren }) {
  const example = getExample(id) as Minimize1DExample;
  const specs = useMemo(() => minimize1DParams(example), [example]);
  const state = useExample(id, specs, example.defaults);
  const result = useMemo(() => runMinimize1D(example, state.params), [state.params]);
  const plot = useRef<HTMLDivElement>(null);
  const live = useLivePlot(
    state.changed,
    () => import('./plot.ts'),
    (m, container) => container.replaceChildren(m.drawMinimize1D(example, result, document)),
    plot,
    [result],
  );

  return (
    <ExampleFigure id={id} title={example.title} params={specs} ready={state.ready} notes={state.notes}>
      <p class="example-summary">{example.summary}</p>
      <div class="example-plot" ref={plot}>
        {live ? null : children}
      </div>
      <dl class="result-record">
        <div>
          <dt>x</dt>
          <dd><Quantity name="x" value={result.x[0]!} /></dd>
        </div>
        <div>
          <dt>f</dt>
          <dd><Quantity name="f" value={result.f} /></dd>
        </div>
        <div>
          <dt>gradient</dt>
          <dd><Quantity name="gradient" value={result.gradient[0]!} /></dd>
        </div>
        <div>
          <dt>iterations</dt>
          <dd><Quantity name="iterations" value={result.iterations} /></dd>
        </div>
        <div>
          <dt>evaluations</dt>
          <dd><Quantity name="evaluations" value={result.evaluations} /></dd>
        </div>
        <div>
          <dt>reason</dt>
          <dd><Quantity name="status" value={result.reason} text={statusText(result)} /></dd>
        </div>
        <div>
          <dt>message</dt>
          <dd><Quantity name="message" value={resultMessage(result)} /></dd>
        </div>
      </dl>
      <Controls id={id} specs={specs} drafts={state.drafts} errors={state.errors} edit={state.edit} />
      <CopyLink link={state.link} />
      <IterateTable
        title={example.title}
        caption="Iterates: each step searches along −H·f′(x), where H is BFGS's running estimate of 1 / f″(x)."
        trajectory={result.trajectory ?? []}
        symbols={{ x: 'x', f: 'f' }}
      />
    </ExampleFigure>
  );
}
