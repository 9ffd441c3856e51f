import { statusText } from '../status.ts';
import { Legend } from '../legend.tsx';
import { Controls, CopyLink, ExampleFigure, PlotArea, QuantityCell, TableRegion } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { race } from './index.ts';
import { racerStyles } from './styles.ts';

/** Six optimizers on one surface: controls, the map with six paths, and a table of how each ended. */
export default function Race({ id, children }: IslandProps) {
  const { example, specs, state, result: run, plot, live, ready, caption, playground } = useWidget(id, race);
  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
      <Legend entries={racerStyles} />
      <TableRegion label={`Results of ${example.title}`} caption="Where each method ends: steps to the tolerance, final point, and why it stopped.">
        <thead>
          <tr>
            <th scope="col">method</th>
            <th scope="col">rate</th>
            <th scope="col">steps</th>
            <th scope="col">final x</th>
            <th scope="col">final y</th>
            <th scope="col">f</th>
            <th scope="col">status</th>
          </tr>
        </thead>
        <tbody>
          {run.lanes.map(({ racer, label, result }) => (
            <tr key={racer}>
              <th scope="row">{label}</th>
              <td>{state.params[racer]}</td>
              <QuantityCell name={`${racer}.iterations`} value={result.iterations} />
              <QuantityCell name={`${racer}.x`} value={result.x[0]!} />
              <QuantityCell name={`${racer}.y`} value={result.x[1]!} />
              <QuantityCell name={`${racer}.f`} value={result.f} />
              <QuantityCell name={`${racer}.status`} value={result.reason} text={statusText(result)} />
            </tr>
          ))}
        </tbody>
      </TableRegion>
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} playground={playground} />
    </ExampleFigure>
  );
}
