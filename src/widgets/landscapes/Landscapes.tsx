import { statusText } from '../status.ts';
import { Controls, CopyLink, ExampleFigure, PlotArea, Quantity } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { landscapes as landscapesKind } from './index.ts';
import { tableSteps } from './model.ts';

/** One descent run on each of two surfaces, from the same start at the same rate: paths, step counts and losses side by side. */
export default function Landscapes({ id, children }: IslandProps) {
  const { example, specs, state, result: landscapes, plot, live, ready, caption } = useWidget(id, landscapesKind);
  const steps = tableSteps(landscapes);

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
      {landscapes.map(({ surface, result }) => (
        <dl class="example-results" key={surface.name}>
          <div>
            <dt>Surface</dt>
            <dd>{surface.label}</dd>
          </div>
          <div>
            <dt>Steps</dt>
            <dd><Quantity name={`${surface.name}.iterations`} value={result.iterations} /></dd>
          </div>
          <div>
            <dt>Final (x, y)</dt>
            <dd>
              (<Quantity name={`${surface.name}.x.0`} value={result.x[0]!} />, <Quantity name={`${surface.name}.x.1`} value={result.x[1]!} />)
            </dd>
          </div>
          <div>
            <dt>f there</dt>
            <dd><Quantity name={`${surface.name}.f`} value={result.f} /></dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd><Quantity name={`${surface.name}.status`} value={result.reason} text={statusText(result)} /></dd>
          </div>
        </dl>
      ))}
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} />
      <div class="example-table" tabIndex={0} role="region" aria-label={`Loss along both runs of ${example.title}`}>
        <table>
          <caption>The loss after k steps on each surface; a dash once that run has ended.</caption>
          <thead>
            <tr>
              <th scope="col">k</th>
              {landscapes.map(({ surface }) => (
                <th scope="col" key={surface.name}>f on {surface.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {steps.map((k) => (
              <tr key={k}>
                <th scope="row">{k}</th>
                {landscapes.map(({ surface, result }) => {
                  const point = result.trajectory?.[k];
                  return (
                    <td key={surface.name}>
                      {point?.k === k ? <Quantity name={`${surface.name}.f@${k}`} value={point.f} /> : '—'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ExampleFigure>
  );
}
