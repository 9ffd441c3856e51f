import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const meta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const inlineScript = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** `html` with `sources` added to its CSP's `script-src`; a page without a policy stays as it is. */
function trust(html: string, sources: readonly string[]): string {
  const entry = /script-src [^;]*/;
  return html.replace(meta, (_, open: string, policy: string, close: string) => {
    if (!entry.test(policy)) throw new Error(`The CSP has no script-src directive to add ${sources.join(' ')} to.`);
    return open + policy.replace(entry, (current) => `${current.trimEnd()} ${sources.join(' ')}`) + close;
  });
}

/** Adds the hash of every inline script in `html` that its CSP `script-src` does not list yet. */
export function hashInlineScripts(html: string): string {
  const policy = html.match(meta)?.[2];
  if (policy === undefined) return html;
  const missing = new Set<string>();
  for (const [, body = ''] of html.matchAll(inlineScript)) {
    const hash = sha256(body);
    if (!policy.includes(hash)) missing.add(hash);
  }
  return missing.size === 0 ? html : trust(html, [...missing]);
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
          const finished = hashInlineScripts(hoistIslandStyle(html));
          if (finished !== html) await writeFile(file, finished);
        }
      },
    },
  };
}
