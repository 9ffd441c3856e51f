import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getExample } from '../../examples/index.ts';
import type { Params } from '../../problems/types.ts';
import type { IslandProps } from '../kind.ts';
import { Legend } from '../legend.tsx';
import { onMapClick } from '../surface.ts';
import { Controls, CopyLink, ExampleFigure, PlotArea, Quantity, QuantityCell, TableRegion } from '../ui.tsx';
import { figureReady, useExample, useLivePlot } from '../useExample.ts';
import { playground } from './index.ts';
import { describePlayground, quantityNames, skippedText, type Lane, type PlaygroundExample, type PlaygroundParams, type PlaygroundRun, type RunView } from './model.ts';
import { presets } from './presets.ts';
import type { TypesetFunction } from './reader.ts';
import { curveMargins, laneStyles, mapMargins } from './styles.ts';
import { loadedTools, loadTools, type FormulaTools } from './tools.ts';

/** What the build gives the island: the default run, in plain data, and its function typeset. */
export interface IslandData {
  initial: RunView;
  typeset: TypesetFunction;
}

const asRaw = (params: Partial<Params>) => Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)]));

/** The function's field: commits on Enter or on leaving it; a refusal names the problem and marks where it is. */
function FormulaField(props: { id: string; draft: string; setDraft: (raw: string) => void; commit: (raw: string) => void; error?: { message: string; position?: number; text: string } }) {
  const { id, draft, setDraft, commit, error } = props;
  const field = `${id}-f`;
  return (
    <div class="example-control playground-formula">
      <label for={field}>Function f of x, or of x and y</label>
      <input
        id={field}
        type="text"
        autoComplete="off"
        spellcheck={false}
        value={draft}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${field}-error` : `${field}-help`}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onChange={(e) => commit(e.currentTarget.value)}
      />
      <p class="example-hint" id={`${field}-help`}>
        Numbers, x, y, pi, e, + − * / ^, brackets, and sqrt, exp, ln (or log), log10, sin, cos, tan, abs. Enter to run.
      </p>
      {error && (
        <div class="example-error" id={`${field}-error`} role="alert">
          <p>{error.message} Still showing the last function that could be read.</p>
          {error.position !== undefined && (
            <p class="formula-position" aria-hidden="true">
              <code>
                {error.text.slice(0, error.position)}
                <mark>{error.text.charAt(error.position) || ' '}</mark>
                {error.text.slice(error.position + 1)}
              </code>
            </p>
          )}
        </div>
      )}
    </div>
  );
}

/** The function and its derivatives as KaTeX typeset them. */
function Typeset({ typeset }: { typeset: TypesetFunction }) {
  return (
    <div class="playground-tex">
      <div dangerouslySetInnerHTML={{ __html: typeset.f }} />
      {typeset.partials.map((p) => (p.html ? <div key={p.variable} dangerouslySetInnerHTML={{ __html: p.html }} /> : <p key={p.variable}>{p.message}</p>))}
      <p class="example-hint">The symbolic derivative is shown for reading; the optimizers use exact gradients by automatic differentiation.</p>
    </div>
  );
}

function LaneResults({ lane, index, variables }: { lane: Lane; index: number; variables: readonly string[] }) {
  const { partial, prefix } = quantityNames(variables);
  const p = prefix(index);
  const head = variables.map((v) => (
    <th scope="col" key={v}>
      {v}
    </th>
  ));
  return (
    <section class="playground-lane" aria-label={lane.label}>
      <p class="playground-lane-title">
        <strong>
          {index === 0 ? 'First' : 'Second'}: {lane.label}
        </strong>
      </p>
      <dl class="example-results">
        <div>
          <dt>Status</dt>
          <dd>
            <Quantity name={`${p}status`} value={lane.reason} text={lane.status} />
          </dd>
        </div>
        <div>
          <dt>Final point</dt>
          <dd>
            ({variables.map((v, j) => (
              <span key={v}>
                {j > 0 && ', '}
                <Quantity name={`${p}${v}`} value={lane.x[j]!} />
              </span>
            ))})
          </dd>
        </div>
        <div>
          <dt>f there</dt>
          <dd>
            <Quantity name={`${p}f`} value={lane.f} />
          </dd>
        </div>
        <div>
          <dt>∇f there</dt>
          <dd>
            ({variables.map((v, j) => (
              <span key={v}>
                {j > 0 && ', '}
                <Quantity name={`${p}${partial(v)}`} value={lane.gradient[j]!} />
              </span>
            ))})
          </dd>
        </div>
        <div>
          <dt>Steps</dt>
          <dd>
            <Quantity name={`${p}iterations`} value={lane.iterations} />
          </dd>
        </div>
      </dl>
      {lane.note && <p class="example-hint">{lane.note}</p>}
      <TableRegion label={`Iterates of ${lane.label}`} caption={`Iterates of ${lane.label}: xₖ = xₖ₋₁ − step. ${skippedText(lane) ?? ''}`}>
        <thead>
          <tr>
            <th scope="col">k</th>
            {head}
            <th scope="col">f</th>
            {variables.map((v) => (
              <th scope="col" key={v}>
                {variables.length === 1 ? 'f′' : `∂f/∂${v}`}
              </th>
            ))}
            <th scope="col">step</th>
          </tr>
        </thead>
        <tbody>
          {lane.rows.map((row) => (
            <tr key={row.k}>
              <th scope="row">{row.k}</th>
              {variables.map((v, j) => (
                <QuantityCell key={v} name={`${p}${v}@${row.k}`} value={row.x[j]!} />
              ))}
              <QuantityCell name={`${p}f@${row.k}`} value={row.f} />
              {variables.map((v, j) => (
                <QuantityCell key={v} name={`${p}${partial(v)}@${row.k}`} value={row.gradient[j]!} />
              ))}
              <td>{row.k === 0 ? '—' : row.step.map((s) => Number(s.toPrecision(6))).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </section>
  );
}

/**
 * The playground: the reader's function, typed or chosen from the book's, descended on by one
 * optimizer or two. The parser, the gradients and KaTeX load on the first edit; until then the
 * figure shows the default run the build made.
 */
export default function Playground({ id, children, initial, typeset }: IslandProps & IslandData) {
  const example = getExample(id) as unknown as PlaygroundExample;
  const specs = useMemo(() => playground.params(example), [example]);
  const state = useExample<PlaygroundParams>(id, specs, example.defaults, (p) => playground.check!(example, p));
  const [tools, setTools] = useState<FormulaTools | undefined>(loadedTools);
  const load = () => (tools ? Promise.resolve(tools) : loadTools().then((t) => (setTools(() => t), t)));
  useEffect(() => {
    if (state.changed) load();
  }, [state.changed]);

  // The last settings that ran, and their run: what stays on screen when an edit or a link is refused.
  const good = useRef<{ params: PlaygroundParams; run?: PlaygroundRun }>({ params: example.defaults });
  const run = useMemo(() => (state.changed && tools ? playground.run(example, state.params) : undefined), [state.params, tools]);
  const [refused, setRefused] = useState<{ message: string; position?: number; text: string } | undefined>();
  if (run?.view.ok) good.current = { params: state.params, run };
  useEffect(() => {
    if (!run || run.view.ok) return;
    // Only a link (or an edit that beat the reader's loading) gets here: the field checks what it commits.
    setRefused({ ...run.view, text: state.params.f });
    state.editAll(asRaw(good.current.params));
  }, [run]);

  const shown = good.current.run;
  const view = (shown?.view.ok ? shown.view : initial) as RunView;
  const { plot, live } = useLivePlot(shown !== undefined, playground.plot, (draw) => draw(example, shown!, document), [shown]);
  const ready = figureReady(state, live) && (!state.changed || shown !== undefined);
  const caption = useMemo(() => describePlayground(good.current.params, view), [view]);
  const shownTypeset = useMemo(() => {
    if (!tools || !shown?.view.ok) return typeset;
    const reading = tools.readFunction(shown.view.f);
    return reading.ok ? tools.typesetFunction(reading.fn) : typeset;
  }, [tools, shown?.view.ok && shown.view.f]);

  const [busy, setBusy] = useState(false);
  async function commitFormula(raw: string) {
    if (raw === state.params.f) return setRefused(undefined);
    setBusy(true);
    const t = await load();
    setBusy(false);
    const reading = t.readFunction(raw);
    if (!reading.ok) return setRefused({ ...reading, text: raw });
    const dims = reading.fn.variables.length;
    const same = state.params.start.length === dims;
    // A function of a new number of variables starts where the old one did, in a window of ±5 around
    // that start in each new variable.
    const start = same ? state.params.start : Array.from({ length: dims }, (_, i) => state.params.start[i] ?? state.params.start[0] ?? 0);
    const window = same ? {} : { yrange: [start[1] ?? 0, start[1] ?? 0].map((v, i) => v + (i ? 5 : -5)) };
    const problem = playground.check!(example, { ...state.params, ...window, f: raw, start });
    if (problem) return setRefused({ message: `${problem}.`, text: raw });
    setRefused(undefined);
    state.editAll(asRaw({ f: raw, start, ...window }));
  }

  async function choosePreset(presetId: string) {
    const preset = presets.find((p) => p.id === presetId);
    if (!preset) return;
    await load();
    setRefused(undefined);
    state.editAll(asRaw({ ...example.defaults, yrange: state.params.yrange, ...preset.params }));
  }

  const variables = view.variables;
  const twoD = variables.length === 2;
  const legend = view.lanes.map((lane, i) => ({ label: lane.label, ...laneStyles[i]!, mark: 'line' as const }));
  // The plotting area of the map, or of the curve (whose height is of no interest: a click sets x).
  const frame = (svg: SVGSVGElement) => {
    const { width, height } = svg.viewBox.baseVal;
    const margins = twoD ? mapMargins : curveMargins;
    const [x1, x2] = good.current.params.xrange;
    const [y1, y2] = twoD ? good.current.params.yrange : [0, 1];
    return {
      left: margins.left,
      top: margins.top,
      width: width - margins.left - margins.right,
      height: height - margins.top - margins.bottom,
      domain: { x: [x1!, x2!] as const, y: [y1!, y2!] as const },
    };
  };
  const clickStep = 10 ** Math.floor(Math.log10((state.params.xrange[1]! - state.params.xrange[0]!) / 100));

  return (
    <ExampleFigure id={id} example={example} caption={caption} settings={state.params} params={specs} ready={ready} notes={state.notes}>
      <div class="playground-function" onFocusIn={() => load()}>
        <div class="example-control">
          <label for={`${id}-preset`}>Start from a function of the book</label>
          <select id={`${id}-preset`} value="" onChange={(e) => choosePreset(e.currentTarget.value)}>
            <option value="">Choose…</option>
            {presets.map((p) => (
              <option value={p.id} key={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <FormulaField id={id} draft={state.drafts.f ?? ''} setDraft={(raw) => state.draft('f', raw)} commit={commitFormula} error={refused} />
        {busy && <p class="example-hint">Loading the formula reader…</p>}
        <Typeset typeset={shownTypeset} />
      </div>
      <div onFocusIn={() => load()}>
        <Controls id={id} specs={specs.filter((s) => s.name !== 'f' && (twoD || s.name !== 'yrange'))} state={state} />
      </div>
      <PlotArea
        plot={plot}
        live={live}
        onClick={onMapClick(frame, clickStep, (x, y) => state.editAll({ start: twoD ? `${x},${y}` : String(x) }))}
      >
        {children}
      </PlotArea>
      <p class="example-hint">Set the start in its field or by clicking the {twoD ? 'map' : 'curve'}.</p>
      <Legend entries={legend} />
      {view.lanes.map((lane, i) => (
        <LaneResults key={`${i}-${lane.method}`} lane={lane} index={i} variables={variables} />
      ))}
      <CopyLink link={state.link} />
    </ExampleFigure>
  );
}
