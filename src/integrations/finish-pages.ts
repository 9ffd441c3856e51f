import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const meta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const inlineScript = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** Adds the hash of every inline script in `html` that its CSP `script-src` does not list yet. */
export function hashInlineScripts(html: string): string {
  const policy = html.match(meta)?.[2];
  if (policy === undefined) return html;
  const missing = new Set<string>();
  for (const [, body = ''] of html.matchAll(inlineScript)) {
    const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
    if (!policy.includes(hash)) missing.add(hash);
  }
  if (missing.size === 0) return html;
  const updated = policy.replace(/script-src ([^;]*)/, (_, sources: string) => `script-src ${sources.trimEnd()} ${[...missing].join(' ')} `);
  return html.replace(meta, (_, open: string, __: string, close: string) => open + updated + close);
}

const islandStyle = /<style>astro-island[^<]*<\/style>/;

/**
 * Astro puts its island style rule (`astro-island{display:contents}`) in the body before the first
 * island, where HTML does not allow a `<style>` element; this moves it into the head.
 */
export function hoistIslandStyle(html: string): string {
  const [style] = html.match(islandStyle) ?? [];
  if (!style || html.indexOf(style) < html.indexOf('</head>')) return html;
  return html.replace(style, '').replace('</head>', `${style}</head>`);
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/**
 * Finishes each built page. Astro hashes the scripts it bundles, but not `is:inline` ones such as
 * Starlight's theme and sidebar scripts: each page's policy gets the hashes of its own inline
 * scripts, so it can stay free of 'unsafe-inline'. And Astro's island style moves into the head.
 */
export function finishPages(): AstroIntegration {
  return {
    name: 'descent:finish-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const hashed = hashInlineScripts(hoistIslandStyle(html));
          if (hashed !== html) await writeFile(file, hashed);
        }
      },
    },
  };
}
