"""tools/preview.py without a browser: the headers it reads from `_headers`, the address it serves at."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tools.preview import built_for, preview, read_headers

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>{base}</loc></url>
  <url><loc>{base}methods/live-gifts/</loc></url>
  <url><loc>{base}fr/</loc></url>
</urlset>
"""


def make_site(site_dir: Path, base: str, headers: str) -> Path:
    site_dir.mkdir(exist_ok=True)
    (site_dir / "sitemap.xml").write_text(SITEMAP.format(base=base), encoding="utf-8")
    (site_dir / "_headers").write_text(headers, encoding="utf-8")
    (site_dir / "index.html").write_text("<!doctype html><title>home</title>", encoding="utf-8")
    return site_dir


def test_headers_for_every_path(tmp_path):
    site = make_site(
        tmp_path,
        "https://example.github.io/guide/",
        "# comment\n/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n",
    )
    assert read_headers(site) == {
        "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'",
        "X-Content-Type-Options": "nosniff",
    }


def test_rules_for_other_paths_are_refused_not_applied_everywhere(tmp_path):
    site = make_site(tmp_path, "http://127.0.0.1:8000/", "/*\n  A: b\n/assets/*\n  Cache-Control: max-age=31536000\n")
    with pytest.raises(ValueError, match="/assets/"):
        read_headers(site)


@pytest.mark.parametrize(
    "base", ["http://127.0.0.1:8000/", "https://example.github.io/guide/", "https://www.example.com/"]
)
def test_built_for_is_the_home_page_of_the_sitemap(tmp_path, base):
    assert built_for(make_site(tmp_path, base, "/*\n")) == base


def test_built_for_without_a_sitemap(tmp_path):
    assert built_for(tmp_path) is None


def test_preview_serves_under_the_built_path_with_the_headers(tmp_path):
    site = make_site(
        tmp_path, "https://example.github.io/guide/", "/*\n  Content-Security-Policy: default-src 'self'\n"
    )
    with preview(site, port=0) as base_url:
        assert base_url.endswith("/guide/")
        with urllib.request.urlopen(base_url) as response:
            assert response.headers["Content-Security-Policy"] == "default-src 'self'"
            assert b"<title>home</title>" in response.read()
        with pytest.raises(urllib.error.HTTPError) as outside:
            urllib.request.urlopen(base_url.removesuffix("guide/") + "index.html")
        outside.value.close()
        assert outside.value.code == 404
