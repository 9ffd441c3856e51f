import { Legend } from '../legend.tsx';
import { Controls, CopyLink, ExampleFigure, PlotArea, QuantityCell, Results, TableRegion } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { schedulesKind } from './index.ts';
import { scheduleStatus } from './model.ts';
import { scheduleStyles } from './styles.ts';

/** Mini-batch SGD with four learning-rate schedules: controls, the loss per epoch, and where each run ends. */
export default function Schedules({ id, children }: IslandProps) {
  const { example, specs, state, result: run, plot, live, ready, caption } = useWidget(id, schedulesKind);
  const ls = run.leastSquares;
  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
      <Legend entries={run.runs.map((r, i) => ({ label: r.label, ...scheduleStyles[i]! }))} />
      <TableRegion label={`Results of ${example.title}`} caption="Where each schedule ends, and how far that is from the least-squares line.">
        <thead>
          <tr>
            <th scope="col">schedule</th>
            <th scope="col">θ₀</th>
            <th scope="col">θ₁</th>
            <th scope="col">MSE</th>
            <th scope="col">MSE above least squares</th>
            <th scope="col">distance to least squares</th>
            <th scope="col">status</th>
          </tr>
        </thead>
        <tbody>
          {run.runs.map((r) => (
            <tr key={r.name}>
              <th scope="row">{r.label}</th>
              <QuantityCell name={`${r.name}.intercept`} value={r.result.x[0]!} />
              <QuantityCell name={`${r.name}.slope`} value={r.result.x[1]!} />
              <QuantityCell name={`${r.name}.f`} value={r.result.f} />
              <QuantityCell name={`${r.name}.excess`} value={r.result.f - ls.f} />
              <QuantityCell name={`${r.name}.distance`} value={r.distance} />
              <QuantityCell name={`${r.name}.status`} value={r.result.reason} text={scheduleStatus(r, run.epochs)} />
            </tr>
          ))}
        </tbody>
      </TableRegion>
      <Results
        items={[
          { label: 'Least-squares θ₀', name: 'ls.intercept', value: ls.intercept },
          { label: 'Least-squares θ₁', name: 'ls.slope', value: ls.slope },
          { label: 'MSE at least squares', name: 'ls.f', value: ls.f },
        ]}
      />
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} />
    </ExampleFigure>
  );
}
