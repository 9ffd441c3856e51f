import { formatNumber } from '../format.ts';
import { moveOnClick, partialName } from '../surface.ts';
import { Controls, CopyLink, ExampleFigure, PlotArea, Quantity } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { slices } from './index.ts';
import { slicesLayout, tangentPlaneText } from './model.ts';

/** A surface and its two slices through a point: values, partial derivatives and the tangent plane. */
export default function Slices({ id, children }: IslandProps) {
  const { example, specs, state, result: v, plot, live, ready, caption } = useWidget(id, slices);
  const surface = example.problem;
  const [a, b] = surface.vars;
  const at = `(${formatNumber(v.x)}, ${formatNumber(v.y)})`;

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live} onClick={moveOnClick(surface, slicesLayout(surface).map, state.editAll)}>
        {children}
      </PlotArea>
      <dl class="example-results" aria-live="polite">
        <div>
          <dt>{surface.name}{at}</dt>
          <dd><Quantity name="f" value={v.f} /></dd>
        </div>
        <div>
          <dt>{partialName(surface, 0)}</dt>
          <dd><Quantity name="fx" value={v.fx} /></dd>
        </div>
        <div>
          <dt>{partialName(surface, 1)}</dt>
          <dd><Quantity name="fy" value={v.fy} /></dd>
        </div>
        <div>
          <dt>Tangent plane</dt>
          <dd>{tangentPlaneText(surface, v, (n) => formatNumber(n))}</dd>
        </div>
      </dl>
      <p class="example-hint">Move the point with the fields (↑/↓ step by 0.1) or by clicking the map.</p>
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} />
      <div class="example-table" tabIndex={0} role="region" aria-label={`Slices of ${example.title}`}>
        <table>
          <caption>The two slices through {at} and the slopes of their tangent lines.</caption>
          <thead>
            <tr>
              <th scope="col">slice</th>
              <th scope="col">held fixed</th>
              <th scope="col">slope at the point</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">along {a}</th>
              <td>{b} = {formatNumber(v.y)}</td>
              <td>{partialName(surface, 0)} = {formatNumber(v.fx)}</td>
            </tr>
            <tr>
              <th scope="row">along {b}</th>
              <td>{a} = {formatNumber(v.x)}</td>
              <td>{partialName(surface, 1)} = {formatNumber(v.fy)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </ExampleFigure>
  );
}
