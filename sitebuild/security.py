"""A strict content security policy that the built site works under.

Scripts come from the site only, plus `'wasm-unsafe-eval'` for Pyodide and the sha256 of each
inline script the theme writes; no `'unsafe-inline'` for scripts. The policy goes into every
page as a `<meta>` tag (so it holds even on hosts that cannot set headers, like GitHub Pages)
and into `_headers` (Netlify, Cloudflare Pages) with the directives a `<meta>` cannot carry.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>(.*?)</script>", re.DOTALL)
META_MARKER = '<meta charset="utf-8">'

BASE_DIRECTIVES = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'wasm-unsafe-eval'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],  # Material's icons are SVG data URIs in its CSS
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}
HEADER_ONLY = {"frame-ancestors": ["'none'"]}


def script_hashes(site_dir: Path) -> list[str]:
    """The sha256 of every distinct inline script on every page, as CSP source expressions."""
    found = set()
    for page in site_dir.rglob("*.html"):
        for body in INLINE_SCRIPT.findall(page.read_text(encoding="utf-8")):
            digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
            found.add(f"'sha256-{digest}'")
    return sorted(found)


def policy(hashes: list[str], header: bool) -> str:
    directives = {**BASE_DIRECTIVES, **(HEADER_ONLY if header else {})}
    directives["script-src"] = directives["script-src"] + hashes
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def apply(site_dir: Path, in_pages: bool = True) -> str:
    """Write the policy into `_headers` and (unless `in_pages` is false, as under `mkdocs serve`,
    whose live-reload script it would block) into every page; return the header's value."""
    hashes = script_hashes(site_dir)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes, header=False)}">'
    for page in site_dir.rglob("*.html") if in_pages else ():
        html = page.read_text(encoding="utf-8")
        if META_MARKER in html and "Content-Security-Policy" not in html:
            page.write_text(html.replace(META_MARKER, META_MARKER + meta, 1), encoding="utf-8")
    header = policy(hashes, header=True)
    headers = [
        "/*",
        f"  Content-Security-Policy: {header}",
        "  X-Content-Type-Options: nosniff",
        "  Referrer-Policy: strict-origin-when-cross-origin",
        "",
    ]
    (site_dir / "_headers").write_text("\n".join(headers), encoding="utf-8")
    return header
