import type { Plugin } from 'vite';

const fallbacks = /,url\([^)]*\.woff\) format\("woff"\),url\([^)]*\.ttf\) format\("truetype"\)/g;

/**
 * KaTeX's stylesheet offers each font as woff2, woff and ttf. Every browser the book supports takes
 * woff2, but Vite would still copy the other two into the build (and so into the offline cache):
 * 40 files and about 800 kB never fetched. This keeps only the woff2 sources, and fails the build if
 * KaTeX's stylesheet changes so that the pattern no longer matches every font.
 */
export function katexFontsWoff2Only(): Plugin {
  return {
    name: 'descent:katex-fonts-woff2-only',
    enforce: 'pre',
    transform(css, id) {
      if (!/[/\\]katex[/\\]dist[/\\]katex(\.min)?\.css$/.test(id.split('?')[0]!)) return;
      const faces = css.match(/@font-face/g)?.length ?? 0;
      const dropped = css.match(fallbacks)?.length ?? 0;
      if (faces === 0 || dropped !== faces) throw new Error(`katex.css: ${dropped} of ${faces} @font-face rules had the expected woff and ttf fallbacks to drop.`);
      return { code: css.replace(fallbacks, ''), map: null };
    },
  };
}
