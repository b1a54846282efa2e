"""The theme overrides outlive a theme update: no hashed file name of Material's is copied into
them, and the one thing the copied configuration block did (each language's own search and
sitemap) is done on the built page instead."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitebuild.errors import BuildError
from sitebuild.pages import finish_page, language_base

OVERRIDES = Path(__file__).resolve().parents[2] / "overrides"
HASHED = re.compile(r"\.[0-9a-f]{8}\.min\.(js|css)")
CONFIG = '<script id="__config" type="application/json">{{"annotate": null, "base": "{base}", "search": "x"}}</script>'


def test_no_override_names_a_hashed_theme_file():
    for template in OVERRIDES.rglob("*.html"):
        assert not HASHED.search(template.read_text(encoding="utf-8")), template


@pytest.mark.parametrize(
    ("lang", "base", "expected"),
    [("en", "../..", "../.."), ("fr", "../../..", "../../../fr/"), ("fr", "..", "../fr/"), ("xx", ".", "./xx/")],
)
def test_each_language_searches_and_navigates_in_its_own_root(lang, base, expected):
    page = f"<head>{CONFIG.format(base=base)}</head>"
    assert language_base(page, lang) == f"<head>{CONFIG.format(base=expected)}</head>"


def test_only_the_theme_configuration_is_touched():
    prose = '<p>"base": "not this"</p>'
    page = prose + CONFIG.format(base="..")
    assert finish_page(page, "fr").startswith(prose)


def test_a_theme_configuration_without_a_base_fails_the_build():
    with pytest.raises(BuildError):
        language_base('<script id="__config" type="application/json">{"search": "x"}</script>', "fr")


def test_each_page_names_its_own_twins_for_search_engines():
    """The theme links every page to each language's home; the build links it to its twins."""
    head = (
        '<link rel="alternate" href="https://example.org/guide/" hreflang="en">\n'
        '      <link rel="alternate" href="https://example.org/guide/fr/" hreflang="fr">'
    )
    for url in ("methods/tips/", "fr/methods/tips/"):
        assert finish_page(head, "fr", url) == (
            '<link rel="alternate" href="https://example.org/guide/methods/tips/" hreflang="en">\n'
            '      <link rel="alternate" href="https://example.org/guide/fr/methods/tips/" hreflang="fr">\n'
            '      <link rel="alternate" href="https://example.org/guide/methods/tips/" hreflang="x-default">'
        )
    assert finish_page(head, "en") == head  # the one 404 page has no twins


def test_links_in_the_page_body_are_left_alone():
    body = '<body><cite><link rel="alternate" href="https://example.org/a" hreflang="fr"></cite></body>'
    head = '<head><link rel="alternate" href="https://example.org/" hreflang="en"></head>'
    finished = finish_page(head + body, "en", "b/")
    assert finished.endswith(body)
    assert 'href="https://example.org/b/" hreflang="en">' in finished
