/** A chart and where its top-left corner goes in the combined picture. */
export interface Panel {
  chart: Element;
  x: number;
  y: number;
}

/**
 * Several Plot charts as one SVG, so a figure with linked views (a curve and its derivative, a map
 * and its slices) is still one image with one text alternative. Each chart becomes a translated
 * group that keeps its presentation attributes; Plot's per-chart `<style>` is dropped because the
 * page's own CSS sizes the outer SVG.
 */
export function composePlots(document: Document, panels: readonly Panel[], width: number, height: number): Element {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  for (const { chart, x, y } of panels) {
    const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    for (const name of ['fill', 'font-family', 'font-size', 'text-anchor', 'class']) {
      const value = chart.getAttribute(name);
      if (value !== null) group.setAttribute(name, value);
    }
    group.setAttribute('transform', `translate(${x},${y})`);
    for (const child of [...chart.childNodes]) {
      if ((child as Element).tagName?.toLowerCase() !== 'style') group.appendChild(child);
    }
    svg.appendChild(group);
  }
  return svg;
}
