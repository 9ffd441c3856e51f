import { Controls, CopyLink, ExampleFigure, PlotArea, Quantity, QuantityCell } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { miniBatch } from './index.ts';
import { atEpoch, runStatus, type Run } from './model.ts';

function Cells({ run, epoch, prefix }: { run: Run; epoch: number; prefix: string }) {
  const p = atEpoch(run, epoch);
  if (!p) return <td colSpan={3}>diverged before</td>;
  return (
    <>
      <QuantityCell name={`${prefix}intercept@${epoch}`} value={p.intercept} />
      <QuantityCell name={`${prefix}slope@${epoch}`} value={p.slope} />
      <QuantityCell name={`${prefix}f@${epoch}`} value={p.f} />
    </>
  );
}

/** Mini-batch descent next to full-batch descent on a line fit: controls, the contour plot, results and iterates. */
export default function MiniBatch({ id, children }: IslandProps) {
  const { example, specs, state, result: run, plot, live, ready, caption } = useWidget(id, miniBatch);
  const { mini, full, leastSquares: ls } = run;
  const runs = [
    { label: 'mini-batch', prefix: '', r: mini },
    { label: 'full batch', prefix: 'full.', r: full },
  ];

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <p class="example-key">
        <span class="key-line key-accent" /> mini-batch <span class="key-line key-dashed" /> full batch{' '}
        <span aria-hidden="true">✕</span> least squares <span aria-hidden="true">○</span> start
      </p>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
      <div class="example-table run-table" tabIndex={0} role="region" aria-label={`Results of ${example.title}`}>
        <table>
          <caption>Where each run ends: after {run.epochs} epochs (passes over the data), or where it was when it diverged.</caption>
          <thead>
            <tr>
              <th scope="col">run</th>
              <th scope="col">θ₀</th>
              <th scope="col">θ₁</th>
              <th scope="col">MSE</th>
              <th scope="col">steps</th>
              <th scope="col">status</th>
            </tr>
          </thead>
          <tbody>
            {runs.map(({ label, prefix, r }) => (
              <tr key={prefix}>
                <th scope="row">{label}</th>
                <QuantityCell name={`${prefix}intercept`} value={r.result.x[0]!} />
                <QuantityCell name={`${prefix}slope`} value={r.result.x[1]!} />
                <QuantityCell name={`${prefix}f`} value={r.result.f} />
                <QuantityCell name={`${prefix}iterations`} value={r.result.iterations} />
                <QuantityCell name={`${prefix}status`} value={r.result.reason} text={runStatus(r, run.epochs)} />
              </tr>
            ))}
            <tr>
              <th scope="row">least squares</th>
              <QuantityCell name="ls.intercept" value={ls.intercept} />
              <QuantityCell name="ls.slope" value={ls.slope} />
              <QuantityCell name="ls.f" value={ls.f} />
              <td>—</td>
              <td>—</td>
            </tr>
          </tbody>
        </table>
      </div>
      <dl class="example-results">
        <div>
          <dt>Rows per step</dt>
          <dd><Quantity name="rows-per-update" value={run.rowsPerUpdate} /></dd>
        </div>
        <div>
          <dt>Steps per epoch</dt>
          <dd><Quantity name="updates-per-epoch" value={mini.perEpoch} /></dd>
        </div>
        <div>
          <dt>Mini-batch run vs full batch</dt>
          <dd>
            <Quantity
              name="identical"
              value={run.identical ? 'identical' : 'different'}
              text={run.identical ? 'identical, bit for bit' : 'different paths'}
            />
          </dd>
        </div>
      </dl>
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} />
      <div class="example-table" tabIndex={0} role="region" aria-label={`Iterates of ${example.title}`}>
        <table>
          <caption>
            Iterates after some epochs. Each mini-batch epoch takes {mini.perEpoch} step{mini.perEpoch === 1 ? '' : 's'}; full
            batch takes one. MSE is over all rows.
          </caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>epoch</th>
              <th scope="colgroup" colSpan={3}>mini-batch</th>
              <th scope="colgroup" colSpan={3}>full batch</th>
            </tr>
            <tr>
              <th scope="col">θ₀</th>
              <th scope="col">θ₁</th>
              <th scope="col">MSE</th>
              <th scope="col">θ₀</th>
              <th scope="col">θ₁</th>
              <th scope="col">MSE</th>
            </tr>
          </thead>
          <tbody>
            {run.tableEpochs.map((e) => (
              <tr key={e}>
                <th scope="row">{e}</th>
                <Cells run={mini} epoch={e} prefix="" />
                <Cells run={full} epoch={e} prefix="full." />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ExampleFigure>
  );
}
