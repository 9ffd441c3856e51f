/* Descent's service worker. src/integrations/offline.ts writes it to sw.js after each build,
   filling in VERSION (a hash of every precached file) and FILES (paths relative to the scope). */
const VERSION = '__VERSION__';
const FILES = __FILES__;
const PREFIX = 'descent-';
const CACHE = PREFIX + VERSION;
const scope = self.registration.scope;

// Install: fetch the whole book into a cache named after this build, then take over at once.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(new URL(file, scope).href, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

// Activate: delete the caches of earlier builds, and serve the pages that are already open.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// Pages: the network first, so that readers online always get the latest text; the cache when offline.
async function page(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cache = await caches.open(CACHE);
    const url = new URL(request.url);
    url.search = '';
    const slashed = url.pathname.endsWith('/') ? undefined : new URL(`${url.pathname}/`, url);
    const found = (await cache.match(url.href)) ?? (slashed && (await cache.match(slashed.href)));
    if (found) return found;
    const missing = await cache.match(new URL('404.html', scope).href);
    return missing ? new Response(missing.body, { status: 404, statusText: 'Not Found', headers: missing.headers }) : Response.error();
  }
}

// Everything else is named by the build (hashed file names) or versioned with the cache: the cache first.
async function file(request) {
  const cached = await (await caches.open(CACHE)).match(request, { ignoreSearch: true, ignoreVary: true });
  return cached ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : file(request));
});
