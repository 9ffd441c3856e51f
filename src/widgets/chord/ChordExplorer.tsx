import { formatNumber } from '../format.ts';
import { Controls, CopyLink, ExampleFigure, PlotArea, Quantity, QuantityCell } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { chord as chordKind } from './index.ts';
import { chordFunctions, chordParams, samples, type ChordFunctionName } from './model.ts';

/** A chord of a curve and the convexity inequality at one point of it: controls, plot, verdict and values. */
export default function ChordExplorer({ id, children }: IslandProps) {
  const { example, state, result: chord, plot, live, ready, caption } = useWidget(id, chordKind);
  // Only the arrow-key steps of a and b depend on the function; the accepted ranges do not.
  const specs = chordParams(state.params.fn);

  function edit(name: string, raw: string) {
    const picked = name === 'fn' ? chordFunctions[raw as ChordFunctionName] : undefined;
    if (!picked) return state.edit(name, raw);
    // A new function comes with its own chord: the old a and b may be far off its scale.
    const { a, b, t } = picked.chord;
    state.editAll({ fn: raw, a: String(a), b: String(b), t: String(t) });
  }

  const { at } = chord;
  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
      <dl class="example-results">
        <div>
          <dt>x = t·a + (1 − t)·b</dt>
          <dd><Quantity name="x" value={at.x} /></dd>
        </div>
        <div>
          <dt>Chord: t·f(a) + (1 − t)·f(b)</dt>
          <dd><Quantity name="chord" value={at.chord} /></dd>
        </div>
        <div>
          <dt>Curve: f(x)</dt>
          <dd><Quantity name="curve" value={at.curve} /></dd>
        </div>
        <div>
          <dt>Chord − curve</dt>
          <dd><Quantity name="gap" value={at.chord - at.curve} /></dd>
        </div>
        <div>
          <dt>Inequality at this t</dt>
          <dd>
            <Quantity
              name="verdict"
              value={chord.holds ? 'holds' : 'fails'}
              text={chord.holds ? 'holds: chord ≥ curve' : 'fails: curve above chord'}
            />
          </dd>
        </div>
      </dl>
      <p class="example-verdict">
        Along the whole chord, at {samples} evenly spaced values of t: the curve is above the chord at{' '}
        <Quantity name="above" value={chord.above} /> of them.
      </p>
      <Controls id={id} specs={specs} state={state} edit={edit} />
      <CopyLink link={state.link} />
      <div class="example-table" tabIndex={0} role="region" aria-label={`Values of ${example.title}`}>
        <table>
          <caption>The ends of the chord and the point x = t·a + (1 − t)·b that t picks out.</caption>
          <thead>
            <tr>
              <th scope="col">point</th>
              <th scope="col">t</th>
              <th scope="col">x</th>
              <th scope="col">curve f(x)</th>
              <th scope="col">chord</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">a</th>
              <td>1</td>
              <QuantityCell name="a" value={chord.a} />
              <QuantityCell name="fa" value={chord.fa} />
              <td>{formatNumber(chord.fa)}</td>
            </tr>
            <tr>
              <th scope="row">x</th>
              <QuantityCell name="t" value={at.t} />
              <td>{formatNumber(at.x)}</td>
              <td>{formatNumber(at.curve)}</td>
              <td>{formatNumber(at.chord)}</td>
            </tr>
            <tr>
              <th scope="row">b</th>
              <td>0</td>
              <QuantityCell name="b" value={chord.b} />
              <QuantityCell name="fb" value={chord.fb} />
              <td>{formatNumber(chord.fb)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </ExampleFigure>
  );
}
