// Intent prefetch: on a page without a calculator, a reader who points at (hovers, touches) a
// link to a calculator page is likely to open it, so the runtime's files are fetched then, at the
// browser's lowest priority (`<link rel="prefetch">`), into the HTTP cache the worker reads from.
// Without that intent a text page fetches no runtime byte. The list of calculator pages and of
// runtime files is written into each text page by the build (sitebuild/preload.py).

/**
 * What the build writes into a text page.
 * @typedef {object} PrefetchList
 * @property {string[]} files the runtime's files, relative to the site root
 * @property {string[]} pages the calculator pages, relative to the site root
 */

const INTENT_EVENTS = /** @type {const} */ (["pointerover", "touchstart"]);

/**
 * Watch for a reader's intent to open a calculator page, once per visit.
 * @param {URL} root the site root
 */
export function prefetchOnIntent(root) {
  const element = document.getElementById("runtime-prefetch");
  if (!element?.textContent) return;
  /** @type {PrefetchList} */
  const list = JSON.parse(element.textContent);
  const pages = new Set(list.pages.map((page) => new URL(page, root).pathname));
  /** @param {Event} event */
  const onIntent = (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    const target = new URL(link.href);
    if (target.origin !== root.origin || !pages.has(target.pathname)) return;
    for (const type of INTENT_EVENTS) document.removeEventListener(type, onIntent, true);
    for (const file of list.files) {
      const hint = document.createElement("link");
      hint.rel = "prefetch";
      hint.href = new URL(file, root).href;
      document.head.append(hint);
    }
  };
  for (const type of INTENT_EVENTS) document.addEventListener(type, onIntent, { capture: true, passive: true });
}
