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
