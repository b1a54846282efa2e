"""Serve the built site as Netlify or Cloudflare Pages would: with the headers of its `_headers`
file (the content security policy included), under the path of the address it was built for.

    make preview                                      # build for http://127.0.0.1:8000/, then serve
    .venv/bin/python tools/preview.py [--site-dir site] [--port 8000]

Unlike `mkdocs serve` (live reload, and no policy, which would block its reload script), this
serves the built files as production does: use it to check a change under the content security
policy, or the service worker and offline visits. It listens on 127.0.0.1 only; a missing page
gets the server's plain 404 rather than the site's 404.html.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import sys
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

PROJECT = Path(__file__).resolve().parent.parent
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

from tests.support.server import serve  # noqa: E402  (the static host of the tests and the benchmark)

EVERY_PATH = "/*"


def read_headers(site_dir: Path) -> dict[str, str]:
    """The headers `_headers` (Netlify's and Cloudflare's format) sets on every path.

    The build writes one rule, for `/*`; a rule for any other path would need a host that
    matches paths, so it is refused rather than applied everywhere.
    """
    rules: dict[str, dict[str, str]] = {}
    pattern = None
    for number, line in enumerate((site_dir / "_headers").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            pattern = line.strip()
            rules.setdefault(pattern, {})
            continue
        name, colon, value = line.strip().partition(":")
        if pattern is None or not colon:
            raise ValueError(f"_headers line {number}: expected a path, or an indented 'Name: value'")
        rules[pattern][name.strip()] = value.strip()
    others = sorted(set(rules) - {EVERY_PATH})
    if others:
        raise ValueError(f"_headers has rules for {', '.join(others)}: the preview applies {EVERY_PATH} only")
    return rules.get(EVERY_PATH, {})


def built_for(site_dir: Path) -> str | None:
    """The address (`site_url`) the site was built for: its home page, which the sitemap lists, and
    under which every other page lies."""
    try:
        tree = ElementTree.parse(site_dir / "sitemap.xml")
    except (OSError, ElementTree.ParseError):
        return None
    locations = [element.text.strip() for element in tree.iter() if element.tag.endswith("loc") and element.text]
    if not locations:
        return None
    home = min(locations, key=len)
    home = home[: home.rfind("/") + 1]
    return home if home and all(location.startswith(home) for location in locations) else None


@contextlib.contextmanager
def preview(site_dir: Path, port: int = 8000) -> Iterator[str]:
    """Serve `site_dir` on 127.0.0.1:`port`, under the path of its address, with its `_headers`;
    yield the base URL."""
    address = built_for(site_dir)
    prefix = urlsplit(address).path if address else "/"
    with serve(site_dir, prefix, port, headers=read_headers(site_dir)) as base_url:
        yield base_url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site-dir", type=Path, default=PROJECT / "site", help="the built site (default: site/)")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)

    site_dir = args.site_dir
    if not (site_dir / "index.html").is_file() or not (site_dir / "_headers").is_file():
        print(f"preview: no built site with a _headers file in {site_dir}; run `make preview`", file=sys.stderr)
        return 2
    with contextlib.ExitStack() as stack:
        try:
            base_url = stack.enter_context(preview(site_dir, args.port))
        except OSError as error:
            if error.errno != errno.EADDRINUSE:
                raise
            print(
                f"preview: port {args.port} is in use (make serve?); try `make preview PREVIEW_PORT=8001`",
                file=sys.stderr,
            )
            return 1
        print(f"Serving {site_dir} at {base_url} with the headers of its _headers file:")
        for name, value in read_headers(site_dir).items():
            print(f"  {name}: {value if len(value) < 80 else value[:77] + '...'}")
        address = built_for(site_dir)
        if address and address != base_url:
            print(
                f"Note: the site was built for {address}; instant navigation and the language sitemaps "
                f"point there. `make preview` builds it for {base_url}."
            )
        print("Press Ctrl-C to stop.", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
    return 0


if __name__ == "__main__":
    sys.exit(main())
