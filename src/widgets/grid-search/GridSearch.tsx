import { Controls, CopyLink, ExampleFigure, PlotArea, Quantity, QuantityCell } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { gridSearch } from './index.ts';
import { shownRows } from './model.ts';

/** Guess and check: every guess on the curve, the best one, and a table of the guesses. */
export default function GridSearch({ id, children }: IslandProps) {
  const { example, specs, state, result, plot, live, ready, caption } = useWidget(id, gridSearch);
  const { guesses } = result;
  const best = guesses[result.best]!;
  const rows = shownRows(guesses.length, result.best);

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
      <dl class="example-results" aria-live="polite">
        <div>
          <dt>Best x</dt>
          <dd><Quantity name="best" value={best.x} /></dd>
        </div>
        <div>
          <dt>f(best x)</dt>
          <dd><Quantity name="f" value={best.f} /></dd>
        </div>
        <div>
          <dt>Guesses</dt>
          <dd><Quantity name="count" value={guesses.length} /></dd>
        </div>
      </dl>
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} />
      <div class="example-table" tabIndex={0} role="region" aria-label={`Guesses of ${example.title}`}>
        <table>
          <caption>
            {rows.length === guesses.length
              ? 'Every guess, in order; the best is marked.'
              : `${rows.length} of the ${guesses.length} guesses: the first, the best with its neighbours, and the last.`}
          </caption>
          <thead>
            <tr>
              <th scope="col">guess</th>
              <th scope="col">x</th>
              <th scope="col">f(x)</th>
              <th scope="col"><span class="sr-only">best</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <QuantityCell name={`x@${i + 1}`} value={guesses[i]!.x} />
                <QuantityCell name={`f@${i + 1}`} value={guesses[i]!.f} />
                <td>{i === result.best ? 'best' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ExampleFigure>
  );
}
