import { IterateTable } from '../descent1d/IterateTable.tsx';
import { statusText } from '../status.ts';
import { Controls, CopyLink, ExampleFigure, PlotArea, Results } from '../ui.tsx';
import type { IslandProps } from '../kind.ts';
import { useWidget } from '../useWidget.ts';
import { minimize1D } from './index.ts';
import { resultMessage } from './model.ts';

/** A library minimiser on a curve: its full result record, the plot of its iterates and their table. */
export default function Minimize1D({ id, children }: IslandProps) {
  const { example, specs, state, result, plot, live, ready, caption, playground } = useWidget(id, minimize1D);

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <PlotArea plot={plot} live={live}>
        {children}
      </PlotArea>
      <Results
        variant="result-record"
        items={[
          { label: 'x', name: 'x', value: result.x[0]! },
          { label: 'f', name: 'f', value: result.f },
          { label: 'gradient', name: 'gradient', value: result.gradient[0]! },
          { label: 'iterations', name: 'iterations', value: result.iterations },
          { label: 'evaluations', name: 'evaluations', value: result.evaluations },
          { label: 'reason', name: 'status', value: result.reason, text: statusText(result) },
          { label: 'message', name: 'message', value: resultMessage(result) },
        ]}
      />
      <Controls id={id} specs={specs} state={state} />
      <CopyLink link={state.link} playground={playground} />
      <IterateTable
        title={example.title}
        caption="Iterates: each step searches along −H·f′(x), where H is BFGS's running estimate of 1 / f″(x)."
        trajectory={result.trajectory ?? []}
        symbols={{ x: 'x', f: 'f' }}
      />
    </ExampleFigure>
  );
}
