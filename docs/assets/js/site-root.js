// Where the site starts. This file lives at <site root>/assets/js/site-root.js wherever the site
// is served (the root of a domain or a sub-path, in either language), so its own address says
// where the root is. Material's own `base` belongs to the page first loaded and goes stale after
// instant navigation.

/** The site root, as an absolute URL ending in "/". */
export const siteRoot = new URL("../../", import.meta.url);
