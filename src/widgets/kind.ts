import type { ComponentChildren, FunctionComponent } from 'preact';
import type { ExampleBase, ParamSpec, Params, Quantities } from '../problems/types.ts';
import type { PlaygroundLink } from './playgroundLink.ts';

/** What every example carries besides its base: the kind's name, its problem and its default settings. */
export type KindExample = ExampleBase & { widget: string; defaults: Params };

/** Draws a result into `document` (a build-time DOM on the server, the page's own in the browser). */
export type Draw<E, R> = (example: E, result: R, document: Document) => Element;

/** What `Example.astro` renders an island with: the example's id and the pre-rendered plot as children. */
export interface IslandProps {
  id: string;
  children?: ComponentChildren;
}

/**
 * A kind of widget, whole: everything about it lives in its folder and is exported from its
 * `index.ts` as one of these, and `kinds.ts` lists them. The island imports its own kind (for
 * `useWidget`); the kind refers to the island only as a value, so the cycle is harmless.
 */
export interface WidgetKind<E extends KindExample, R, X extends object = object> {
  /** The `widget` its examples carry. */
  name: E['widget'];
  /** The controls and URL parameters an example accepts. */
  params(example: E): ParamSpec[];
  /**
   * A check across parameters, where each one's own range is not enough (From below To): the reason
   * the settings are refused, or nothing. A refused edit keeps the last good settings; a refused link, the defaults.
   */
  check?(example: E, params: E['defaults']): string | undefined;
  /**
   * Loads code the run needs that a page should not load before the reader edits (the playground's
   * formula reader): the build and the tests await it before any run, the island before its first.
   */
  load?(): Promise<unknown>;
  /** The model, pure: the result for the given settings. */
  run(example: E, params: E['defaults']): R;
  /**
   * Every quantity the widget shows for a result, at full precision. Only the build and the tests
   * read it: written `import.meta.env.SSR ? … : buildOnly`, it stays out of the browser's bundle.
   */
  quantities(example: E, result: R): Quantities;
  /**
   * One plain-text line (no TeX) on the run on screen, shown under the figure's title and read out
   * when it changes: "From x = 4 at rate 1.5 the iterates bounce between 5.09 and 5.49 and run out
   * of steps after 100." True for any settings; a divergence names its step.
   */
  describe(example: E, params: E['defaults'], result: R): string;
  /**
   * The playground's settings that reproduce the run of a function of one or two variables with
   * these settings ("Open in the playground" under the figure), or nothing where the playground
   * cannot run it.
   */
  playground?(example: E, params: E['defaults']): PlaygroundLink | undefined;
  /** Loads the plot code (in the browser only once the reader changes something) and gives its drawing function. */
  plot(): Promise<Draw<E, R>>;
  island: FunctionComponent<IslandProps & X>;
  /** Props beyond `IslandProps` that the island takes, computed at build time from the default run. */
  islandProps?(result: R): X;
}

/** What a kind has in the browser in place of a part that only the build and the tests call. */
export function buildOnly(): never {
  throw new Error('Only the build and the tests compute this.');
}
