import { statusText } from '../status.ts';
import { Controls, CopyLink, ExampleFigure, PlotArea, Quantity, QuantityCell } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { basins as basinsKind } from './index.ts';
import { markerFor } from './markers.ts';
import { startName, type Basins as BasinsResult } from './model.ts';

function Glyph({ basins, outcome }: { basins: BasinsResult; outcome: number }) {
  const { glyph, color } = markerFor(basins.outcomes, outcome);
  return (
    <span class="basins-glyph" style={{ color }} aria-hidden="true">
      {glyph}
    </span>
  );
}

/** Descent from many starts at once: the curve with each start marked by where it ends, and the same as tables. */
export default function Basins({ id, children }: IslandProps) {
  const { example, specs, state, result: basins, plot, live, ready, caption } = useWidget(id, basinsKind);

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
      <ul class="basins-key" aria-label="Key to the markers">
        {basins.outcomes.map((outcome, i) => (
          <li key={outcome.label}>
            <Glyph basins={basins} outcome={i} /> {outcome.label}
          </li>
        ))}
      </ul>
      <div class="example-table" tabIndex={0} role="region" aria-label={`Where the starts of ${example.title} end`}>
        <table>
          <caption>
            Neighbouring starts that end the same way (<Quantity name="intervals" value={basins.intervals.length} /> groups).
          </caption>
          <thead>
            <tr>
              <th scope="col">starts from</th>
              <th scope="col">to</th>
              <th scope="col">starts</th>
              <th scope="col">outcome</th>
            </tr>
          </thead>
          <tbody>
            {basins.intervals.map((interval, i) => {
              const name = `interval@${i + 1}`;
              const outcome = basins.outcomes[interval.outcome]!;
              return (
                <tr key={name}>
                  <QuantityCell name={`${name}.from`} value={interval.from} />
                  <QuantityCell name={`${name}.to`} value={interval.to} />
                  <QuantityCell name={`${name}.starts`} value={interval.starts} />
                  <td>
                    <Glyph basins={basins} outcome={interval.outcome} />{' '}
                    <Quantity
                      name={`${name}.outcome`}
                      value={outcome.kind}
                      text={outcome.kind === 'converged' ? 'ends at' : outcome.label}
                    />
                    {outcome.kind === 'converged' && (
                      <>
                        {' '}
                        <Quantity name={`${name}.end`} value={outcome.end} />
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} />
      <details class="basins-runs">
        <summary>Every run ({basins.starts.length} starts)</summary>
        <div class="example-table" tabIndex={0} role="region" aria-label={`Every run of ${example.title}`}>
          <table>
            <caption>Each start, where descent from it ends, and why it stopped.</caption>
            <thead>
              <tr>
                <th scope="col">start x₀</th>
                <th scope="col">ends at</th>
                <th scope="col">steps</th>
                <th scope="col">status</th>
              </tr>
            </thead>
            <tbody>
              {basins.starts.map(({ x0, result, outcome }) => {
                const name = startName(x0);
                return (
                  <tr key={name}>
                    <th scope="row">
                      <Glyph basins={basins} outcome={outcome} /> {name}
                    </th>
                    {result.reason === 'diverged' ? <td>—</td> : <QuantityCell name={`end@${name}`} value={result.x[0]!} />}
                    <QuantityCell name={`steps@${name}`} value={result.iterations} />
                    <QuantityCell name={`status@${name}`} value={result.reason} text={statusText(result)} />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </ExampleFigure>
  );
}
