import { Controls, CopyLink, ExampleFigure, PlotArea, Quantity, QuantityCell } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { batchSplit } from './index.ts';
import { listed } from './model.ts';

/** Shuffling row numbers with a seeded generator and cutting them into batches. */
export default function BatchSplit({ id, children }: IslandProps) {
  const { example, specs, state, result: split, plot, live, ready, caption } = useWidget(id, batchSplit);
  const { n, batch } = state.params;

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
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
                <QuantityCell name={`batch@${j + 1}`} value={listed(rows)} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ExampleFigure>
  );
}
