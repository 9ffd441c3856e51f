import { formatNumber } from '../format.ts';
import { statusText } from '../status.ts';
import { Controls, CopyLink, ExampleFigure, PlotArea, QuantityCell, Results, TableRegion } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { descent1D } from './index.ts';
import { IterateTable } from './IterateTable.tsx';
import { probeValues, symbolsOf } from './model.ts';

/** Gradient descent on a curve: controls, the pre-rendered plot (live once changed), results, probes and the iterate table. */
export default function Descent1D({ id, children }: IslandProps) {
  const { example, specs, state, result, plot, live, ready, caption, playground } = useWidget(id, descent1D);
  const { x, f } = symbolsOf(example.problem);
  const probes = probeValues(example);
  const { reference } = example;

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
      <Results
        items={[
          { label: `Final ${x}`, name: 'x', value: result.x[0]! },
          { label: `${f}(${x})`, name: 'f', value: result.f },
          { label: 'Steps', name: 'iterations', value: result.iterations },
          { label: 'Status', name: 'status', value: result.reason, text: statusText(result) },
          ...(reference ? [{ label: reference.label, name: reference.name, value: reference.x }] : []),
        ]}
      />
      {probes.length > 0 && (
        <TableRegion label={`Marked points of ${example.title}`} caption="The points marked with squares on the curve.">
          <thead>
            <tr>
              <th scope="col">{x}</th>
              <th scope="col">{f}({x})</th>
              <th scope="col">{f}′({x})</th>
            </tr>
          </thead>
          <tbody>
            {probes.map((p) => (
              <tr key={p.x}>
                <th scope="row">{formatNumber(p.x)}</th>
                <QuantityCell name={`f(${p.x})`} value={p.f} />
                <QuantityCell name={`df(${p.x})`} value={p.df} />
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} playground={playground} />
      <IterateTable
        title={example.title}
        caption={<>Iterates: each step moves {x} by −(learning rate) × {f}′({x}).</>}
        trajectory={result.trajectory ?? []}
        symbols={{ x, f }}
      />
    </ExampleFigure>
  );
}
