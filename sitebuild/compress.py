"""Precompressed copies, for hosts that serve them: beside every html, js, mjs, css, json, wasm,
svg, xml and txt file of the built site, a `.gz` (gzip, level 9) and a `.br` (Brotli, quality 11)
copy, when smaller than the file. nginx (`gzip_static`, `brotli_static`), Caddy (`precompressed`)
and some CDNs send them to a browser that accepts them; GitHub Pages ignores them and compresses
on the fly with gzip. Brotli at quality 11 is slow (seconds for the 9.6 MB wasm), so copies are
kept in `build/compressed/` by content hash and reused by the next build.
"""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

import brotli  # type: ignore[import-untyped]

TYPES = (".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".xml", ".txt")
MIN_BYTES = 1024  # smaller files gain nothing worth a request header


def _compressed(data: bytes, suffix: str, cache: Path) -> bytes:
    key = cache / (hashlib.sha256(data).hexdigest()[:24] + suffix)
    if key.exists():
        return key.read_bytes()
    packed = gzip.compress(data, 9, mtime=0) if suffix == ".gz" else brotli.compress(data, quality=11)
    key.parent.mkdir(parents=True, exist_ok=True)
    key.write_bytes(packed)
    return packed


def write_copies(site_dir: Path, cache: Path) -> dict[str, int]:
    """Write the copies; return the bytes of the files and of each kind of copy."""
    totals = {"files": 0, ".gz": 0, ".br": 0}
    for path in sorted(site_dir.rglob("*")):
        if path.suffix not in TYPES or not path.is_file():
            continue
        data = path.read_bytes()
        if len(data) < MIN_BYTES:
            continue
        totals["files"] += len(data)
        for suffix in (".gz", ".br"):
            packed = _compressed(data, suffix, cache)
            copy = path.with_name(path.name + suffix)
            if len(packed) < len(data):
                copy.write_bytes(packed)
                totals[suffix] += len(packed)
            elif copy.exists():
                copy.unlink()
    return totals
