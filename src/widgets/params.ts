import type { ListParam, NumberParam, ParamSpec, ParamValue, Params, TextParam } from '../problems/types.ts';

/** The seed of a figure's random generator: any whole number the generator takes, 0 to 2³² − 1. */
export const seedParam: NumberParam = { kind: 'number', name: 'seed', label: 'Seed', min: 0, max: 2 ** 32 - 1, integer: true, step: 1 };

export type Parsed = { ok: true; value: ParamValue } | { ok: false; message: string };

const decimal = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function checkRange(spec: NumberParam, value: number): string | undefined {
  if (spec.integer && !Number.isInteger(value)) return `${spec.label} must be a whole number`;
  if (spec.aboveMin ? value <= spec.min : value < spec.min)
    return `${spec.label} must be ${spec.aboveMin ? 'above' : 'at least'} ${spec.min}`;
  if (value > spec.max) return `${spec.label} must be at most ${spec.max}`;
  return undefined;
}

/** Reads one control or URL value. Anything but a finite number inside the range is refused, with the reason. */
export function parseParam(spec: ParamSpec, raw: string): Parsed {
  const text = raw.trim();
  if (spec.kind === 'choice') {
    const choice = spec.choices.find((c) => c.value === text);
    if (choice) return { ok: true, value: choice.value };
    return { ok: false, message: `${spec.label} must be one of ${spec.choices.map((c) => c.value).join(', ')}` };
  }
  if (spec.kind === 'list') return parseList(spec, text);
  if (spec.kind === 'text') return parseText(spec, text);
  if (text === '') return { ok: false, message: `${spec.label} is empty` };
  // Messages never repeat the refused text: a page must not show "NaN" or "Infinity", even quoted.
  if (!decimal.test(text)) return { ok: false, message: `${spec.label} must be a number` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: `${spec.label} is too large` };
  const problem = checkRange(spec, value);
  return problem ? { ok: false, message: problem } : { ok: true, value };
}

/** A list such as `6, 7, 3, 5`: commas and/or spaces between finite numbers inside the range. */
function parseList(spec: ListParam, text: string): Parsed {
  const items = text.split(/[\s,]+/).filter((item) => item !== '');
  if (items.length === 0) return { ok: false, message: `${spec.label} is empty` };
  // As for a single number, a message never repeats the refused text.
  const count = spec.length === undefined ? 'numbers' : `${spec.length} numbers`;
  if (spec.length !== undefined && items.length !== spec.length)
    return { ok: false, message: `${spec.label} must be ${count} separated by commas` };
  if (spec.maxLength !== undefined && items.length > spec.maxLength)
    return { ok: false, message: `${spec.label} takes at most ${spec.maxLength} numbers` };
  const values: number[] = [];
  for (const item of items) {
    const value = Number(item);
    if (!decimal.test(item) || !Number.isFinite(value)) return { ok: false, message: `${spec.label} must be ${count} separated by commas` };
    if (value < spec.min || value > spec.max) return { ok: false, message: `${spec.label} must lie between ${spec.min} and ${spec.max}` };
    values.push(value);
  }
  return { ok: true, value: values };
}

/** Text of printable characters within the length; like a number, a message never repeats it. */
function parseText(spec: TextParam, text: string): Parsed {
  if (text === '') return { ok: false, message: `${spec.label} is empty` };
  if (text.length > spec.maxLength) return { ok: false, message: `${spec.label} is too long: at most ${spec.maxLength} characters` };
  if (/[\p{Cc}\p{Cf}]/u.test(text)) return { ok: false, message: `${spec.label} has a control character` };
  return { ok: true, value: text };
}

/** The `?{id}.{name}=value` settings in a query string: the accepted values and a note for each refused one. */
export function readUrlParams(id: string, specs: readonly ParamSpec[], search: string) {
  const values: Params = {};
  const notes: string[] = [];
  for (const [key, raw] of new URLSearchParams(search)) {
    if (!key.startsWith(`${id}.`)) continue;
    const name = key.slice(id.length + 1);
    const spec = specs.find((s) => s.name === name);
    if (!spec) {
      notes.push(`Ignored “${key}”: this example has no setting called “${name}”.`);
      continue;
    }
    const parsed = parseParam(spec, raw);
    if (parsed.ok) values[name] = parsed.value;
    else notes.push(`Ignored “${key}”: ${parsed.message}. The default is used.`);
  }
  return { values, notes };
}

/** The address that reproduces `params` for example `id`, keeping everything else in `href`. */
export function linkTo(id: string, params: Params, href: string): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(`${id}.`)) url.searchParams.delete(key);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(`${id}.${name}`, String(value));
  // Lists read as `x0=2,3`: a comma needs no escaping in a query string.
  url.search = url.search.replace(/%2C/gi, ',');
  url.hash = id;
  return url.toString();
}
