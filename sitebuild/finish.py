"""After the pages are written: ship Python and make the folder deployable.

`finish(site_dir)` copies the pinned Pyodide runtime and the `calculators` wheel (with its
lockfile and the trimmed standard library) into their versioned folders, stamps the service
worker with this build, adds preload hints for the runtime to calculator pages, gives each
language its own search index and sitemap, draws the image link previews show, writes the
content security policy and precompressed `.gz` and `.br` copies, and checks that no page still
holds a macro. Any generator that writes the pages can call it, or run
`python -m sitebuild finish SITE_DIR`.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import compress, languages, preload, runtime, security, social
from .errors import BuildError
from .figures import LEFTOVER

PROJECT = Path(__file__).resolve().parent.parent
PACKAGE_FOLDER = re.compile(r"assets/calculators/[0-9a-f]+/")  # named in each form's data-config
VISIBLE = re.compile(r"<(script|style)\b.*?</\1>", re.DOTALL)


def check_pages(site_dir: Path, shipped: runtime.Runtime) -> None:
    """Every page names the wheel this build ships, and shows no unexpanded macro."""
    problems = []
    for page in sorted(site_dir.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        for folder in set(PACKAGE_FOLDER.findall(html)):
            if folder != shipped.package_dir:
                problems.append(f"{page.relative_to(site_dir)} names {folder}, the build ships {shipped.package_dir}")
        leftover = LEFTOVER.search(VISIBLE.sub("", html))
        if leftover:
            problems.append(f"{page.relative_to(site_dir)} shows a macro: {leftover.group(0)[:80]!r}")
    if problems:
        raise BuildError("\n".join(problems))


def finish(site_dir: Path, project: Path = PROJECT, csp_in_pages: bool = True) -> runtime.Runtime:
    """Make `site_dir` complete and deployable; return what it ships."""
    if not (site_dir / "index.html").exists():
        raise BuildError(f"{site_dir} holds no built site (no index.html)")
    shipped = runtime.prepare(project)
    check_pages(site_dir, shipped)
    runtime.install(project, site_dir, shipped)
    runtime.stamp_service_worker(site_dir, shipped)
    preload.add_hints(site_dir, shipped)
    languages.split_search_index(site_dir)
    languages.write_language_sitemap(site_dir, "fr")
    social.write_image(site_dir)
    security.apply(site_dir, in_pages=csp_in_pages)
    compress.write_copies(site_dir, project / "build" / "compressed")  # last: of the pages as they are served
    return shipped
