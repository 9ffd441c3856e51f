import { useMemo } from 'preact/hooks';
import { Legend } from '../legend.tsx';
import { Controls, CopyLink, ExampleFigure, PlotArea, Quantity, QuantityCell } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { polynomialFit } from './index.ts';
import { fitSamples, polynomialFitResult, type PolynomialFitExample, type PolynomialFitParams } from './model.ts';
import { errorSeries } from './series.ts';

/** The run in two stages, so that a new degree redraws the fits without fitting the samples again. */
function useFits(example: PolynomialFitExample, { params }: { params: PolynomialFitParams }) {
  const { n, samples, seed, degree } = params;
  const fits = useMemo(() => fitSamples(example, params), [n, samples, seed]);
  return useMemo(() => polynomialFitResult(example, fits, degree), [fits, degree]);
}

/** Polynomial fits of a chosen degree to random samples of a data set, with their errors by degree. */
export default function PolynomialFit({ id, children }: IslandProps) {
  const { example, specs, state, result, plot, live, ready, caption } = useWidget(id, polynomialFit, useFits);
  const { n, samples, degree } = state.params;
  const row = result.rows[degree]!;

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
      <Legend
        entries={[
          { label: 'all cars', stroke: 'currentColor', mark: 'dot', opacity: 0.4 },
          { label: 'first sample', stroke: 'var(--sl-color-accent-high)', mark: 'dot' },
          { label: 'its fit', stroke: 'var(--sl-color-accent-high)', width: 2.5 },
          { label: 'fits to the other samples', stroke: 'var(--sl-color-accent)', opacity: 0.5, width: 1.5 },
          ...errorSeries.map((s) => ({ label: s.label, stroke: s.stroke, dash: s.dash })),
        ]}
      />
      {row.nonUnique > 0 && (
        <p class="example-notes" role="status">
          {row.nonUnique} of {samples} samples have too few different {example.problem.xLabel} values for a unique degree-
          {degree} fit; the smallest-coefficient (minimum-norm) fit is drawn for them.
        </p>
      )}
      <dl class="example-results">
        <div>
          <dt>Training error, degree {degree}</dt>
          <dd><Quantity name="train" value={row.train} /></dd>
        </div>
        <div>
          <dt>Test error</dt>
          <dd><Quantity name="test" value={row.test} /></dd>
        </div>
        <div>
          <dt>Spread of the {samples} fits</dt>
          <dd><Quantity name="spread" value={row.spread} /></dd>
        </div>
      </dl>
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} />
      <p class="example-table-note">
        Mean squared errors in ({example.problem.yLabel})² of the fit to the first sample of {n}, on its own cars
        (training) and on the other {example.problem.data.x.length - n} (test); spread: the typical distance, in{' '}
        {example.problem.yLabel}, between the {samples} samples' fits.
      </p>
      <div class="example-table" tabIndex={0} role="region" aria-label={`Errors by degree, ${example.title}`}>
        <table>
          <caption>Errors by degree</caption>
          <thead>
            <tr>
              <th scope="col">degree</th>
              <th scope="col">training error</th>
              <th scope="col">test error</th>
              <th scope="col">spread</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={r.degree} aria-current={r.degree === degree ? 'true' : undefined}>
                <th scope="row">{r.degree}</th>
                <QuantityCell name={`train@${r.degree}`} value={r.train} />
                <QuantityCell name={`test@${r.degree}`} value={r.test} />
                <QuantityCell name={`spread@${r.degree}`} value={r.spread} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ExampleFigure>
  );
}
