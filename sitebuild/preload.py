"""Preload hints on calculator pages: the runtime's downloads start as the HTML arrives, not
once the theme's bundle and the page's modules have run and the worker has asked for them. The
worker itself starts from the head too: an async module script (docs/assets/js/early-start.js)
reads the runtime's folders from `<meta name="calculators-runtime">`, and the page's client
adopts that worker later.
Text pages get, instead, the list of calculator pages and runtime files, as inert JSON
(`<script type="application/json" id="runtime-prefetch">`), for the page script's intent
prefetch (docs/assets/js/intent.js): nothing is fetched until a reader points at such a link.

The worker's requests are not the document's, so the preloads help through the HTTP cache (a
host such as GitHub Pages lets files be cached for ten minutes): the worker then finds each file
downloaded, or joins the download in flight. Text pages get no hint: without a reader's intent they fetch no runtime byte.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from .runtime import RUNTIME_FILES, Runtime
from .stdlib import NAME as STDLIB

PREFETCH_ID = "runtime-prefetch"
MARKER = "</head>"  # after the stylesheets and the theme's scripts, which the first paint needs
CALCULATOR = "data-calculator="
EARLY_META = "calculators-runtime"  # the runtime's folders, site-relative, for the early start
EARLY_SCRIPT = "assets/js/early-start.js"


def hints(runtime: Runtime, wheel_name: str) -> list[str]:
    """The runtime's files, site-relative, largest first: the wasm, the standard library, the
    JavaScript that loads them, the lockfile and the wheel."""
    files = [runtime.pyodide_dir + name for name in reversed(RUNTIME_FILES)]
    files += [runtime.package_dir + name for name in (STDLIB, "pyodide-lock.json", wheel_name)]
    return files


def page_path(site_dir: Path, page: Path) -> str:
    """The page's address relative to the site root, as links name it: `methods/live-gifts/`."""
    relative = page.relative_to(site_dir).as_posix()
    return relative.removesuffix("index.html")


def add_hints(site_dir: Path, runtime: Runtime) -> int:
    """Add preload hints to every page with a calculator form, and the intent-prefetch list to
    every other page; return how many calculator pages got hints."""
    files = hints(runtime, runtime.wheel.name)
    pages = {page: page.read_text(encoding="utf-8") for page in sorted(site_dir.rglob("*.html"))}
    calculators = [path for path, html in pages.items() if CALCULATOR in html]
    prefetch = json.dumps({"files": files, "pages": [page_path(site_dir, path) for path in calculators]})
    for page, html in pages.items():
        if MARKER not in html or 'rel="preload"' in html or PREFETCH_ID in html:
            continue
        if page in calculators:
            root = os.path.relpath(site_dir, page.parent).replace(os.sep, "/")
            # The early start first: on HTTP/1.1 the six preloads would take every connection.
            added = f'<meta name="{EARLY_META}" content="{runtime.pyodide_dir} {runtime.package_dir}">'
            added += f'<script type="module" async src="{root}/{EARLY_SCRIPT}"></script>'
            added += "".join(f'<link rel="preload" href="{root}/{file}" as="fetch" crossorigin>' for file in files)
        else:
            added = f'<script type="application/json" id="{PREFETCH_ID}">{prefetch}</script>'
        page.write_text(html.replace(MARKER, added + MARKER, 1), encoding="utf-8")
    return len(calculators)
