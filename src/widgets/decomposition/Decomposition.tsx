import { useMemo } from 'preact/hooks';
import { Legend } from '../legend.tsx';
import { Controls, CopyLink, ExampleFigure, PlotArea, Quantity, QuantityCell } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { decomposition } from './index.ts';
import { decompositionResult, simulate, type DecompositionExample, type DecompositionParams } from './model.ts';
import { series } from './series.ts';

/** The run in two stages, so that a new size reads the simulation again without running it again. */
function useSimulation(example: DecompositionExample, { params }: { params: DecompositionParams }) {
  const { noise, replicates, seed } = params;
  const simulation = useMemo(() => simulate(example, params), [noise, replicates, seed]);
  const selectedSize = Number(params[example.problem.size.name]);
  return useMemo(() => decompositionResult(example, simulation, selectedSize), [simulation, selectedSize]);
}

/** Bias², variance and error against model size, from a seeded simulation with a known true curve. */
export default function Decomposition({ id, children }: IslandProps) {
  const { example, specs, state, result, plot, live, ready, caption } = useWidget(id, decomposition, useSimulation);
  const { size } = example.problem;
  const selected = result.rows.find((r) => r.size === result.detail.size)!;
  const byError = [...result.rows].sort((a, b) => a.error - b.error);

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
      <Legend
        entries={[
          { label: `fits to ${result.detail.fits.length} training sets`, stroke: 'var(--sl-color-accent)', opacity: 0.4, width: 1.5 },
          { label: 'their average', stroke: 'var(--sl-color-accent-high)', width: 2.5 },
          { label: 'true curve', stroke: 'currentColor', dash: '6 3' },
          { label: 'first training set', stroke: 'currentColor', mark: 'dot' },
          ...series.map((s) => ({ label: s.label, stroke: s.stroke, dash: s.dash })),
          { label: 'measured error', stroke: 'currentColor', mark: 'dot', opacity: 0.6 },
          { label: 'noise σ²', stroke: 'currentColor', opacity: 0.5, width: 1 },
          ...(example.problem.n <= example.problem.sizes.at(-1)!
            ? [{ label: `${size.phrase} ${example.problem.n}: as many parameters as points`, stroke: 'currentColor', dash: '2 2', opacity: 0.5, width: 1 }]
            : []),
        ]}
      />
      <dl class="example-results">
        <div>
          <dt>Bias² at {size.phrase} {selected.size}</dt>
          <dd><Quantity name="bias2" value={selected.bias2} /></dd>
        </div>
        <div>
          <dt>Variance</dt>
          <dd><Quantity name="variance" value={selected.variance} /></dd>
        </div>
        <div>
          <dt>Noise σ²</dt>
          <dd><Quantity name="noise" value={result.noise} /></dd>
        </div>
        <div>
          <dt>Sum of the three</dt>
          <dd><Quantity name="sum" value={selected.sum} /></dd>
        </div>
        <div>
          <dt>Measured error</dt>
          <dd>
            <Quantity name="error" value={selected.error} /> ± <Quantity name="se" value={selected.se} />
          </dd>
        </div>
        <div>
          <dt>Training error</dt>
          <dd><Quantity name="train" value={selected.train} /></dd>
        </div>
        <div>
          <dt>Lowest error at {size.phrase}</dt>
          <dd><Quantity name="best" value={byError[0]!.size} /></dd>
        </div>
        <div>
          <dt>Highest error at {size.phrase}</dt>
          <dd><Quantity name="peak" value={byError.at(-1)!.size} /></dd>
        </div>
      </dl>
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} />
      <p class="example-table-note">
        Averages over {state.params.replicates} training sets and {result.testX.length} test points. The measured error
        should match bias² + variance + σ² to within about two of its standard errors (±).
      </p>
      <div class="example-table" tabIndex={0} role="region" aria-label={`Error parts for each model size, ${example.title}`}>
        <table>
          <caption>Error parts for each model size</caption>
          <thead>
            <tr>
              <th scope="col">{size.label}</th>
              <th scope="col">training error</th>
              <th scope="col">bias²</th>
              <th scope="col">variance</th>
              <th scope="col">bias² + variance + σ²</th>
              <th scope="col">measured error</th>
              <th scope="col">±</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={r.size} aria-current={r.size === selected.size ? 'true' : undefined}>
                <th scope="row">{r.size}</th>
                <QuantityCell name={`train@${r.size}`} value={r.train} />
                <QuantityCell name={`bias2@${r.size}`} value={r.bias2} />
                <QuantityCell name={`variance@${r.size}`} value={r.variance} />
                <QuantityCell name={`sum@${r.size}`} value={r.sum} />
                <QuantityCell name={`error@${r.size}`} value={r.error} />
                <QuantityCell name={`se@${r.size}`} value={r.se} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ExampleFigure>
  );
}
