import { createHash } from 'node:crypto';

/** A built file: its path relative to dist/, with forward slashes, and its bytes. */
export interface BuiltFile {
  path: string;
  content: Uint8Array;
}

/**
 * Whether the reader needs `path` offline. Left out: the worker itself, files for crawlers, and
 * fonts in the formats that browsers which run service workers never ask for.
 */
export function isPrecached(path: string): boolean {
  if (path === 'sw.js' || /^sitemap.*\.xml$/.test(path) || path === 'robots.txt') return false;
  return !/\.(map|woff|ttf)$/.test(path);
}

/** The URL a file is requested by, relative to the book's base: pages by their directory. */
export function precacheUrl(path: string): string {
  if (path === 'index.html') return './';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** A version that changes whenever any precached file, its name or its content, changes. */
export function cacheVersion(files: readonly BuiltFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(file.path).update('\0').update(createHash('sha256').update(file.content).digest()).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The worker's source: the template with this build's version and file list filled in. */
export function workerSource(template: string, files: readonly BuiltFile[]): string {
  const precached = files.filter((f) => isPrecached(f.path));
  const urls = precached.map((f) => precacheUrl(f.path)).sort();
  return template.replace("'__VERSION__'", JSON.stringify(cacheVersion(precached))).replace('__FILES__', JSON.stringify(urls));
}
