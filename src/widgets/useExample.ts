import { useEffect, useState } from 'preact/hooks';
import type { ParamSpec, Params } from '../examples/types.ts';
import { linkTo, parseParam, readUrlParams } from './params.ts';

function asDrafts(params: Params): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)]));
}

/**
 * The state every example widget keeps: the last good settings, what the reader has typed,
 * a message for each refused value, the notes about refused URL parameters, and whether the
 * page has hydrated (`ready`) and been changed from its pre-rendered defaults (`changed`).
 */
export function useExample<P extends Params>(id: string, specs: readonly ParamSpec[], defaults: P) {
  const [params, setParams] = useState<P>(defaults);
  const [drafts, setDrafts] = useState(() => asDrafts(defaults));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState<string[]>([]);
  const [ready, setReady] = useState(false);
  const [changed, setChanged] = useState(false);

  useEffect(() => {
    const { values, notes } = readUrlParams(id, specs, window.location.search);
    if (Object.keys(values).length > 0) {
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
    let next = params;
    const refused: Record<string, string> = {};
    for (const [name, raw] of Object.entries(raws)) {
      const spec = specs.find((s) => s.name === name);
      if (!spec) continue;
      const parsed = parseParam(spec, raw);
      if (parsed.ok) next = { ...next, [name]: parsed.value };
      else refused[name] = `${parsed.message}. Still showing the last valid value.`;
    }
    setErrors((e) => {
      const kept = Object.fromEntries(Object.entries(e).filter(([name]) => !(name in raws)));
      return { ...kept, ...refused };
    });
    if (next === params) return;
    setParams(next);
    setChanged(true);
    window.history.replaceState(window.history.state, '', linkTo(id, next, window.location.href));
  }

  const edit = (name: string, raw: string) => editAll({ [name]: raw });

  return { params, drafts, errors, notes, ready, changed, edit, editAll, link: () => linkTo(id, params, window.location.href) };
}

/** Loads a plot module on first need and draws into `container` whenever `draw`'s inputs change. */
export function useLivePlot<M>(
  enabled: boolean,
  load: () => Promise<M>,
  draw: (module: M, container: HTMLElement) => void,
  container: { current: HTMLElement | null },
  inputs: unknown[],
) {
  const [module, setModule] = useState<M | null>(null);
  useEffect(() => {
    if (enabled && !module) load().then((m) => setModule(() => m));
  }, [enabled]);
  useEffect(() => {
    if (module && container.current) draw(module, container.current);
  }, [module, ...inputs]);
  return module !== null;
}
