import { mathHtml } from '../math/render.ts';
import type { MathText } from './types.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline `$…$` math and `**bold**` inside one paragraph. */
function inline(text: string): string {
  return text
    .split(/(\$[^$]+\$)/)
    .map((part) =>
      part.startsWith('$') && part.endsWith('$') && part.length > 1
        ? mathHtml(part.slice(1, -1), false)
        : escape(part).replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>'),
    )
    .join('');
}

/**
 * An exercise's text as HTML, rendered at build time: paragraphs, with `$$…$$` display math
 * (on a line of its own or inside a paragraph) and `$…$` inline math. Bad TeX throws, failing the build.
 */
export function renderMathText(text: MathText): string {
  return text
    .split(/\n\s*\n/)
    .flatMap((paragraph) => paragraph.split(/(\$\$[\s\S]+?\$\$)/))
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('$$') ? mathHtml(part.slice(2, -2), true) : `<p>${inline(part.replace(/\n/g, ' '))}</p>`))
    .join('');
}

/** One line of text with inline math, for a label: no paragraph around it. */
export function renderInlineMath(text: MathText): string {
  return inline(text);
}

const texWords: Record<string, string> = { alpha: 'α', le: '≤', ge: '≥', times: '×', cdot: '·', nabla: '∇', partial: '∂', infty: '∞' };
const superscript: Record<string, string> = { '2': '²', '3': '³' };

/** Inline math as plain text (`$\alpha = 0.3$` → `α = 0.3`), for the accessible name of a control whose label has math. */
export function plainText(text: MathText): string {
  return text
    .replace(/\$([^$]+)\$/g, (_, tex: string) =>
      tex
        .replace(/\\text\{([^}]*)\}/g, '$1')
        .replace(/\^([23])/g, (__, d: string) => superscript[d]!)
        .replace(/\\([a-zA-Z]+)/g, (__, word: string) => texWords[word] ?? word)
        .replace(/\\[,;! ]/g, ' ')
        .replace(/[{}]/g, ''),
    )
    .replace(/\s+/g, ' ')
    .trim();
}
