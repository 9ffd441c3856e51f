import { Legend } from '../legend.tsx';
import { tableRows } from '../rows.ts';
import { statusText } from '../status.ts';
import { Controls, CopyLink, ExampleFigure, PlotArea, Quantity, QuantityCell } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { implicit } from './index.ts';

import { curveSeries, historySeries } from './series.ts';

/** Gradient descent from zero on an over-parameterised fit, checked against the minimum-norm solution. */
export default function Implicit({ id, children }: IslandProps) {
  const { example, specs, state, result, plot, live, ready, caption } = useWidget(id, implicit);
  const { rows, skipped } = tableRows(result.history);

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
      <Legend
        entries={[
          ...curveSeries.map((s) => ({ label: s.label, stroke: s.stroke, dash: s.dash, width: s.width, opacity: s.opacity })),
          { label: 'training points', stroke: 'currentColor', mark: 'dot' as const },
          ...historySeries.map((s) => ({ label: s.label, stroke: s.stroke, dash: s.dash })),
        ]}
      />
      <dl class="example-results">
        <div>
          <dt>Status</dt>
          <dd><Quantity name="status" value={result.run.reason} text={statusText(result.run)} /></dd>
        </div>
        <div>
          <dt>Steps</dt>
          <dd><Quantity name="iterations" value={result.run.iterations} /></dd>
        </div>
        <div>
          <dt>Distance ‖θ − θ⁺‖</dt>
          <dd><Quantity name="distance" value={result.distance} /></dd>
        </div>
        <div>
          <dt>Training RMS residual</dt>
          <dd><Quantity name="residual" value={result.residual} /></dd>
        </div>
        <div>
          <dt>‖θ‖ reached</dt>
          <dd><Quantity name="norm" value={result.normDescent} /></dd>
        </div>
        <div>
          <dt>‖θ⁺‖</dt>
          <dd><Quantity name="norm-min" value={result.normMinimum} /></dd>
        </div>
        <div>
          <dt>Test error</dt>
          <dd><Quantity name="test" value={result.test} /></dd>
        </div>
      </dl>
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} />
      <div class="example-table" tabIndex={0} role="region" aria-label={`Steps of ${example.title}`}>
        <table>
          <caption>
            Distance from θ⁺ and training residual at recorded steps.
            {skipped > 0 && ` ${skipped} recorded steps between are left out.`}
          </caption>
          <thead>
            <tr>
              <th scope="col">k</th>
              <th scope="col">‖θ<sub>k</sub> − θ⁺‖</th>
              <th scope="col">RMS residual</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((h) => (
              <tr key={h.k}>
                <th scope="row">{h.k}</th>
                <QuantityCell name={`distance@${h.k}`} value={h.distance} />
                <QuantityCell name={`residual@${h.k}`} value={h.residual} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ExampleFigure>
  );
}
