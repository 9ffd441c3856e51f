import type { Result } from '@descent/optimizer';
import { IterateTable } from '../descent1d/IterateTable.tsx';
import { formatNumber } from '../format.ts';
import { statusText } from '../status.ts';
import { Controls, CopyLink, ExampleFigure, PlotArea, QuantityCell, Results, TableRegion } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { walkthrough } from './index.ts';
import { leastSquaresAnswer, residuals, ssrProbes, type WalkthroughExample, type WalkthroughParams } from './model.ts';

const n = (value: number) => formatNumber(value);
/** A number in a sum: negative values in brackets. */
const term = (value: number) => (value < 0 ? `(${n(value)})` : n(value));

/** The three parts of step k, with the numbers filled in, and whether the run goes on. */
function StepParts({ example, result, k, params }: { example: WalkthroughExample; result: Result; k: number; params: WalkthroughParams }) {
  const points = result.trajectory ?? [];
  const start = points[0]!;
  if (k === 0) {
    return (
      <p>
        Start: intercept <strong>{n(start.x[0]!)}</strong>, where the sum of squared residuals is {n(start.f)}. Press
        “Next step” to take the first step.
      </p>
    );
  }
  const old = points[k - 1]!;
  const now = points[k]!;
  const b = old.x[0]!;
  const slope = old.gradient[0]!;
  const step = now.step[0]!;
  const r = residuals(example.problem, b);
  const last = k === result.iterations;
  return (
    <>
      <ol>
        <li>
          Slope of the SSR curve at intercept {n(b)}: d SSR / d intercept = −2 × ({r.map(term).join(' + ')}) ={' '}
          <strong>{n(slope)}</strong>
        </li>
        <li>
          Step size = slope × learning rate = {term(slope)} × {n(params.lr)} = <strong>{n(step)}</strong>
        </li>
        <li>
          New intercept = old intercept − step size = {n(b)} − {term(step)} = <strong>{n(now.x[0]!)}</strong>
        </li>
      </ol>
      <p>
        {!last
          ? `|step size| = ${n(Math.abs(step))} is not below ${n(params.tol)}, so the descent goes on.`
          : result.reason === 'stopped'
            ? `|step size| = ${n(Math.abs(step))} is below ${n(params.tol)}: the descent stops here.`
            : `The run ${statusText(result)}.`}
      </p>
    </>
  );
}

/** Gradient descent on one intercept, one step at a time: the arithmetic of each step, the residuals, and the SSR curve. */
export default function Walkthrough({ id, children }: IslandProps) {
  const { example, specs, state, result: shown, plot, live, ready, caption, playground } = useWidget(id, walkthrough);
  const { result, k } = shown;
  const line = leastSquaresAnswer(example.problem);
  const go = (step: number) => state.edit('step', String(step));
  const { labels } = example.problem;

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <div class="walk-stepper" role="group" aria-label="Walk through the steps">
        <button type="button" onClick={() => go(0)} disabled={k === 0}>
          Reset
        </button>
        <button type="button" onClick={() => go(k + 1)} disabled={k >= result.iterations}>
          Next step
        </button>
        <button type="button" onClick={() => go(result.iterations)} disabled={k >= result.iterations}>
          Run to the end
        </button>
        <span class="walk-position">
          Step {k} of {result.iterations}
        </span>
      </div>
      <div class="walk-step" aria-live="polite">
        <StepParts example={example} result={result} k={k} params={state.params} />
      </div>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
      <Results
        items={[
          { label: 'Final intercept', name: 'intercept', value: result.x[0]! },
          { label: 'SSR there', name: 'f', value: result.f },
          { label: 'Steps', name: 'iterations', value: result.iterations },
          { label: 'Status', name: 'status', value: result.reason, text: statusText(result) },
        ]}
      />
      <Results
        items={[
          { label: 'Least squares, both free: intercept', name: 'least-squares.intercept', value: line.intercept },
          { label: 'slope', name: 'least-squares.slope', value: line.slope },
          {
            label: `its ${labels.y.toLowerCase()} at ${labels.x.toLowerCase()} ${n(example.problem.predictAt)}`,
            name: 'least-squares.prediction',
            value: line.prediction,
          },
        ]}
      />
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} playground={playground} />
      <TableRegion label={`Marked points of ${example.title}`} caption="The sum of squared residuals at the intercepts marked with squares.">
        <thead>
          <tr>
            <th scope="col">intercept</th>
            <th scope="col">SSR</th>
          </tr>
        </thead>
        <tbody>
          {ssrProbes(example.problem).map((row) => (
            <tr key={row.b}>
              <th scope="row">{n(row.b)}</th>
              <QuantityCell name={`f(${row.b})`} value={row.ssr} />
            </tr>
          ))}
        </tbody>
      </TableRegion>
      <IterateTable
        title={example.title}
        caption="Every step of the run. The row of the step shown above is highlighted."
        trajectory={result.trajectory ?? []}
        symbols={{ x: 'b', f: 'SSR' }}
        current={k}
      />
    </ExampleFigure>
  );
}
