// Service worker: instant repeat visits and offline reading.
//
// - Versioned files (the Pyodide runtime under assets/pyodide/<version>/, the calculators wheel
//   under assets/calculators/<hash>/, Material's hashed bundles) never change: cache first.
// - Everything else (pages, the scripts under assets/js/, search index) goes to the network
//   first and falls back to the cache offline, so a new deploy is picked up at once. A page
//   names the wheel folder it was built with, so a fresh page never runs a stale wheel.
// The build fills BUILD in; a new deploy is a new service worker that drops older caches.

const BUILD = { version: "dev", runtime: "", package: "" };
const PAGES = `pages-${BUILD.version}`;
const IMMUTABLE = "immutable";
const VERSIONED = /\/assets\/(pyodide\/[^/]+\/|calculators\/[0-9a-f]+\/|javascripts\/bundle\.[0-9a-f]+|javascripts\/workers\/|javascripts\/lunr\/|stylesheets\/(main|palette)\.[0-9a-f]+)/;
const SCOPE = new URL(self.registration.scope);

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key !== PAGES && key !== IMMUTABLE) await caches.delete(key);
      }
      // Keep only this build's runtime and wheel among the versioned folders.
      const immutable = await caches.open(IMMUTABLE);
      const current = [BUILD.runtime, BUILD.package].filter(Boolean).map((path) => new URL(path, SCOPE).href);
      for (const request of await immutable.keys()) {
        const folder = /\/assets\/(pyodide|calculators)\//.test(request.url);
        if (folder && current.length && !current.some((prefix) => request.url.startsWith(prefix))) {
          await immutable.delete(request);
        }
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== SCOPE.origin || !url.href.startsWith(SCOPE.href)) return;
  event.respondWith(VERSIONED.test(url.pathname) ? cacheFirst(request) : networkFirst(request));
});

async function cacheFirst(request) {
  const cache = await caches.open(IMMUTABLE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: request.mode === "navigate" });
    if (cached) return cached;
    throw error;
  }
}
