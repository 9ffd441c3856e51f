import { tableRows } from '../rows.ts';
import type { IslandProps } from '../kind.ts';
import { Controls, CopyLink, ExampleFigure, PlotArea, QuantityCell, TableRegion } from '../ui.tsx';
import { useWidget } from '../useWidget.ts';
import { scale } from './index.ts';
import type { ScaleRun } from './model.ts';
import { counted, isRunning, progress, statusText } from './protocol.ts';
import { ScaleResults } from './ScaleResults.tsx';
import { useWorkerRun } from './useWorkerRun.ts';

/**
 * Mini-batch descent on a large synthetic data set in a Web Worker. With its default settings the
 * figure shows the run computed when the book was built (`initial`, the same numbers the browser
 * would compute) until the reader presses Run; other settings, from the address or the controls,
 * run at once.
 */
export default function ScaleSGD({ id, initial, children }: IslandProps & { initial: ScaleRun }) {
  const { example, specs, state, result, plot, live, ready, caption } = useWidget(
    id,
    scale,
    (example, state) => useWorkerRun(example, initial, state),
    (worker) => worker.run,
  );
  const { run, phase, samplesPerSecond, finished, start, cancel } = result;
  const { params } = state;
  const running = isRunning(phase);
  const bar = progress(phase, params);
  const { rows, skipped } = tableRows(run.rows);
  const status = {
    value: running ? 'running' : phase.kind === 'cancelled' ? 'stopped' : run.reason,
    text: statusText(run, phase, params),
  };

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready && finished} notes={state.notes}>
      <p class="example-key">
        <span class="key-line key-accent" /> fitted line <span class="key-line key-dashed" /> the line the data were made from
      </p>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
      <div class="example-progress">
        <label for={`${id}-progress`}>{bar.label}</label>
        <progress id={`${id}-progress`} max={bar.total} value={bar.done} />
        <button type="button" onClick={() => cancel(bar.done)} disabled={!running}>
          Cancel
        </button>
        <button type="button" onClick={start} disabled={running}>
          {phase.kind === 'built' ? 'Run' : 'Run again'}
        </button>
      </div>
      {phase.kind === 'failed' && (
        <p class="example-error" role="alert">
          The run failed: {phase.message}
        </p>
      )}
      <ScaleResults run={run} samplesPerSecond={samplesPerSecond} status={status} />
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} />
      <TableRegion
        label={`Fit after each epoch of ${example.title}`}
        caption={
          <>
            The fit after each epoch ({counted(run.perEpoch)} steps of {counted(run.batchSize)} rows); MSE over all {counted(run.n)} points.
            {skipped > 0 && ` Epochs 21 to ${run.rows.length - 2} are left out.`}
          </>
        }
      >
        <thead>
          <tr>
            <th scope="col">epoch</th>
            <th scope="col">θ₀</th>
            <th scope="col">θ₁</th>
            <th scope="col">MSE</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.epoch}>
              <th scope="row">{row.epoch}</th>
              <QuantityCell name={`intercept@${row.epoch}`} value={row.intercept} />
              <QuantityCell name={`slope@${row.epoch}`} value={row.slope} />
              <QuantityCell name={`f@${row.epoch}`} value={row.f} />
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </ExampleFigure>
  );
}
