import { useMemo } from 'preact/hooks';
import { statusText } from '../status.ts';
import { Controls, CopyLink, ExampleFigure, PlotArea, Quantity, QuantityCell } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { descent2D } from './index.ts';
import { onMapClick } from '../surface.ts';
import { clickStep, descent2DQuantities, startFrame, tableHead } from './model.ts';

/** Gradient descent on a function of two parameters: controls, the contour plot with the path, results and the iterate table. */
export default function Descent2D({ id, children }: IslandProps) {
  const { example, specs, state, result: run, plot, live, ready, caption } = useWidget(id, descent2D);
  const { names, labels, lossLabel, objective } = example.problem;
  const shown = useMemo(() => descent2DQuantities(example, run), [run]);
  const [a, b] = names;
  const show = (name: string) => <Quantity name={name} value={shown[name]!} />;
  const cell = (name: string) => <QuantityCell name={name} value={shown[name]!} />;
  const optimum = objective.kind === 'line' ? 'Least squares' : 'Minimum';

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live} onClick={onMapClick((svg) => startFrame(example.problem, svg), clickStep(example.problem), (x, y) => state.editAll({ x0: `${x},${y}` }))}>
        {children}
      </PlotArea>
      <p class="example-hint">Set the start in its field or by clicking the map.</p>
      <dl class="example-results">
        <div>
          <dt>Final ({labels[0]}, {labels[1]})</dt>
          <dd>({show(a)}, {show(b)})</dd>
        </div>
        <div>
          <dt>{lossLabel} at the end</dt>
          <dd>{show('f')}</dd>
        </div>
        <div>
          <dt>Steps</dt>
          <dd>{show('iterations')}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd><Quantity name="status" value={run.result.reason} text={statusText(run.result)} /></dd>
        </div>
        {run.minimum && (
          <>
            <div>
              <dt>{optimum} (✕)</dt>
              <dd>({show(`optimum.${a}`)}, {show(`optimum.${b}`)})</dd>
            </div>
            <div>
              <dt>{lossLabel} at the ✕</dt>
              <dd>{show('optimum.f')}</dd>
            </div>
            <div>
              <dt>Distance from the run's end</dt>
              <dd>{show('distance')}</dd>
            </div>
          </>
        )}
        {shown[`original.${a}`] !== undefined && (
          <div>
            <dt>Final ({labels[0]}, {labels[1]}) in the raw feature's units</dt>
            <dd>({show(`original.${a}`)}, {show(`original.${b}`)})</dd>
          </div>
        )}
      </dl>
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} />
      <div class="example-table" tabIndex={0} role="region" aria-label={`Iterates of ${example.title}`}>
        <table>
          <caption>
            Iterates: each step moves ({labels[0]}, {labels[1]}) by −(learning rate) × gradient.
            {run.skipped > 0 && ` Steps ${tableHead} to ${run.result.iterations - 1} are left out.`}
          </caption>
          <thead>
            <tr>
              <th scope="col">k</th>
              <th scope="col">{labels[0]}</th>
              <th scope="col">{labels[1]}</th>
              <th scope="col">∂{lossLabel}/∂{labels[0]}</th>
              <th scope="col">∂{lossLabel}/∂{labels[1]}</th>
              <th scope="col">{lossLabel}</th>
            </tr>
          </thead>
          <tbody>
            {run.rows.map((p) => (
              <tr key={p.k}>
                <th scope="row">{p.k}</th>
                {cell(`${a}@${p.k}`)}
                {cell(`${b}@${p.k}`)}
                {cell(`df.${a}@${p.k}`)}
                {cell(`df.${b}@${p.k}`)}
                {cell(`f@${p.k}`)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ExampleFigure>
  );
}
