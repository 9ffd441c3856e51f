import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { workerSource, type BuiltFile } from '../offline/precache.ts';

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/**
 * Writes sw.js, the service worker that makes the whole book readable offline after a first visit.
 * It runs after every other build step (list it last), since its cache version hashes the final files.
 */
export function offline(): AstroIntegration {
  let root: URL;
  return {
    name: 'descent:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const built: BuiltFile[] = [];
        for await (const path of files(out)) built.push({ path: relative(out, path).split(sep).join('/'), content: await readFile(path) });
        const template = await readFile(new URL('src/offline/service-worker.js', root), 'utf8');
        await writeFile(join(out, 'sw.js'), workerSource(template, built));
      },
    },
  };
}
