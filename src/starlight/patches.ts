import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const tocScript = here('./starlight-toc.ts');
const lazySearch = here('./lazy-search.ts');
const searchIdle = 'const onIdle = window.requestIdleCallback || ((cb) => setTimeout(cb, 1));';

/**
 * Two changes to Starlight's page scripts, each worth hundreds of milliseconds of blocked main
 * thread on a long chapter (Lighthouse's mobile CPU):
 * - the "On this page" components load `starlight-toc.ts` instead of Starlight's own script;
 * - the search box is built when a reader reaches for it (`lazy-search.ts`), not at first idle.
 * The client build fails if either no longer applies, so a Starlight upgrade cannot undo them silently.
 */
export function starlightPatches(): Plugin {
  const applied = { toc: false, search: false };
  return {
    name: 'descent:starlight-patches',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith('components-internals/TableOfContents/starlight-toc')) return null;
      if (!importer?.includes('@astrojs/starlight')) return null;
      applied.toc = true;
      return tocScript;
    },
    transform(code, id) {
      if (!/@astrojs\/starlight\/.*Search\.astro\?astro&type=script/.test(id)) return null;
      if (!code.includes(searchIdle)) this.error(`Starlight's search script has changed: "${searchIdle}" not found in ${id}.`);
      applied.search = true;
      return `import { whenSearchWanted } from ${JSON.stringify(lazySearch)};\n${code.replace(
        searchIdle,
        'const onIdle = (build) => whenSearchWanted(this, build);',
      )}`;
    },
    buildEnd() {
      if (this.environment?.name !== 'client') return;
      for (const [what, done] of Object.entries(applied)) {
        if (!done) this.error(`The Starlight ${what} patch found nothing to change: see src/starlight/patches.ts.`);
      }
    },
  };
}
