import { parseHTML } from 'linkedom';

/** A DOM document for drawing plots at build time; the result is serialised into the page. */
export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

const geometry = / (d|transform|points|cx|cy|x|y|x1|x2|y1|y2)="([^"]*)"/g;

/**
 * The chart's markup with its coordinates rounded to a tenth of a pixel: invisible on screen,
 * and it roughly halves the size of a pre-rendered chart. Text (tick labels, titles) is untouched.
 */
export function compactSvg(markup: string): string {
  return markup.replace(geometry, (_, name: string, value: string) => {
    const rounded = value.replace(/-?\d+\.\d{2,}(e-?\d+)?(?![\d.%]|em|ex|px)/g, (n) => String(Math.round(Number(n) * 10) / 10));
    return ` ${name}="${rounded}"`;
  });
}
