// Size budgets on the built book, gzip: the JS a chapter loads before any interaction, the Plot
// chunk loaded on interaction, and each page's HTML. Prints a table; exits 1 only over a budget.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url);
const budgets = { initialJs: 60_000, plotChunk: 90_000 };
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const gz = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;

/** `/base/_astro/x.js` → `_astro/x.js`, relative to dist. */
const base = process.env.BASE ?? '/';
const local = (url) => decodeURIComponent(url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));

/** A JS file and everything it imports statically (dynamic `import()` is left out: it waits for a need). */
function withStaticImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(new URL(file, dist), 'utf8');
  for (const [, spec] of code.matchAll(/(?:import|export)(?!\s*\()\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g)) {
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    withStaticImports(spec.startsWith('/') ? local(spec) : new URL(spec, `file:///${dir}`).pathname.slice(1), seen);
  }
  return seen;
}

function pages() {
  const maps = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  return maps.flatMap((f) => [...readFileSync(new URL(f, dist), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
}

let failed = false;
const rows = [];
for (const path of pages()) {
  const file = `${local(path)}index.html`;
  const html = readFileSync(new URL(file, dist), 'utf8');
  const entries = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<astro-island[^>]*?component-url="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<astro-island[^>]*?renderer-url="([^"]+)"/g)].map((m) => m[1]),
  ];
  const initial = new Set();
  for (const entry of entries) withStaticImports(local(entry), initial);
  for (const [, body] of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g))
    for (const [, spec] of body.matchAll(/from\s*["']([^"']+\.js)["']/g)) withStaticImports(local(spec), initial);
  const js = [...initial].reduce((sum, f) => sum + gz(f), 0);
  const over = js > budgets.initialJs;
  failed ||= over;
  rows.push([path, kb(gz(file)), kb(js), over ? `OVER ${kb(budgets.initialJs)}` : 'ok']);
}

const plot = readdirSync(new URL('_astro/', dist)).filter((f) => f.endsWith('.js') && readFileSync(new URL(`_astro/${f}`, dist), 'utf8').includes('plot-d6a7b5'));
const plotSize = plot.reduce((sum, f) => sum + gz(`_astro/${f}`), 0);
failed ||= plotSize > budgets.plotChunk || plot.length === 0;

// The playground's formula reader, gradients, symbolic derivative and KaTeX, loaded on its first edit: reported, with what its page had already loaded left out.
const reader = readdirSync(new URL('_astro/', dist)).find((f) => /^reader\.[\w-]+\.js$/.test(f));
const playgroundRow = rows.find(([path]) => path.endsWith('/playground/'));
let readerLine = 'Playground formula reader: NOT FOUND';
if (reader && playgroundRow) {
  const html = readFileSync(new URL(`${local(playgroundRow[0])}index.html`, dist), 'utf8');
  const before = new Set();
  for (const [, url] of html.matchAll(/<astro-island[^>]*?component-url="([^"]+)"/g)) withStaticImports(local(url), before);
  const added = [...withStaticImports(`_astro/${reader}`)].filter((f) => !before.has(f));
  readerLine = `Playground formula reader, loaded on the first edit: ${kb(added.reduce((sum, f) => sum + gz(f), 0))} in ${added.length} files`;
}

console.log('\nSize budgets (gzip)');
console.log(['page', 'HTML', `JS before interaction (≤ ${kb(budgets.initialJs)})`, ''].join(' | '));
for (const row of rows) console.log(row.join(' | '));
console.log(readerLine);
console.log(`Plot chunk, loaded on interaction: ${plot.join(', ') || 'NOT FOUND'} = ${kb(plotSize)} (≤ ${kb(budgets.plotChunk)}) ${plotSize > budgets.plotChunk ? 'OVER' : 'ok'}`);

// Written by tests/e2e/interaction.spec.ts during the browser tests (the quartic's slider, the race's): reported, never enforced.
for (const file of ['interaction.json', 'interaction-race.json']) {
  const interaction = new URL(`../../test-results/${file}`, import.meta.url);
  if (existsSync(interaction)) {
    console.log(`Interaction: ${JSON.parse(readFileSync(interaction, 'utf8')).summary}`);
  } else {
    console.log(`Interaction (${file}): not measured (run the browser tests first).`);
  }
}
process.exit(failed ? 1 : 0);
