import { useMemo } from 'preact/hooks';
import { getExample, type Example } from '../examples/index.ts';
import type { ParamSpec } from '../problems/types.ts';
import { figureReady, useExample, useLivePlot } from './useExample.ts';

/**
 * What every island of a widget kind starts with: its example, the controls' state (see
 * `useExample`), the model's result for the current settings, and the plot container, which
 * shows the pre-rendered plot until the reader changes something and a live one after (`live`).
 * `ready` is the figure's state: hydrated, and its plot shows the current run.
 */
export function useWidget<E extends Example, R, M>(
  id: string,
  specsOf: (example: E) => ParamSpec[],
  run: (example: E, params: E['defaults']) => R,
  load: () => Promise<M>,
  draw: (module: M, example: E, result: R) => Element,
) {
  const example = getExample(id) as E;
  const specs = useMemo(() => specsOf(example), [example]);
  const state = useExample<E['defaults']>(id, specs, example.defaults);
  const result = useMemo(() => run(example, state.params), [state.params]);
  const { plot, live } = useLivePlot(state.changed, load, (m) => draw(m, example, result), [result]);
  return { example, specs, state, result, plot, live, ready: figureReady(state, live) };
}
