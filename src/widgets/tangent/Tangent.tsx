import { Controls, CopyLink, ExampleFigure, PlotArea, Quantity, QuantityCell } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { tangent } from './index.ts';
import { directionText as go } from './model.ts';

/** The tangent line at a point the reader moves, with f′ and its zero crossings; tables of slopes and critical points. */
export default function Tangent({ id, children }: IslandProps) {
  const { example, specs, state, result, plot, live, ready, caption } = useWidget(id, tangent);
  const { at } = result;

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
      <dl class="example-results" aria-live="polite">
        <div>
          <dt>f(x)</dt>
          <dd><Quantity name="f" value={at.f} /></dd>
        </div>
        <div>
          <dt>Slope f′(x)</dt>
          <dd><Quantity name="slope" value={at.slope} /></dd>
        </div>
        <div>
          <dt>To lower f</dt>
          <dd><Quantity name="direction" value={at.direction} text={go[at.direction]} /></dd>
        </div>
      </dl>
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} />
      {result.compare.length > 0 && (
        <div class="example-table" tabIndex={0} role="region" aria-label={`Slopes at chosen points, ${example.title}`}>
          <table>
            <caption>Slopes at a few points: a negative slope means f falls to the right.</caption>
            <thead>
              <tr>
                <th scope="col">x</th>
                <th scope="col">f(x)</th>
                <th scope="col">f′(x)</th>
                <th scope="col">to lower f</th>
              </tr>
            </thead>
            <tbody>
              {result.compare.map((row, i) => (
                <tr key={i}>
                  <th scope="row"><Quantity name={`x@${i + 1}`} value={row.x} /></th>
                  <QuantityCell name={`f@${i + 1}`} value={row.f} />
                  <QuantityCell name={`slope@${i + 1}`} value={row.slope} />
                  <QuantityCell name={`direction@${i + 1}`} value={row.direction} text={go[row.direction]} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="example-table" tabIndex={0} role="region" aria-label={`Where f′ crosses zero, ${example.title}`}>
        <table>
          <caption>Where f′ crosses zero (found by bisection on f′)</caption>
          <thead>
            <tr>
              <th scope="col">x</th>
              <th scope="col">f(x)</th>
              <th scope="col">kind</th>
            </tr>
          </thead>
          <tbody>
            {result.critical.map((point, i) => (
              <tr key={i}>
                <th scope="row"><Quantity name={`critical@${i + 1}`} value={point.x} /></th>
                <QuantityCell name={`critical-f@${i + 1}`} value={point.f} />
                <QuantityCell name={`critical-kind@${i + 1}`} value={point.kind} text={`${point.kind}: f′ goes from ${point.kind === 'minimum' ? '− to +' : '+ to −'}`} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ExampleFigure>
  );
}
