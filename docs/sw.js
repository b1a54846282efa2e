// Service worker: instant repeat visits and offline reading.
//
// - Versioned files (the Pyodide runtime under assets/pyodide/<version>/, the calculators wheel
//   under assets/calculators/<hash>/, Material's hashed bundles) never change: cache first.
// - Everything else (pages, the scripts under assets/js/, search index) goes to the network
//   first and falls back to the cache offline, so a new deploy is picked up at once. A page
//   never visited gets, offline, a page in both languages listing the pages that are kept. A page
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
    if (request.mode === "navigate") return offlinePage(cache);
    throw error;
  }
}

// Offline, a page never visited: instead of the browser's own error, a page in both languages
// that lists the pages this browser keeps (each one's title, read from the cached copy).
const TITLE = /<title>([^<]*)<\/title>/;
const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (character) => ESCAPES[character]);
}

/** @param {Cache} cache */
async function offlinePage(cache) {
  const items = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    const type = response?.headers.get("Content-Type") ?? "";
    if (!response || !type.startsWith("text/html")) continue;
    const title = TITLE.exec(await response.text())?.[1] ?? new URL(request.url).pathname;
    items.push(`<li><a href="${escapeHtml(request.url)}">${title}</a></li>`);
  }
  const list = items.length ? `<ul>${items.join("")}</ul>` : "";
  const html = `<!doctype html><html lang="en"><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Offline · Hors ligne</title>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5">
<main data-offline>
<h1>You are offline</h1>
<p>This page has not been opened on this device yet, so it cannot be shown without a connection. The pages below were, and work offline, their calculators included.</p>
<div lang="fr"><h1>Tu es hors ligne</h1>
<p>Cette page n’a pas encore été ouverte sur cet appareil\u00a0: sans connexion, elle ne peut pas s’afficher. Les pages ci-dessous l’ont été et marchent hors ligne, calculateurs compris.</p></div>
${list}
</main></body></html>`;
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}
