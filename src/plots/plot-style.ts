/**
 * `chart` without the `<style>` element Plot puts in every chart it draws; returns `chart`.
 * Each new style element makes the browser restyle the whole page, which on a long chapter was
 * most of a redraw's style work. The book's CSS gives the charts the same rules (book.css).
 */
export function withoutPlotStyle<E extends Element>(chart: E): E {
  for (const style of chart.querySelectorAll('style')) style.remove();
  return chart;
}
