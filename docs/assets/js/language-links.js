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
  for (const link of languageLinks()) {
    link.href = twinUrl(link);
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
  if (link instanceof HTMLAnchorElement) link.href = twinUrl(link);
}

/** @returns {HTMLAnchorElement[]} */
function languageLinks() {
  return [...document.querySelectorAll(LANGUAGE_LINK)].filter((link) => link instanceof HTMLAnchorElement);
}

/**
 * The current page in the link's language, same path and anchor. Each link carries its language's
 * folder (`data-prefix`: "" for the default language at the site root, "fr/" for French), written
 * by the build from the site's languages, so a new language needs no change here.
 * @param {HTMLAnchorElement} link
 * @returns {string}
 */
export function twinUrl(link) {
  let page = location.pathname.startsWith(siteRoot.pathname) ? location.pathname.slice(siteRoot.pathname.length) : "";
  for (const prefix of languageLinks().map((other) => other.dataset.prefix ?? "")) {
    if (prefix && (page === prefix.slice(0, -1) || page.startsWith(prefix))) page = page.slice(prefix.length);
  }
  return new URL((link.dataset.prefix ?? "") + page, siteRoot).href + location.hash;
}
