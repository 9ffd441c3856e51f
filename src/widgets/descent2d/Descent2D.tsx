import { useMemo } from 'preact/hooks';
import { statusText } from '../status.ts';
import { Controls, CopyLink, ExampleFigure, PlotArea, Quantity, QuantityCell } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { descent2D } from './index.ts';
import { onMapClick } from '../surface.ts';
import { clickStep, descent2DQuantities, startFrame, tableHead, type Method } from './model.ts';

/** How each listed iterate follows from the one before, for each method. */
const stepRuleText: Record<Method, string> = {
  gd: 'each step moves the point by −(learning rate) × gradient.',
  momentum: 'each step moves the point by −(learning rate) × gradient plus β times the step before.',
  nesterov: 'each step moves the point by −(learning rate) × (gradient + β × velocity), the velocity being the gradient plus β times the velocity before.',
};

/** Gradient descent on a function of two parameters: controls, the contour plot with the path, results and the iterate table. */
export default function Descent2D({ id, children }: IslandProps) {
  const { example, specs, state, result: run, plot, live, ready, caption, playground } = useWidget(id, descent2D);
  const { names, labels, lossLabel, objective } = example.problem;
  const shown = useMemo(() => descent2DQuantities(example, run), [run]);
  const [a, b] = names;
  const show = (name: string) => <Quantity name={name} value={shown[name]!} />;
  const cell = (name: string) => <QuantityCell name={name} value={shown[name]!} />;
  const optimum = objective.kind === 'line' ? 'Least squares' : 'Minimum';

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live} onClick={onMapClick((svg) => startFrame(example.problem, svg), clickStep(example.problem), (x, y) => state.editAll({ x0: `${x},${y}` }))}>
        {children}
      </PlotArea>
      <p class="example-hint">Set the start in its field or by clicking the map.</p>
      <dl class="example-results">
        <div>
          <dt>Final ({labels[0]}, {labels[1]})</dt>
          <dd>({show(a)}, {show(b)})</dd>
        </div>
        <div>
          <dt>{lossLabel} at the end</dt>
          <dd>{show('f')}</dd>
        </div>
        <div>
          <dt>Steps</dt>
          <dd>{show('iterations')}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd><Quantity name="status" value={run.result.reason} text={statusText(run.result)} /></dd>
        </div>
        {run.minimum && (
          <>
            <div>
              <dt>{optimum} (✕)</dt>
              <dd>({show(`optimum.${a}`)}, {show(`optimum.${b}`)})</dd>
            </div>
            <div>
              <dt>{lossLabel} at the ✕</dt>
              <dd>{show('optimum.f')}</dd>
            </div>
            <div>
              <dt>Distance from the run's end</dt>
              <dd>{show('distance')}</dd>
            </div>
          </>
        )}
        {shown[`original.${a}`] !== undefined && (
          <div>
            <dt>Final ({labels[0]}, {labels[1]}) in the raw feature's units</dt>
            <dd>({show(`original.${a}`)}, {show(`original.${b}`)})</dd>
          </div>
        )}
      </dl>
      {run.conditioning && (
        <ConditioningResults
          shown={shown}
          best={statusText(run.conditioning.best)}
          compared={statusText(run.conditioning.compared)}
          compareRate={run.conditioning.compareRate}
        />
      )}
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} playground={playground} />
      <div class="example-table" tabIndex={0} role="region" aria-label={`Iterates of ${example.title}`}>
        <table>
          <caption>
            Iterates: {stepRuleText[state.params.method ?? 'gd']}
            {run.skipped > 0 && ` Steps ${tableHead} to ${run.result.iterations - 1} are left out.`}
          </caption>
          <thead>
            <tr>
              <th scope="col">k</th>
              <th scope="col">{labels[0]}</th>
              <th scope="col">{labels[1]}</th>
              <th scope="col">∂{lossLabel}/∂{labels[0]}</th>
              <th scope="col">∂{lossLabel}/∂{labels[1]}</th>
              <th scope="col">{lossLabel}</th>
            </tr>
          </thead>
          <tbody>
            {run.rows.map((p) => (
              <tr key={p.k}>
                <th scope="row">{p.k}</th>
                {cell(`${a}@${p.k}`)}
                {cell(`${b}@${p.k}`)}
                {cell(`df.${a}@${p.k}`)}
                {cell(`df.${b}@${p.k}`)}
                {cell(`f@${p.k}`)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ExampleFigure>
  );
}

/** What the fit's Hessian says: its eigenvalues and κ, the rates they allow, and descent at the best constant rate. */
function ConditioningResults(props: { shown: Record<string, number | string>; best: string; compared: string; compareRate: number }) {
  const { shown, best, compared, compareRate } = props;
  const items: [string, string][] = [
    ['Hessian eigenvalues λmin, λmax', 'lambda'],
    ['κ = λmax / λmin', 'kappa'],
    ['κ with the feature standardised', 'kappa.standardised'],
    ['Largest stable rate 2/λmax', 'rate.max'],
    ['Best constant rate 2/(λmin + λmax)', 'rate.best'],
    ['Steps at the best constant rate', 'best.iterations'],
    [`Steps at rate ${compareRate}`, 'compared.iterations'],
    ['Polyak’s momentum: rate α, β', 'polyak'],
    ['Error shrinks per step by (κ − 1)/(κ + 1), (√κ − 1)/(√κ + 1)', 'factor'],
    ['Steps to shrink it by e, about (κ + 1)/2, √κ/2', 'efold'],
  ];
  const show = (name: string) => <Quantity name={name} value={shown[name]!} />;
  const pair = (a: string, b: string) => (
    <>
      {show(a)}, {show(b)}
    </>
  );
  const value = (key: string) => {
    if (key === 'lambda') return pair('lambda.min', 'lambda.max');
    if (key === 'polyak') return pair('polyak.lr', 'polyak.beta');
    if (key === 'factor') return pair('factor.gd', 'factor.momentum');
    if (key === 'efold') return pair('efold.gd', 'efold.momentum');
    if (key === 'best.iterations') return <>{show(key)} (<Quantity name="best.status" value={shown['best.status']!} text={best} />)</>;
    if (key === 'compared.iterations') return <>{show(key)} (<Quantity name="compared.status" value={shown['compared.status']!} text={compared} />)</>;
    return show(key);
  };
  return (
    <dl class="example-results">
      {items.map(([label, key]) => (
        <div key={key}>
          <dt>{label}</dt>
          <dd>{value(key)}</dd>
        </div>
      ))}
    </dl>
  );
}
