/**
 * Makes a Plot chart one image with one text alternative: Plot labels every mark's `<g>` with
 * `aria-label`, which axe reports as a prohibited attribute, so those labels are dropped and the
 * chart carries a single description instead (its numbers are in the example's table).
 */
export function accessiblePlot(chart: Element, description: string): Element {
  for (const group of chart.querySelectorAll('[aria-label]')) {
    // Kept as a class: on a phone the book's CSS shows every other one of a long row of tick labels.
    if (group.getAttribute('aria-label')?.endsWith('tick label')) group.setAttribute('class', 'tick-labels');
    group.removeAttribute('aria-label');
  }
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', description);
  ownIds(chart, `c${hash(description)}`);
  markWidth(chart);
  return chart;
}

/**
 * Gives the chart its drawn width as `--plot-width`, from which the book's CSS (book.css) sizes its
 * text in CSS pixels: a chart scaled down to a phone's width keeps its text legible.
 */
function markWidth(chart: Element) {
  const width = chart.getAttribute('viewBox')?.split(/[\s,]+/)[2];
  if (!width) return;
  const style = chart.getAttribute('style');
  chart.setAttribute('style', `${style ? `${style.replace(/;?\s*$/, ';')}` : ''}--plot-width:${width}`);
}

/**
 * Plot numbers its clip paths from 1 in every JavaScript realm, so a chart drawn live in the
 * browser would reuse the ids of the charts pre-rendered around it, and `url(#…)` would pick up
 * another chart's clip rectangle. Prefixing each id (and its references) with a key of the
 * chart's own keeps them apart.
 */
function ownIds(chart: Element, prefix: string) {
  const ids = [...chart.querySelectorAll('[id]')].map((el) => el.id);
  if (ids.length === 0) return;
  for (const el of chart.querySelectorAll('[id]')) el.id = `${prefix}-${el.id}`;
  const reference = new RegExp(`url\\(#(${ids.map((id) => id.replace(/[^\w-]/g, '\\$&')).join('|')})\\)`, 'g');
  for (const el of [chart, ...chart.querySelectorAll(referring)]) {
    for (const name of urlAttributes) {
      const value = el.getAttribute(name);
      if (value?.startsWith('url(#')) el.setAttribute(name, value.replace(reference, `url(#${prefix}-$1)`));
    }
  }
}

/** The SVG attributes that can point at an element by `url(#id)`. */
const urlAttributes = ['clip-path', 'mask', 'filter', 'fill', 'stroke', 'marker-start', 'marker-mid', 'marker-end'];
const referring = urlAttributes.map((name) => `[${name}^="url(#"]`).join();

/** A short, stable key for a text (FNV-1a, base 36). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
