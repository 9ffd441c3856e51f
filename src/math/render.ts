import katex from 'katex';
import { katexOptions } from './katex.ts';

/**
 * Display math sits in a box that scrolls sideways on a narrow screen. A scrolling region must be
 * reachable by keyboard (WCAG 2.1.1), so the box has a tab stop, a role and a name.
 */
export const displayBox = { tabindex: '0', role: 'group', 'aria-label': 'Equation' } as const;

/**
 * One formula as KaTeX HTML, with the book's options; display math in its scrolling box.
 * Bad TeX throws (a `katex.ParseError`), failing the build.
 */
export function mathHtml(tex: string, display: boolean): string {
  const html = katex.renderToString(tex, { ...katexOptions, displayMode: display });
  if (!display) return html;
  const attributes = Object.entries(displayBox).map(([name, value]) => ` ${name}="${value}"`).join('');
  return html.replace(/^<span class="katex-display"/, (open) => open + attributes);
}

export const MathParseError = katex.ParseError;
