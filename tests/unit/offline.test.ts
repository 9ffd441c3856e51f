import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { cacheVersion, isPrecached, precacheUrl, workerSource, type BuiltFile } from '../../src/offline/precache.ts';

const template = readFileSync(new URL('../../src/offline/service-worker.js', import.meta.url), 'utf8');
const file = (path: string, text: string): BuiltFile => ({ path, content: new TextEncoder().encode(text) });
const build = [file('index.html', 'home'), file('derivatives/index.html', 'd'), file('_astro/app.1234.js', 'js'), file('sitemap-0.xml', 'x'), file('_astro/font.ttf', 'f')];

/** Runs a generated worker in a sandbox with an in-memory Cache Storage and network. */
function runWorker(source: string, existing: string[], network: Record<string, string>) {
  const stores = new Map<string, Map<string, string>>(existing.map((name) => [name, new Map()]));
  const listeners: Record<string, (event: unknown) => void> = {};
  const scope = 'https://book.example/descent/';
  const response = (body: string, status = 200) => ({ body, status, headers: {}, clone: () => response(body, status) });
  const fetch = async (request: string | { url: string }) => {
    const url = typeof request === 'string' ? request : request.url;
    if (!(url in network)) throw new TypeError('offline');
    return response(network[url]!);
  };
  const caches = {
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
    open: async (name: string) => {
      const store = stores.get(name) ?? new Map<string, string>();
      stores.set(name, store);
      return {
        addAll: async (requests: { url: string }[]) => {
          for (const r of requests) store.set(r.url, (await fetch(r)).body);
        },
        match: async (r: string | { url: string }) => {
          const url = typeof r === 'string' ? r : r.url.split('?')[0]!;
          return store.has(url) ? response(store.get(url)!) : undefined;
        },
      };
    },
  };
  const self = {
    registration: { scope },
    addEventListener: (type: string, listener: (event: unknown) => void) => (listeners[type] = listener),
    skipWaiting: async () => undefined,
    clients: { claim: async () => undefined },
  };
  class Request {
    constructor(readonly url: string) {}
  }
  class Response {
    constructor(readonly body: unknown, readonly init: { status: number }) {}
    get status() {
      return this.init.status;
    }
    static error() {
      return 'network error';
    }
  }
  runInNewContext(source, { self, caches, fetch, Request, Response, URL });
  const dispatch = async (type: string, extra: object = {}) => {
    let pending: Promise<unknown> = Promise.resolve();
    listeners[type]!({ ...extra, waitUntil: (p: Promise<unknown>) => (pending = p), respondWith: (p: Promise<unknown>) => (pending = p) });
    return pending;
  };
  return { stores, dispatch, scope };
}

describe('the offline precache', () => {
  it('lists every page by its directory and every asset, but not the sitemap or unused font formats', () => {
    expect(build.filter((f) => isPrecached(f.path)).map((f) => precacheUrl(f.path))).toEqual(['./', 'derivatives/', '_astro/app.1234.js']);
    expect(isPrecached('sw.js')).toBe(false);
    expect(isPrecached('_astro/descent-math.0123456789.woff2')).toBe(true);
  });

  it('versions the cache by the content and names of the files', () => {
    const v = cacheVersion(build);
    expect(v).toMatch(/^[0-9a-f]{16}$/);
    expect(cacheVersion([...build].reverse())).toBe(v);
    expect(cacheVersion([...build.slice(1), file('index.html', 'home, edited')])).not.toBe(v);
    expect(cacheVersion([...build, file('new/index.html', 'new')])).not.toBe(v);
    const source = workerSource(template, build);
    expect(source).toContain(`const VERSION = "${cacheVersion(build.filter((f) => isPrecached(f.path)))}";`);
    expect(source).toContain('const FILES = ["./","_astro/app.1234.js","derivatives/"];');
  });

  it('installs a new build next to the old one, then deletes the old cache on activation', async () => {
    const source = workerSource(template, build);
    const version = source.match(/const VERSION = "([0-9a-f]+)"/)![1];
    const scope = 'https://book.example/descent/';
    const network = { [scope]: 'home', [`${scope}derivatives/`]: 'd', [`${scope}_astro/app.1234.js`]: 'js' };
    const worker = runWorker(source, ['descent-0123456789abcdef', 'someone-elses-cache'], network);
    await worker.dispatch('install');
    expect([...worker.stores.get(`descent-${version}`)!.keys()].sort()).toEqual(Object.keys(network).sort());
    expect(worker.stores.has('descent-0123456789abcdef')).toBe(true);
    await worker.dispatch('activate');
    expect([...worker.stores.keys()].sort()).toEqual([`descent-${version}`, 'someone-elses-cache']);
  });

  it('serves pages from the network first and from the cache offline, and files from the cache', async () => {
    const source = workerSource(template, build);
    const scope = 'https://book.example/descent/';
    const network: Record<string, string> = { [scope]: 'home', [`${scope}derivatives/`]: 'd', [`${scope}_astro/app.1234.js`]: 'js' };
    const worker = runWorker(source, [], network);
    await worker.dispatch('install');
    network[`${scope}derivatives/`] = 'd, updated';
    const get = async (url: string, mode = 'navigate') => ((await worker.dispatch('fetch', { request: { url, method: 'GET', mode } })) as { body: string; status: number }) ?? undefined;
    expect((await get(`${scope}derivatives/`)).body).toBe('d, updated');
    for (const key of Object.keys(network)) delete network[key];
    expect((await get(`${scope}derivatives/?example.lr=0.1`)).body).toBe('d');
    expect((await get(`${scope}derivatives`)).body).toBe('d');
    expect((await get(`${scope}_astro/app.1234.js`, 'no-cors')).body).toBe('js');
  });
});
