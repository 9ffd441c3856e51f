import type { Chapter } from '../chapters.ts';

/** The seeds under shared/seeds, by their number; 'book' marks a number the book computes itself. */
export type SourceId = '000' | '001' | '002' | '003' | '004' | 'book';

/** A number the book quotes: checked against a fresh run by Vitest and on every page by Playwright. */
export interface Documented {
  /** The quantity it names, as the widget shows it in `data-quantity`. */
  name: string;
  value: number | string;
  /** Largest accepted absolute difference; 0 for text such as a status. */
  tolerance: number;
  source: SourceId;
  /** What the source printed, as it printed it. */
  printed?: string;
  /** Why the source's number does not reproduce, where it does not. */
  erratum?: string;
  /** Anything else a reader should know about this number, such as why the book computes it itself. */
  note?: string;
}

/** A control or URL parameter of an example. */
export interface NumberParam {
  kind: 'number';
  name: string;
  label: string;
  min: number;
  max: number;
  /** Whether `min` itself is excluded (a learning rate must be above 0). */
  aboveMin?: boolean;
  integer?: boolean;
  /** Arrow-key increment in the control. */
  step: number;
  /**
   * Also show a range slider next to the field (for a value the reader sweeps, such as a point):
   * `true` spans min to max in steps of `step`; a range narrows it to the values worth sweeping.
   */
  slider?: boolean | { min: number; max: number; step: number };
}

/**
 * A list of numbers, each inside [min, max], such as a start (x, y) or a list of guesses; the URL
 * carries it as `1,2,3`. `length` asks for exactly that many numbers, `maxLength` for at most that
 * many (it caps the work a list can ask for).
 */
export interface ListParam {
  kind: 'list';
  name: string;
  label: string;
  min: number;
  max: number;
  length?: number;
  maxLength?: number;
}

export interface ChoiceParam {
  kind: 'choice';
  name: string;
  label: string;
  choices: readonly { value: string; label: string }[];
}

/**
 * Free text of at most `maxLength` characters, such as the playground's formula. Only its length
 * and characters are checked here: the widget reads the text itself (and never runs it).
 */
export interface TextParam {
  kind: 'text';
  name: string;
  label: string;
  maxLength: number;
}

/** A point given as comma-separated numbers, such as a start "0,1"; every component must lie in [min, max]. */
export type ParamSpec = NumberParam | ChoiceParam | ListParam | TextParam;
export type ParamValue = number | string | readonly number[];
export type Params = Record<string, ParamValue>;

/** What every example has, whatever its widget. */
export interface ExampleBase {
  /** Stable: readers link to it. */
  id: string;
  chapter: Chapter;
  title: string;
  /** One sentence for the examples index and the figure's text alternative. */
  summary: string;
  documented: Documented[];
}

/** A full-precision quantity shown by a widget: a number, or a status word. */
export type Quantities = Record<string, number | string>;
