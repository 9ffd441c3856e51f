import { useMemo } from 'preact/hooks';
import { getExample } from '../examples/index.ts';
import type { KindExample, WidgetKind } from './kind.ts';
import { shownLink } from './playgroundLink.ts';
import { figureReady, useExample, useLivePlot } from './useExample.ts';

type WidgetState<E extends KindExample> = ReturnType<typeof useExample<E['defaults']>>;

/**
 * What every island starts with: its example (looked up by id: the one place a widget reads the
 * registry), the controls' state (see `useExample`), the kind's result for the current settings,
 * and the plot container, which shows the pre-rendered plot until the reader changes something
 * and a live one after (`live`). `ready` is the figure's state: hydrated, and its plot shows the
 * current result; `caption` is the kind's line on the run on screen; `playground`, where the kind gives one, the link that opens these settings in the playground. A kind whose result is not one call of `run` per change of settings (computed
 * in stages, or elsewhere) passes `useResult`, and `plotted` if the plot draws only part of it.
 */
export function useWidget<E extends KindExample, R, T = R>(
  id: string,
  kind: WidgetKind<E, R, any>,
  useResult: (example: E, state: WidgetState<E>) => T = useRun(kind),
  plotted: (result: T) => R = (result) => result as unknown as R,
) {
  const example = getExample(id) as unknown as E;
  const specs = useMemo(() => kind.params(example), [example]);
  const state = useExample<E['defaults']>(id, specs, example.defaults, kind.check && ((params) => kind.check!(example, params)));
  const result = useResult(example, state);
  const drawn = plotted(result);
  const { plot, live } = useLivePlot(state.changed, kind.plot, (draw) => draw(example, drawn, document), [drawn]);
  const caption = useMemo(() => kind.describe(example, state.params, drawn), [state.params, drawn]);
  const playground = useMemo(() => {
    const link = kind.playground?.(example, state.params);
    return link && shownLink(link);
  }, [state.params]);
  return { example, specs, state, result, plot, live, ready: figureReady(state, live), caption, playground };
}

/** The kind's run, again whenever the settings change (the default, where the result is the run's: T = R). */
function useRun<E extends KindExample, R, T>(kind: WidgetKind<E, R, any>) {
  return (example: E, { params }: { params: E['defaults'] }) => useMemo(() => kind.run(example, params), [params]) as unknown as T;
}
