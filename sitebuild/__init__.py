"""The site's build, independent of any site generator.

- `pages.expand_markdown`: figure macros written out, calculator slots marked (before Markdown);
- `pages.place_forms`: the pre-rendered calculator forms (after Markdown);
- `pages.finish_page`: valid markup and the language's typography (on the finished HTML);
- `tables.write_includes`: the generated tables that pages include;
- `finish.finish`: the runtime, the wheel, the service worker, search, sitemaps and the CSP
  (also `python -m sitebuild finish SITE_DIR`).

MkDocs calls these through `hooks/site_build.py`, a thin adapter; nothing here imports MkDocs.
"""

from .errors import BuildError

__all__ = ["BuildError"]
