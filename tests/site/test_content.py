"""The pages as readers get them: links that resolve, twins that agree, figures from the data file."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from calculators import CALCULATORS
from calculators.numbers import quantize
from calculators.rates import RATES
from tests.support.html import article_text, read_page

pytestmark = pytest.mark.site

SPACES = "\u00a0\u202f\u2009 "
# Money and percentages as each language writes them, and counts written with group separators.
FIGURES = {
    "en": re.compile(r"\$\s?(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s?%|\b(\d{1,3}(?:,\d{3})+)\b"),
    "fr": re.compile(
        rf"(\d[\d{SPACES}]*(?:,\d+)?)[{SPACES}]?\$|(\d[\d{SPACES}]*(?:,\d+)?)[{SPACES}]?%|(?<![\d,])(\d{{1,3}}(?:[{SPACES}]\d{{3}})+)(?![\d,])"
    ),
}


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("index.html"))


def figures(text: str, lang: str) -> set[Decimal]:
    found = set()
    for match in FIGURES[lang].finditer(text):
        raw = next(group for group in match.groups() if group)
        cleaned = raw.replace(",", "") if lang == "en" else raw.translate({ord(c): None for c in SPACES}).replace(",", ".")
        try:
            found.add(Decimal(cleaned).normalize())
        except InvalidOperation:
            continue
    return found


def known_figures() -> set[Decimal]:
    """Every figure of the data file, and the calculator defaults derived from them (like the
    price of one coin, from the price of a pack), as the rate tables show them."""
    known = set()
    for rate in RATES.values():
        for value in (rate.value, rate.low, rate.high):
            if isinstance(value, Decimal):
                known.add(value.normalize())
    for calculator in CALCULATORS.values():
        for field in calculator.fields:
            if isinstance(field.default, (Decimal, int)) and not isinstance(field.default, bool):
                known.add(quantize(Decimal(field.default), field.places).normalize())
    return known


def test_every_internal_link_and_anchor_resolves(built_site: Path, site_url: str):
    problems = []
    ids = {path: read_page(path).ids for path in pages(built_site)}
    for path in pages(built_site):
        page_url = site_url + path.relative_to(built_site).as_posix().removesuffix("index.html")
        for href in read_page(path).links:
            target = urljoin(page_url, href)
            if not target.startswith(site_url):
                continue  # another site: a source, not ours to check
            parts = urlsplit(target)
            relative = unquote(parts.path)[len(urlsplit(site_url).path) :]
            file = built_site / relative / "index.html" if not relative or relative.endswith("/") else built_site / relative
            if not file.exists():
                problems.append(f"{path.relative_to(built_site)}: {href} (no {file.relative_to(built_site)})")
            elif parts.fragment and file.suffix == ".html" and parts.fragment not in ids.get(file, read_page(file).ids):
                problems.append(f"{path.relative_to(built_site)}: {href} (no #{parts.fragment})")
    assert problems == []


def test_twins_carry_the_same_calculators_and_figures(built_site: Path):
    for english in pages(built_site):
        relative = english.relative_to(built_site)
        if relative.parts[0] in ("fr", "assets", "search"):
            continue
        french = built_site / "fr" / relative
        assert french.exists(), f"{relative} has no French twin"
        calculators = [[form.attrs["data-calculator"] for form in read_page(path).forms] for path in (english, french)]
        assert calculators[0] == calculators[1], relative
        assert figures(article_text(english), "en") == figures(article_text(french), "fr"), relative


def test_no_figure_is_typed_in_by_hand(built_site: Path):
    known = known_figures()
    strays = {}
    for path in pages(built_site):
        lang = "fr" if path.relative_to(built_site).parts[0] == "fr" else "en"
        unknown = sorted(figures(article_text(path), lang) - known)
        if unknown:
            strays[str(path.relative_to(built_site))] = unknown
    assert strays == {}, "figures not in calculators/rates.py; use the {{ rate() }} macros"
