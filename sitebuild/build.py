"""Everything a site generator calls, one function per step, in the order it calls them."""

from __future__ import annotations

from pathlib import Path

from calculators.locales import locale
from calculators.rates import REVIEWED
from calculators.text import Text, check_lang

from . import runtime, social, tables
from .finish import finish
from .pages import LANGUAGES, expand_markdown, finish_page, place_forms

__all__ = [
    "LANGUAGES",
    "expand_markdown",
    "finish",
    "finish_page",
    "footer",
    "language_roots",
    "not_found_card",
    "page_card",
    "place_forms",
    "prepare",
    "reviewed",
    "twins",
]

REVIEWED_ON = Text("Figures last reviewed on", "Chiffres vérifiés le")


def prepare(project: Path, includes: Path) -> runtime.Runtime:
    """Before any page: build (or reuse) the wheel, so forms can name its folder, and write the
    tables that pages include."""
    shipped = runtime.prepare(project)
    tables.write_includes(includes, project / "docs")
    return shipped


def reviewed() -> str:
    return REVIEWED


def language_roots(site_url: str) -> list[dict[str, str]]:
    """Each language's home, for the theme's language selector (which fetches each one's sitemap)."""
    return [
        {"name": locale(lang).name, "link": site_url + ("" if lang == LANGUAGES[0] else f"{lang}/"), "lang": lang}
        for lang in LANGUAGES
    ]


def twins(url: str) -> list[dict[str, str]]:
    """The same page in every language, as site-relative paths: the default language at the root,
    each other one under its own folder (`prefix`, which the page script reads too)."""
    page = url
    for lang in LANGUAGES[1:]:
        page = page.removeprefix(f"{lang}/")
    prefixes = {lang: "" if lang == LANGUAGES[0] else f"{lang}/" for lang in LANGUAGES}
    return [
        {"name": locale(lang).name, "lang": lang, "prefix": prefixes[lang], "path": prefixes[lang] + page}
        for lang in LANGUAGES
    ]


def footer(iso: str, lang: str) -> dict[str, str]:
    """The footer's review date, in the page's language."""
    return {"label": REVIEWED_ON(lang), "iso": iso, "text": locale(lang).format_date(iso)}


def page_card(
    site_url: str, url: str, lang: str, title: str, description: str, site_name: str, calculators: list[str]
) -> dict[str, object]:
    """The page's link preview (Open Graph and Twitter card data), in its language."""
    return social.page_card(
        site_url=site_url,
        url=url,
        lang=check_lang(lang),
        title=title,
        description=description,
        site_name=site_name,
        calculators=calculators,
    )


def not_found_card(site_url: str, lang: str, site_description: str, site_name: str) -> dict[str, object]:
    """The 404 page's link preview, in the language its template was built in."""
    language = check_lang(lang)
    return social.page_card(
        site_url=site_url,
        url="404.html",
        lang=language,
        title=social.NOT_FOUND(language),
        description=site_description,
        site_name=site_name,
    )
