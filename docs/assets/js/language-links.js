// The language selector leads to the same page in the other language.
//
// Material's language selector links to each language's home, and with instant navigation it
// would load the other language's page inside this language's menus and search. The build
// points each link at the page's twin; after an instant navigation the header stays, so point
// it at the new page's twin here, and take it out of instant navigation (target) so the other
// language loads whole, with its own menus and search.

import { siteRoot } from "./site-root.js";

const LANGUAGE_LINK = "a.md-select__link[hreflang]";

/** Point every language link of the header at the current page's twin. */
export function pointLanguageLinksAtTwin() {
  for (const link of document.querySelectorAll(LANGUAGE_LINK)) {
    if (!(link instanceof HTMLAnchorElement)) continue;
    link.href = twinUrl(link.hreflang);
    link.target = "_self";
  }
}

/**
 * The section in view may have changed since the page loaded: take the reader to the same one.
 * Listen on the document, in the capture phase, before Material's own handlers.
 * @param {MouseEvent} event
 */
export function keepPlaceOnLanguageSwitch(event) {
  const link = event.target instanceof Element && event.target.closest(LANGUAGE_LINK);
  if (link instanceof HTMLAnchorElement) link.href = twinUrl(link.hreflang);
}

/**
 * The current page in `lang`: English at the site root, French under fr/, same path and anchor.
 * @param {string} lang
 * @returns {string}
 */
export function twinUrl(lang) {
  let page = location.pathname.startsWith(siteRoot.pathname) ? location.pathname.slice(siteRoot.pathname.length) : "";
  if (page === "fr" || page.startsWith("fr/")) page = page.slice(3);
  return new URL(lang === "fr" ? `fr/${page}` : page, siteRoot).href + location.hash;
}
