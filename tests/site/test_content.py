"""The pages as readers get them: links that resolve, twins that agree, figures from the data file."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from calculators.rates import RATES
from sitebuild.figures import exact
from tests.support.html import facts, prose_nodes, read_page, untagged_text

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


def lang_of(site: Path, path: Path) -> str:
    return "fr" if path.relative_to(site).parts[0] == "fr" else "en"


def figures(text: str, lang: str) -> set[Decimal]:
    found = set()
    for match in FIGURES[lang].finditer(text):
        raw = next(group for group in match.groups() if group)
        cleaned = (
            raw.replace(",", "") if lang == "en" else raw.translate({ord(c): None for c in SPACES}).replace(",", ".")
        )
        try:
            found.add(Decimal(cleaned).normalize())
        except InvalidOperation:
            continue
    return found


def test_every_internal_link_and_anchor_resolves(built_site: Path, site_url: str):
    problems = []
    read = {path: read_page(path) for path in pages(built_site)}  # each page parsed once
    for path, page in read.items():
        page_url = site_url + path.relative_to(built_site).as_posix().removesuffix("index.html")
        for href in page.links:
            target = urljoin(page_url, href)
            if not target.startswith(site_url):
                continue  # another site: a source, not ours to check
            parts = urlsplit(target)
            relative = unquote(parts.path)[len(urlsplit(site_url).path) :]
            file = (
                built_site / relative / "index.html"
                if not relative or relative.endswith("/")
                else built_site / relative
            )
            if not file.exists():
                problems.append(f"{path.relative_to(built_site)}: {href} (no {file.relative_to(built_site)})")
            elif (
                parts.fragment
                and file.suffix == ".html"
                and parts.fragment not in (read.get(file) or read_page(file)).ids
            ):
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
        shown = [sorted({(fact.fact, fact.value) for fact in facts(path)}) for path in (english, french)]
        assert shown[0] == shown[1], relative


def test_no_figure_is_typed_in_by_hand(built_site: Path):
    """Pages, forms, help texts and drawings: every money amount, percentage or grouped number a
    reader sees comes from the data file (tagged) or from a calculator (an output)."""
    definitional = re.compile(
        r"per 1,000|pour 1[\s\u202f\u00a0]000|1,000 qualified|1[\s\u202f\u00a0]000 vues", re.IGNORECASE
    )
    strays = {}
    for path in pages(built_site):
        lang = lang_of(built_site, path)
        text = definitional.sub("", untagged_text(path))
        found = sorted(figures(text, lang))
        if found:
            strays[str(path.relative_to(built_site))] = found
    assert strays == {}, "use the {{ rate() }} macros, in pages and in help texts alike"


def test_one_fact_one_value(built_site: Path):
    """Wherever a fact appears (any page, either language, a form's help or a drawing), it has the
    one value the data file gives it."""
    seen: dict[str, set[str]] = {}
    for path in pages(built_site):
        for fact in facts(path):
            seen.setdefault(fact.fact, set()).add(fact.value)
    assert seen, "no tagged figure at all"
    conflicts = {fact: values for fact, values in seen.items() if len(values) > 1}
    assert conflicts == {}
    for fact, (value,) in seen.items():
        key, _, end = fact.partition("#")
        if RATES[key].unit.kind.value == "text" or end.startswith("until-"):
            continue
        assert value == exact(RATES[key], end or "value") or (not end and value == str(RATES[key].value)), fact


def test_every_figure_the_pages_quote_is_shown_with_its_sources(built_site: Path):
    """The Sources page lists every figure, each citation linking to its page."""
    for lang, prefix in (("en", ""), ("fr", "fr/")):
        page = built_site / prefix / "sources" / "index.html"
        html = page.read_text(encoding="utf-8")
        ids = read_page(page).ids
        for key, figure in RATES.items():
            assert key.replace(".", "-").replace("_", "-") in ids, (lang, key)
            for source in figure.all_sources:
                assert f'href="{source.url.replace("&", "&amp;")}"' in html, (lang, key, source.id)


def test_every_citation_links_to_its_page(built_site: Path):
    unlinked = []
    cite = re.compile(r'<cite class="source">(.*?)</cite>', re.DOTALL)
    for path in pages(built_site):
        for body in cite.findall(path.read_text(encoding="utf-8")):
            if not re.search(r'<a href="https?://[^"]+"', body):
                unlinked.append((str(path.relative_to(built_site)), body[:80]))
    assert unlinked == []


def test_no_macro_reaches_a_reader(built_site: Path):
    for path in built_site.rglob("*.html"):
        text = " ".join(prose_nodes(path))
        assert "{{" not in text, path
        assert "{!" not in text, path


FRENCH_SPACING = {
    "a space before ; ! ? must be a narrow no-break space": re.compile(r"[ \u00a0][;!?]"),
    "; ! ? need a narrow no-break space before them": re.compile(r"[^\W\d_»)][;!?](?:\s|$)"),
    "a space before : must be a no-break space": re.compile(r"[ \u202f]:"),
    ": needs a no-break space before it": re.compile(r"[^\W\d_»)]:(?:\s|$)"),
    "« needs a no-break space after it": re.compile(r"«(?!\u00a0)"),
    "» needs a no-break space before it": re.compile(r"(?<!\u00a0)»"),
    "thousands are grouped with a narrow no-break space": re.compile(r"\d[ \u00a0]\d{3}(?!\d)"),
    "a dollar amount is written 1 234,50 $US (or $CA)": re.compile(r"\$(?!US|CA)|\d\$|[^\u00a0]\$(?:US|CA)"),
}


def test_french_typography_on_every_french_page(built_site: Path):
    problems = []
    for path in sorted((built_site / "fr").rglob("*.html")):
        for node in prose_nodes(path):
            for rule, pattern in FRENCH_SPACING.items():
                match = pattern.search(node)
                if match:
                    start = max(0, match.start() - 25)
                    problems.append(f"{path.relative_to(built_site)}: {rule}: {node[start : match.end() + 25]!r}")
    assert problems == [], "\n".join(problems[:40])


def test_method_pages_work_examples_out_with_the_calculators(built_site: Path):
    """Worked examples are computed at build time by the calculators, never typed: each shows the
    very value the calculator gives, in the page's language."""
    from calculators import evaluate

    methods = sorted(path for path in (built_site / "methods").glob("*/index.html"))
    results = re.compile(
        r'<data class="result" value="([^"]*)" data-calculator="([a-z-]+)" data-output="([a-z_0-9]+)"'
        r' data-inputs="([^"]*)">([^<]*)</data>'
    )
    with_forms = 0
    for path in methods:
        for lang, page in (("en", path), ("fr", built_site / "fr" / path.relative_to(built_site))):
            html = page.read_text(encoding="utf-8")
            found = results.findall(html)
            if read_page(page).forms:
                with_forms += 1
                assert found, f"{page.relative_to(built_site)} has a calculator but no worked example"
            for value, slug, output, inputs, text in found:
                named = dict(pair.split("=") for pair in inputs.split())
                raw = {name: RATES[key].value for name, key in named.items()}
                evaluation = evaluate(slug, raw, lang)
                assert evaluation.outputs()[output] == value, (page, slug, output)
                assert evaluation.formatted()[output] == text, (page, slug, output)
    assert with_forms >= 16


def test_every_sourced_figure_is_cited_on_its_page(built_site: Path):
    """A reader can click through from any figure: every page that shows a sourced figure also
    links to one of the pages that state it (examples and the site's own thresholds cite none)."""
    uncited: dict[str, list[str]] = {}
    for path in pages(built_site):
        html = path.read_text(encoding="utf-8")
        for fact in facts(path):
            figure = RATES[fact.fact.split("#")[0]]
            if not figure.role.needs_sources and not figure.all_sources:
                continue
            addresses = [source.url.replace("&", "&amp;") for source in figure.all_sources]
            if not any(f'href="{address}"' in html for address in addresses):
                uncited.setdefault(str(path.relative_to(built_site)), []).append(figure.key)
    assert uncited == {}, "add a {{ source() }} next to these figures"
