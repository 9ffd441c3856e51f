import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ParamSpec, Params } from '../problems/types.ts';
import { withoutPlotStyle } from '../plots/plot-style.ts';
import { linkTo, parseParam, readUrlParams } from './params.ts';

function asDrafts(params: Params): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)]));
}

/**
 * The state every example widget keeps: the last good settings, what the reader has typed,
 * a message for each refused value, the notes about refused URL parameters, and whether the
 * page has hydrated (`ready`) and been changed from its pre-rendered defaults (`changed`).
 */
export function useExample<P extends Params>(id: string, specs: readonly ParamSpec[], defaults: P, check?: (params: P) => string | undefined) {
  const [params, setParamsState] = useState<P>(defaults);
  // The latest settings, for an edit that arrives before the re-render of the one before it.
  const latest = useRef<P>(defaults);
  const setParams = (next: P) => {
    latest.current = next;
    setParamsState(next);
  };
  const [drafts, setDrafts] = useState(() => asDrafts(defaults));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState<string[]>([]);
  const [ready, setReady] = useState(false);
  const [changed, setChanged] = useState(false);
  const addressUpdate = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    const { values, notes } = readUrlParams(id, specs, window.location.search);
    const names = Object.keys(values);
    const problem = names.length > 0 ? check?.({ ...defaults, ...values }) : undefined;
    if (problem) notes.push(`Ignored ${names.map((name) => `“${id}.${name}”`).join(', ')}: ${problem}. The defaults are used.`);
    else if (names.length > 0) {
      const next = { ...defaults, ...values };
      setParams(next);
      setDrafts(asDrafts(next));
      setChanged(true);
    }
    setNotes(notes);
    setReady(true);
  }, []);

  /** Commits raw values for one or more parameters at once (a click on a plot sets x and y together). */
  function editAll(raws: Record<string, string>) {
    setDrafts((d) => ({ ...d, ...raws }));
    const before = latest.current;
    let next = before;
    const refused: Record<string, string> = {};
    for (const [name, raw] of Object.entries(raws)) {
      const spec = specs.find((s) => s.name === name);
      if (!spec) continue;
      const parsed = parseParam(spec, raw);
      if (parsed.ok) next = { ...next, [name]: parsed.value };
      else refused[name] = `${parsed.message}. Still showing the last valid value.`;
    }
    const problem = next === before ? undefined : check?.(next);
    if (problem) {
      for (const name of Object.keys(raws)) refused[name] ??= `${problem}. Still showing the last valid value.`;
      next = before;
    }
    setErrors((e) => {
      const kept = Object.fromEntries(Object.entries(e).filter(([name]) => !(name in raws)));
      return { ...kept, ...refused };
    });
    if (next === before) return;
    setParams(next);
    setChanged(true);
    // The address follows the settings once they rest, not on every step of a slider drag: each
    // replaceState costs a few milliseconds, and browsers ignore calls past a rate limit.
    clearTimeout(addressUpdate.current);
    addressUpdate.current = setTimeout(() => {
      window.history.replaceState(window.history.state, '', linkTo(id, latest.current, window.location.href));
    }, 100);
  }

  const edit = (name: string, raw: string) => editAll({ [name]: raw });

  /** Keeps what the reader is typing, so that a re-render before they commit it does not undo it. */
  const draft = (name: string, raw: string) => setDrafts((d) => ({ ...d, [name]: raw }));

  return { params, drafts, errors, notes, ready, changed, edit, editAll, draft, link: () => linkTo(id, params, window.location.href) };
}

/**
 * Loads a plot module on first need and, whenever `inputs` change, replaces what the plot
 * container (`plot`, for the figure's PlotArea) shows with the chart `draw` returns.
 */
export function useLivePlot<M>(enabled: boolean, load: () => Promise<M>, draw: (module: M) => Element, inputs: unknown[]) {
  const plot = useRef<HTMLDivElement>(null);
  const [module, setModule] = useState<M | null>(null);
  useEffect(() => {
    if (enabled && !module) load().then((m) => setModule(() => m));
  }, [enabled]);
  // Drawn before the browser paints, so the plot changes in the same frame as the numbers.
  useLayoutEffect(() => {
    if (module && plot.current) plot.current.replaceChildren(withoutPlotStyle(draw(module)));
  }, [module, ...inputs]);
  return { plot, live: module !== null };
}

/**
 * The figure's `ready` state (see the page contract): hydrated, and its plot shows the current run,
 * which once the settings differ from the pre-rendered ones means the live plot has been drawn.
 */
export function figureReady(state: { ready: boolean; changed: boolean }, live: boolean): boolean {
  return state.ready && (live || !state.changed);
}
