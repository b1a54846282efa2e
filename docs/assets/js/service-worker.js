// Repeat visits and offline reading (see docs/sw.js). Registered once the page is idle, and on a
// calculator page once Python is ready (or has failed), so it never competes with the first
// paint or with Python's first start.

import { siteRoot } from "./site-root.js";

let requested = false;

/** Register the site's service worker, once per visit; later calls do nothing. */
export function registerServiceWorker() {
  if (!("serviceWorker" in navigator) || requested) return;
  requested = true;
  const register = () => navigator.serviceWorker.register(new URL("sw.js", siteRoot), { scope: siteRoot.pathname }).catch(() => {});
  if ("requestIdleCallback" in window) requestIdleCallback(register, { timeout: 5000 });
  else setTimeout(register, 2000);
}
