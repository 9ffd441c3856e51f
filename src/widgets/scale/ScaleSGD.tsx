import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getExample } from '../../examples/index.ts';
import { formatNumber } from '../format.ts';
import { tableRows } from '../rows.ts';
import { Controls, CopyLink, ExampleFigure, PlotArea, Quantity, QuantityCell } from '../ui.tsx';
import { figureReady, useExample, useLivePlot } from '../useExample.ts';
import { lastRow, scaleParams, type ScaleExample, type ScaleParams, type ScaleRun } from './model.ts';
import type { ScaleMessage, ScaleRequest } from './worker.ts';

type Phase =
  | { kind: 'built' }
  | { kind: 'data'; done: number }
  | { kind: 'epochs'; done: number }
  | { kind: 'finished' }
  | { kind: 'cancelled'; epochs: number; done: number }
  | { kind: 'failed'; message: string };

const counted = (n: number) => n.toLocaleString('en-US');

function statusText(run: ScaleRun, phase: Phase, params: ScaleParams): string {
  if (phase.kind === 'data') return 'running: making the data';
  if (phase.kind === 'epochs') return `running: epoch ${phase.done + 1} of ${params.epochs}`;
  if (phase.kind === 'cancelled') return `cancelled after ${phase.epochs} of ${params.epochs} epochs`;
  if (phase.kind === 'failed') return 'failed';
  if (phase.kind === 'built') return `finished ${lastRow(run).epoch} epochs when the book was built; press Run to compute it here`;
  if (run.reason === 'diverged') return `diverged at update ${run.divergedAt}`;
  const epochs = lastRow(run).epoch;
  return `finished ${epochs} epoch${epochs === 1 ? '' : 's'}`;
}

/**
 * Mini-batch descent on a large synthetic data set in a Web Worker. With its default settings the
 * figure shows the run computed when the book was built (`initial`, the same numbers the browser
 * would compute) until the reader presses Run; other settings, from the address or the controls,
 * run at once.
 */
export default function ScaleSGD({ id, initial, children }: { id: string; initial: ScaleRun; children?: ComponentChildren }) {
  const example = getExample(id) as ScaleExample;
  const specs = useMemo(() => scaleParams(), []);
  const state = useExample(id, specs, example.defaults);
  const [run, setRun] = useState(initial);
  const [phase, setPhase] = useState<Phase>({ kind: 'built' });
  const [samplesPerSecond, setSamplesPerSecond] = useState<number | null>(null);
  const [finished, setFinished] = useState(false);
  const worker = useRef<Worker | null>(null);
  const { plot, live } = useLivePlot(state.changed, () => import('./plot.ts'), (m) => m.drawScale(example, run, document), [run]);
  const { params } = state;
  const running = phase.kind === 'data' || phase.kind === 'epochs';

  function stop() {
    worker.current?.terminate();
    worker.current = null;
  }

  function start() {
    if (running) stop();
    const w = (worker.current ??= new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }));
    setPhase({ kind: 'data', done: 0 });
    setSamplesPerSecond(null);
    w.onmessage = ({ data: message }: MessageEvent<ScaleMessage>) => {
      if (worker.current !== w) return;
      if (message.type === 'data') setPhase({ kind: 'data', done: message.done });
      else if (message.type === 'error') {
        setPhase({ kind: 'failed', message: message.message });
        setFinished(true);
      } else {
        setRun(message.run);
        const epochs = message.run.rows.length - 1;
        if (epochs > 0) setSamplesPerSecond(message.samplesPerSecond);
        if (message.type === 'epoch') setPhase({ kind: 'epochs', done: epochs });
        else {
          setPhase({ kind: 'finished' });
          setFinished(true);
        }
      }
    };
    w.onerror = (event) => {
      if (worker.current !== w) return;
      event.preventDefault();
      stop();
      setPhase({ kind: 'failed', message: event.message || 'the background thread could not start' });
      setFinished(true);
    };
    w.postMessage({ line: example.problem, params } satisfies ScaleRequest);
  }

  function cancel() {
    stop();
    setPhase({ kind: 'cancelled', epochs: phase.kind === 'epochs' ? phase.done : 0, done });
    setFinished(true);
  }

  useEffect(() => {
    if (!state.ready) return;
    if (state.changed) start();
    else setFinished(true);
  }, [state.ready, params]);
  useEffect(() => stop, []);

  const total = params.n * (params.epochs + 1);
  const done =
    phase.kind === 'data' || phase.kind === 'cancelled'
      ? phase.done
      : phase.kind === 'epochs'
        ? params.n * (phase.done + 1)
        : total;
  const progressLabel =
    phase.kind === 'data'
      ? `Making the data: ${counted(phase.done)} of ${counted(params.n)} points`
      : phase.kind === 'epochs'
        ? `Epoch ${phase.done + 1} of ${params.epochs}`
        : phase.kind === 'cancelled'
          ? 'Cancelled'
          : phase.kind === 'built'
            ? 'Done when the book was built'
            : 'Done';
  const end = lastRow(run);
  const { rows, skipped } = tableRows(run.rows);

  return (
    <ExampleFigure id={id} example={example} params={specs} ready={figureReady(state, live) && finished} notes={state.notes}>
      <p class="example-key">
        <span class="key-line key-accent" /> fitted line <span class="key-line key-dashed" /> the line the data were made from
      </p>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
      <div class="example-progress">
        <label for={`${id}-progress`}>{progressLabel}</label>
        <progress id={`${id}-progress`} max={total} value={done} />
        <button type="button" onClick={cancel} disabled={!running}>
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
      <dl class="example-results">
        <div>
          <dt>Intercept θ₀</dt>
          <dd><Quantity name="intercept" value={end.intercept} /></dd>
        </div>
        <div>
          <dt>Slope θ₁</dt>
          <dd><Quantity name="slope" value={end.slope} /></dd>
        </div>
        <div>
          <dt>MSE</dt>
          <dd><Quantity name="f" value={end.f} /></dd>
        </div>
        <div>
          <dt>Least squares θ₀, θ₁</dt>
          <dd>
            <Quantity name="ls.intercept" value={run.leastSquares.intercept} />, <Quantity name="ls.slope" value={run.leastSquares.slope} />
          </dd>
        </div>
        <div>
          <dt>Least-squares MSE</dt>
          <dd><Quantity name="ls.f" value={run.leastSquares.f} /></dd>
        </div>
        <div>
          <dt>Steps per epoch</dt>
          <dd><Quantity name="updates-per-epoch" value={run.perEpoch} /></dd>
        </div>
        <div>
          <dt>Speed</dt>
          <dd>
            {samplesPerSecond === null ? (
              'not measured yet: press Run'
            ) : (
              <Quantity
                name="samples-per-second"
                value={samplesPerSecond}
                text={`${formatNumber(samplesPerSecond / 1e6, 1)} million samples per second`}
              />
            )}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <Quantity
              name="status"
              value={running ? 'running' : phase.kind === 'cancelled' ? 'stopped' : run.reason}
              text={statusText(run, phase, params)}
            />
          </dd>
        </div>
      </dl>
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} />
      <div class="example-table" tabIndex={0} role="region" aria-label={`Fit after each epoch of ${example.title}`}>
        <table>
          <caption>
            The fit after each epoch ({counted(run.perEpoch)} steps of {counted(run.batchSize)} rows); MSE over all {counted(run.n)} points.
            {skipped > 0 && ` Epochs 21 to ${run.rows.length - 2} are left out.`}
          </caption>
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
        </table>
      </div>
    </ExampleFigure>
  );
}
