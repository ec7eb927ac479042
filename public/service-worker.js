// Verzuimwijzer's service worker: after the first visit, the app opens and works without a
// network. tools/post-build.mjs fills in VERSION and PRECACHE (every built file, with the
// hashed names of this build), so no list is kept by hand.
const VERSION = 'development';
const PRECACHE = [];
// Paths are relative to the worker's scope, so the app works under any sub-path; the cache
// name holds the scope too, so two deployments on one host never remove each other's files.
const scoped = (path) => new URL(path, self.registration.scope).href;
const PREFIX = `verzuimwijzer ${self.registration.scope} `;
const CACHE = `${PREFIX}${VERSION}`;

self.addEventListener('install', (event) => {
  // The new version waits until the user agrees to update (see public/pwa.js), so a page is
  // never switched to new code under its feet.
  // From the network, never from the HTTP cache: an old index.html must not end up in a new
  // version's cache.
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(PRECACHE.map((path) => new Request(scoped(path), { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'update-now') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Every page of the app is the same index.html; the router shows the right one.
    if (request.mode === 'navigate') {
      return (await cache.match(scoped('index.html'))) ?? fetch(request);
    }
    return (await cache.match(request, { ignoreSearch: true })) ?? fetch(request);
  })());
});
