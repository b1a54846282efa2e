"""One page, from Markdown to finished HTML: figures and calculators in, Material's markup made
valid, French typography done. Plain functions, called by whichever generator builds the site."""

from __future__ import annotations

import re

from calculators import CALCULATORS
from calculators.text import Lang, Text

from . import figures, forms
from .errors import BuildError
from .runtime import Runtime
from .typography import space_html

CALCULATOR_LINE = re.compile(r'^\{\{\s*calculator\(\s*"([a-z0-9-]+)"\s*\)\s*\}\}[ \t]*$', re.MULTILINE)
SLOT = '<div class="calc-slot" data-slot="{slug}"></div>'
SLOT_PATTERN = re.compile(r'<div class="calc-slot" data-slot="([a-z0-9-]+)"></div>')


def expand_markdown(markdown: str, lang: Lang, where: str) -> tuple[str, list[str]]:
    """The page's Markdown with every figure macro written out and a slot where each calculator
    goes; and the calculators it holds. Unknown names and malformed macros fail the build."""
    slugs = CALCULATOR_LINE.findall(markdown)
    for slug in slugs:
        if slug not in CALCULATORS:
            raise BuildError(f"{where}: no calculator named {slug!r}")
    markdown = CALCULATOR_LINE.sub(lambda match: "\n" + SLOT.format(slug=match.group(1)) + "\n", markdown)
    return figures.expand(markdown, lang, where), slugs


def place_forms(html: str, lang: Lang, runtime: Runtime) -> str:
    """Put each calculator's pre-rendered form in its slot."""
    return SLOT_PATTERN.sub(lambda match: forms.render(match.group(1), lang, runtime), html)


LANGUAGES = ("en", "fr")
"""The site's languages; the first is at the root, the others under their code."""

THEME_BASE = re.compile(r'(<script id="__config" type="application/json">\{[^<]*?"base": ")([^"]*)(")')


def language_base(html: str, lang: str) -> str:
    """On a page in another language than the first, point the theme's `base` at that language's
    root (fr/), so search loads fr/search/search_index.json (its pages, its stemming) and instant
    navigation follows fr/sitemap.xml. Done on the built page, so the theme's own configuration
    block, which names its search worker by a hashed file name, needs no copy in overrides/."""
    if lang == LANGUAGES[0]:
        return html
    html, found = THEME_BASE.subn(lambda match: f"{match[1]}{match[2]}/{lang}/{match[3]}", html, count=1)
    if not found and "__config" in html:
        raise BuildError("the theme's configuration has no base to point at the language's root")
    return html


MATERIAL_TOGGLE = re.compile(r'(<input class="md-toggle"[^>]*type="checkbox"[^>]*?) autocomplete="off"')
UNNAMED_WIDGETS = {
    '<div class="md-search" data-md-component="search" role="dialog">': Text("Search", "Recherche"),
    '<div class="md-progress" data-md-component="progress" role="progressbar">': Text(
        "Loading the page", "Chargement de la page"
    ),
}


def repair_material_markup(html: str, lang: str) -> str:
    """Make Material's markup valid and accessible: `autocomplete` is not allowed on its drawer
    and search checkboxes, an empty `tabindex` on its section labels is invalid (and means
    none), and its search dialog and progress bar have no accessible name."""
    html = MATERIAL_TOGGLE.sub(r"\1", html)
    html = html.replace(' tabindex="">', ">")
    for tag, names in UNNAMED_WIDGETS.items():
        html = html.replace(tag, tag[:-1] + f' aria-label="{names(lang)}">')
    return html


def finish_page(html: str, lang: str) -> str:
    """A whole built page, made valid and typeset in its language."""
    return space_html(repair_material_markup(language_base(html, lang), lang), lang)
