import type { ExampleBase, ParamSpec, Params, Quantities } from '../problems/types.ts';

/**
 * What the book needs to know about a kind of widget, apart from its island: the parameters an
 * example of this kind takes, every quantity it shows for given settings (the registry tests
 * read these), and its plot for the default settings (drawn at build time into the page).
 */
export interface WidgetKind<E extends ExampleBase & { defaults: Params }> {
  params(example: E): ParamSpec[];
  quantities(example: E, params: E['defaults']): Quantities;
  plot(example: E, document: Document): Element;
}
