import type { ComponentChildren } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import { getExample } from '../../examples/index.ts';
import { Controls, CopyLink, ExampleFigure, Quantity } from '../ui.tsx';
import { useExample, useLivePlot } from '../useExample.ts';
import { batchSplitParams, listed, runBatchSplit, type BatchSplitExample } from './model.ts';

/** Shuffling row numbers with a seeded generator and cutting them into batches. */
export default function BatchSplit({ id, children }: { id: string; children?: ComponentChildren }) {
  const example = getExample(id) as BatchSplitExample;
  const specs = useMemo(() => batchSplitParams(), []);
  const state = useExample(id, specs, example.defaults);
  const split = useMemo(() => runBatchSplit(state.params), [state.params]);
  const plot = useRef<HTMLDivElement>(null);
  const live = useLivePlot(
    state.changed,
    () => import('./plot.ts'),
    (m, container) => container.replaceChildren(m.drawBatchSplit(example, split, document)),
    plot,
    [split],
  );
  const { n, batch } = state.params;

  return (
    <ExampleFigure id={id} title={example.title} params={specs} ready={state.ready && (live || !state.changed)} notes={state.notes}>
      <p class="example-summary">{example.summary}</p>
      <div class="example-plot" ref={plot}>
        {live ? null : children}
      </div>
      <dl class="example-results">
        <div>
          <dt>Shuffled order</dt>
          <dd><Quantity name="order" value={listed(split.order)} /></dd>
        </div>
        <div>
          <dt>Batches</dt>
          <dd><Quantity name="batches" value={split.batches.length} /></dd>
        </div>
        <div>
          <dt>Rows per batch</dt>
          <dd>
            <Quantity name="batch-size" value={split.batchSize} />
            {batch > n && ' (at most n)'}
          </dd>
        </div>
      </dl>
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} />
      <div class="example-table" tabIndex={0} role="region" aria-label={`Batches of ${example.title}`}>
        <table>
          <caption>One epoch's batches: each is one step of mini-batch descent.</caption>
          <thead>
            <tr>
              <th scope="col">batch</th>
              <th scope="col">rows</th>
            </tr>
          </thead>
          <tbody>
            {split.batches.map((rows, j) => (
              <tr key={j}>
                <th scope="row">{j + 1}</th>
                <td><Quantity name={`batch@${j + 1}`} value={listed(rows)} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ExampleFigure>
  );
}
