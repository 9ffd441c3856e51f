import { formatNumber } from '../format.ts';
import { moveOnClick, partialName } from '../surface.ts';
import type { Quadratic, Surface2D } from '../../problems/surfaces.ts';
import { Controls, CopyLink, ExampleFigure, PlotArea, Quantity, QuantityCell } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { gradientField } from './index.ts';
import { gradientFieldLayout, polynomial } from './model.ts';

/** A partial derivative that is zero up to floating-point rounding reads as 0; `data-value` keeps the exact number. */
function nearZero(value: number): string {
  return formatNumber(Math.abs(value) < 1e-9 ? 0 : value);
}

function QuadraticForm({ surface, q }: { surface: Surface2D; q: Quadratic }) {
  const [a, b] = surface.vars;
  const terms: [keyof Quadratic, string][] = [['xx', `${a}²`], ['yy', `${b}²`], ['xy', `${a}${b}`], ['x', a], ['y', b], ['c', '']];
  return (
    <div class="example-table" tabIndex={0} role="region" aria-label={`${surface.name} expanded`}>
      <p class="example-hint">
        {surface.name}({a}, {b}) = {polynomial(terms.map(([key, name]) => [q[key], name]))}
        <br />
        {partialName(surface, 0)} = {polynomial([[2 * q.xx, a], [q.xy, b], [q.x, '']])} = 0 and {partialName(surface, 1)} ={' '}
        {polynomial([[q.xy, a], [2 * q.yy, b], [q.y, '']])} = 0
      </p>
      <table>
        <caption>The coefficients of {surface.name} once the squares are multiplied out.</caption>
        <thead>
          <tr>
            {terms.map(([key, name]) => (
              <th scope="col" key={key}>{name || 'constant'}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {terms.map(([key]) => (
              <td key={key}><Quantity name={`coef.${key}`} value={q[key]} /></td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** ∇f at a point the reader moves over the field of gradients, and where both partials vanish. */
export default function GradientField({ id, children }: IslandProps) {
  const { example, specs, state, result, plot, live, ready, caption } = useWidget(id, gradientField);
  const surface = example.problem;
  const { at, candidates } = result;
  const [a, b] = surface.vars;
  const min = candidates[result.lowest];
  const where = (x: number, y: number) => `(${formatNumber(x)}, ${formatNumber(y)})`;

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live} onClick={moveOnClick(surface, gradientFieldLayout(surface).frame, state.editAll)}>
        {children}
      </PlotArea>
      <dl class="example-results" aria-live="polite">
        <div>
          <dt>{surface.name}{where(at.x, at.y)}</dt>
          <dd><Quantity name="f" value={at.f} /></dd>
        </div>
        <div>
          <dt>∇{surface.name} = ({partialName(surface, 0)}, {partialName(surface, 1)})</dt>
          <dd>
            (<Quantity name="fx" value={at.fx} />, <Quantity name="fy" value={at.fy} />)
          </dd>
        </div>
        {min && (
          <div>
            <dt>Minimum at ({a}, {b})</dt>
            <dd>
              (<Quantity name="min.x" value={min.x} />, <Quantity name="min.y" value={min.y} />), {surface.name} ={' '}
              <Quantity name="min.f" value={min.f} />
            </dd>
          </div>
        )}
      </dl>
      <p class="example-hint">Move the point with the fields (↑/↓ step by 0.1) or by clicking the map.</p>
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} />
      {example.expand && 'quadratic' in surface && <QuadraticForm surface={surface} q={surface.quadratic} />}
      {candidates.length > 0 && (
        <div class="example-table" tabIndex={0} role="region" aria-label={`Candidates for the minimum, ${example.title}`}>
          <table>
            <caption>
              {'quadratic' in surface && !example.candidates
                ? 'Where both partials vanish: the solution of the two linear equations.'
                : 'Candidate points: both partials vanish at each one; the lowest is the minimum.'}
            </caption>
            <thead>
              <tr>
                <th scope="col">{a}</th>
                <th scope="col">{b}</th>
                <th scope="col">{surface.name}</th>
                <th scope="col">{partialName(surface, 0)}</th>
                <th scope="col">{partialName(surface, 1)}</th>
                <th scope="col"><span class="sr-only">lowest</span></th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((c, i) => (
                <tr key={i}>
                  <QuantityCell name={`candidate@${i + 1}.x`} value={c.x} />
                  <QuantityCell name={`candidate@${i + 1}.y`} value={c.y} />
                  <QuantityCell name={`candidate@${i + 1}.f`} value={c.f} />
                  <QuantityCell name={`candidate@${i + 1}.fx`} value={c.fx} text={nearZero(c.fx)} />
                  <QuantityCell name={`candidate@${i + 1}.fy`} value={c.fy} text={nearZero(c.fy)} />
                  <td>{i === result.lowest ? 'minimum' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ExampleFigure>
  );
}
