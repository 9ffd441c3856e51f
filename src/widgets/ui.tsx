import type { ComponentChildren, RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { NumberParam, ParamSpec, Params } from '../problems/types.ts';
import { formatNumber } from './format.ts';

interface QuantityProps {
  name: string;
  value: number | string;
  text?: string;
}

/** One displayed result: readers see the rounded text, tests read the full-precision `data-value`. */
export function Quantity({ name, value, text }: QuantityProps) {
  return (
    <span data-quantity={name} data-value={String(value)}>
      {shownText(value, text)}
    </span>
  );
}

/** A table cell that is one result, as `Quantity`, without a span inside (tables are most of a chapter's elements). */
export function QuantityCell({ name, value, text }: QuantityProps) {
  return (
    <td data-quantity={name} data-value={String(value)}>
      {shownText(value, text)}
    </td>
  );
}

function shownText(value: number | string, text: string | undefined): string {
  return text ?? (typeof value === 'number' ? formatNumber(value) : value);
}

function nudge(spec: NumberParam, draft: string, direction: 1 | -1): string | undefined {
  const current = Number(draft);
  if (draft.trim() === '' || !Number.isFinite(current)) return undefined;
  const next = Math.min(spec.max, Math.max(spec.min, current + direction * spec.step));
  if (spec.aboveMin && next <= spec.min) return undefined;
  return String(Number(next.toPrecision(12)));
}


interface ControlsProps {
  id: string;
  specs: readonly ParamSpec[];
  /** `useExample`'s state: what the reader has typed, the refusals, and how to commit or keep a draft. */
  state: {
    params: Params;
    drafts: Record<string, string>;
    errors: Record<string, string>;
    edit: (name: string, raw: string) => void;
    draft: (name: string, raw: string) => void;
  };
  /** Commits a value, where the widget checks more than each parameter's own range. */
  edit?: (name: string, raw: string) => void;
}

/**
 * A labelled control for every parameter. Number and list fields commit on Enter and on leaving the field;
 * number fields also on ↑/↓, and a slider, where the parameter asks for one, as it moves.
 */
export function Controls({ id, specs, state, edit = state.edit }: ControlsProps) {
  const { drafts, errors, draft } = state;
  return (
    <div class="example-controls">
      {specs.map((spec) => {
        const field = `${id}-${spec.name}`;
        const error = errors[spec.name];
        const described = error ? `${field}-error` : undefined;
        return (
          <div class="example-control" key={spec.name}>
            <label for={field} id={`${field}-label`}>
              {spec.label}
            </label>
            {spec.kind === 'number' && spec.slider && (
              <Slider spec={spec} value={String(state.params[spec.name])} commit={(raw) => edit(spec.name, raw)} />
            )}
            {spec.kind === 'choice' ? (
              <select id={field} value={drafts[spec.name]} onChange={(e) => edit(spec.name, e.currentTarget.value)}>
                {spec.choices.map((c) => (
                  <option value={c.value} key={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={field}
                type="text"
                inputMode={spec.kind === 'number' ? 'decimal' : 'text'}
                autoComplete="off"
                spellcheck={false}
                value={drafts[spec.name]}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={described}
                onInput={(e) => draft(spec.name, e.currentTarget.value)}
                onChange={(e) => edit(spec.name, e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (spec.kind !== 'number' || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
                  const next = nudge(spec, e.currentTarget.value, e.key === 'ArrowUp' ? 1 : -1);
                  if (next === undefined) return;
                  e.preventDefault();
                  edit(spec.name, next);
                }}
              />
            )}
            {error && (
              <p class="example-error" id={described} role="alert">
                {error}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}

/**
 * A range input beside a number field: it shows the setting in use (never a refused or half-typed
 * value), its position while dragged, and commits when released or moved with the keyboard.
 */
function Slider(props: { spec: NumberParam; value: string; commit: (raw: string) => void }) {
  const { spec, value, commit } = props;
  const range = typeof spec.slider === 'object' ? spec.slider : spec;
  const [dragged, setDragged] = useState<string | null>(null);
  return (
    <input
      class="example-slider"
      type="range"
      aria-label={`${spec.label} (slider)`}
      min={range.min}
      max={range.max}
      step={range.step}
      value={dragged ?? value}
      onInput={(e) => setDragged(e.currentTarget.value)}
      onChange={(e) => {
        setDragged(null);
        commit(e.currentTarget.value);
      }}
    />
  );
}

/** How long "Copy link" waits for the clipboard before it offers the link to copy by hand. */
const clipboardWait = 2000;

/**
 * Writes the address of the current state to the clipboard and says so in a status line; where the
 * clipboard refuses or does not answer, it says that and shows the link, selected, to copy by hand.
 * The status goes once the settings change, since the link it speaks of is then out of date. Beside
 * it, where the kind gives one, a link that opens the current settings in the playground.
 */
export function CopyLink({ link, playground }: { link: () => string; playground?: { href: string; text: string } }) {
  // The address is the page's: there is none while the build renders the figure.
  const href = typeof window === 'undefined' ? '' : link();
  const [copied, setCopied] = useState<{ href: string; ok: boolean } | null>(null);
  const shown = copied?.href === href ? copied : null;
  return (
    <div class="example-link">
      <button
        type="button"
        onClick={async () => {
          setCopied(null);
          const answer = navigator.clipboard?.writeText(href) ?? Promise.reject(new Error('no clipboard'));
          const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), clipboardWait));
          try {
            await Promise.race([answer, timeout]);
            setCopied({ href, ok: true });
          } catch {
            setCopied({ href, ok: false });
          }
        }}
      >
        Copy link
      </button>
      {playground && (
        <a class="playground-link" href={playground.href}>
          {playground.text}
        </a>
      )}
      <span role="status" class={shown ? (shown.ok ? 'copy-done' : 'copy-refused') : undefined}>
        {shown && (shown.ok ? '✓ Link copied: it reproduces exactly this state.' : 'Could not copy: this browser refused the clipboard. Select the link below and copy it.')}
      </span>
      {shown && !shown.ok && (
        <input type="text" readOnly value={href} aria-label="Link to this state" ref={(field) => field?.select()} />
      )}
    </div>
  );
}

interface FigureProps {
  id: string;
  /** Its title is the caption; its summary, of the run with its defaults, opens the figure. */
  example: { title: string; summary: string; defaults: Params };
  /** The settings on screen: where they differ from the defaults, the summary says it is of the default run. */
  settings: Params;
  /** The kind's one line on the run on screen, under the title; read out when it changes. */
  caption: string;
  params: readonly ParamSpec[];
  /** Hydrated, run, and showing the plot of this run: the live plot once the settings differ from the pre-rendered ones. */
  ready: boolean;
  notes: string[];
  children: ComponentChildren;
}

/** The page contract every example keeps: `<figure id data-example data-params data-state>`. */
export function ExampleFigure({ id, example, caption, settings, params, ready, notes, children }: FigureProps) {
  const ownSettings = Object.entries(example.defaults).every(([name, value]) => String(settings[name]) === String(value));
  return (
    <figure
      id={id}
      class="example not-content"
      data-example={id}
      data-params={params.map((p) => p.name).join(',')}
      data-state={ready ? 'ready' : 'static'}
      aria-labelledby={`${id}-title`}
    >
      <figcaption id={`${id}-title`}>
        <a href={`#${id}`}>{example.title}</a>
      </figcaption>
      <p class="run-caption" aria-live="polite">
        {caption}
      </p>
      {notes.length > 0 && (
        <div class="example-notes" role="status">
          {notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      <p class="example-summary">
        {!ownSettings && 'With the default settings: '}
        {example.summary}
      </p>
      {children}
    </figure>
  );
}

/** Where a figure's plot goes: the pre-rendered chart (`children`) until a live one is drawn into `plot`. */
export function PlotArea(props: { plot: RefObject<HTMLDivElement>; live: boolean; onClick?: (event: MouseEvent) => void; children?: ComponentChildren }) {
  return (
    <div class="example-plot" ref={props.plot} onClick={props.onClick}>
      {props.live ? null : props.children}
    </div>
  );
}

/** A table in a region that scrolls sideways by itself on a narrow screen and is reachable by keyboard. */
export function TableRegion({ label, caption, children }: { label: string; caption: ComponentChildren; children: ComponentChildren }) {
  return (
    <div class="example-table" tabIndex={0} role="region" aria-label={label}>
      <table>
        <caption>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export interface ResultItem {
  label: ComponentChildren;
  name: string;
  value: number | string;
  /** The reader's text, where it is not the formatted value (a status sentence). */
  text?: string;
}

/** A run's results: each quantity under its label. */
export function Results({ items, variant = 'example-results' }: { items: readonly ResultItem[]; variant?: 'example-results' | 'result-record' }) {
  return (
    <dl class={variant}>
      {items.map((item) => (
        <div key={item.name}>
          <dt>{item.label}</dt>
          <dd>
            <Quantity name={item.name} value={item.value} text={item.text} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
