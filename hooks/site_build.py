"""The site's only MkDocs hook: figures and calculators into pages, Python into the site.

- on_config: reload `calculators` (so `mkdocs serve` picks up edits) and write the generated
  include files that markdown-include pulls into pages.
- on_page_markdown: expand the figure macros; mark where each calculator goes.
- on_page_content: put the pre-rendered calculator forms in place.
- on_page_context: point the language selector at this page's twin; date the footer.
- on_post_page, on_post_template: make Material's markup valid HTML.
- on_post_build: ship the Pyodide runtime, the calculators wheel and its lockfile, split
  search and sitemap per language, and write the content security policy.
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

PROJECT = Path(__file__).resolve().parent.parent
INCLUDES = PROJECT / "build" / "includes"
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}
CALCULATOR_LINE = re.compile(r'^\{\{\s*calculator\(\s*"([a-z0-9-]+)"\s*\)\s*\}\}[ \t]*$', re.MULTILINE)
SLOT = '<div class="calc-slot" data-slot="{slug}"></div>'
SLOT_PATTERN = re.compile(r'<div class="calc-slot" data-slot="([a-z0-9-]+)"></div>')


def _load_helpers() -> SimpleNamespace:
    """Import calculators and this folder's helper modules anew, so a live reload sees edits."""
    for name in [name for name in sys.modules if name == "calculators" or name.startswith("calculators.")]:
        del sys.modules[name]
    sys.path.insert(0, str(Path(__file__).parent))
    try:
        names = ("macros", "widgets", "runtime", "languages", "security")
        return SimpleNamespace(**{name: importlib.reload(importlib.import_module(name)) for name in names})
    finally:
        sys.path.pop(0)


helpers = _load_helpers()
python_runtime: Any = None  # helpers.runtime.Runtime: this build's wheel and runtime folders


serving = False  # `mkdocs serve` injects its own live-reload script, which a strict policy would block


def on_startup(command: str, dirty: bool) -> None:
    global serving
    serving = command == "serve"


def page_lang(page: Page) -> str:
    return getattr(page.file, "locale", None) or "en"


def twin_paths(url: str) -> dict[str, str]:
    """Same path in both languages: English at the root, French under fr/."""
    english = url.removeprefix("fr/")
    return {"en": english, "fr": "fr/" + english}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global helpers, python_runtime
    helpers = _load_helpers()
    import calculators

    python_runtime = helpers.runtime.prepare(PROJECT)
    helpers.macros.write_includes(INCLUDES)
    config.mdx_configs.setdefault("markdown_include.include", {})["base_path"] = str(INCLUDES)
    config.extra["reviewed"] = calculators.REVIEWED
    # Material reads these <link rel="alternate"> roots to fetch each language's sitemap, so
    # they stay the language homes; page-level hreflang pairs are in sitemap.xml.
    root = config.site_url or "/"
    config.extra["alternate"] = [
        {"name": LANGUAGE_NAMES[lang], "link": root + ("" if lang == "en" else f"{lang}/"), "lang": lang}
        for lang in LANGUAGE_NAMES
    ]
    return config


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    import calculators

    slugs = CALCULATOR_LINE.findall(markdown)
    for slug in slugs:
        if slug not in calculators.CALCULATORS:
            raise PluginError(f"{page.file.src_uri}: no calculator named {slug!r}")
    page.meta["calculators"] = slugs
    markdown = CALCULATOR_LINE.sub(lambda match: "\n" + SLOT.format(slug=match.group(1)) + "\n", markdown)
    try:
        return helpers.macros.expand(markdown, page_lang(page))
    except PluginError as error:
        raise PluginError(f"{page.file.src_uri}: {error}") from None


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    lang = page_lang(page)
    return SLOT_PATTERN.sub(lambda match: helpers.widgets.render(match.group(1), lang, python_runtime), html)


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    """Give the language selector (overrides/partials/alternate.html) this page's twins, and
    the footer the date the figures were last reviewed, written in the page's language."""
    context["twins"] = [
        {"name": LANGUAGE_NAMES[lang], "lang": lang, "href": get_relative_url(path, page.url)}
        for lang, path in twin_paths(page.url).items()
    ]
    reviewed = page.meta.get("reviewed") or config.extra["reviewed"]
    context["reviewed"] = {"iso": reviewed, "text": helpers.macros.format_source_date(str(reviewed), page_lang(page))}
    return context


MATERIAL_TOGGLE = re.compile(r'(<input class="md-toggle"[^>]*type="checkbox"[^>]*?) autocomplete="off"')
UNNAMED_WIDGETS = {
    '<div class="md-search" data-md-component="search" role="dialog">': {"en": "Search", "fr": "Recherche"},
    '<div class="md-progress" data-md-component="progress" role="progressbar">': {
        "en": "Loading the page",
        "fr": "Chargement de la page",
    },
}


def repair_material_markup(html: str, lang: str) -> str:
    """Make Material's markup valid and accessible: `autocomplete` is not allowed on its drawer
    and search checkboxes, an empty `tabindex` on its section labels is invalid (and means
    none), and its search dialog and progress bar have no accessible name."""
    html = MATERIAL_TOGGLE.sub(r"\1", html)
    html = html.replace(' tabindex="">', ">")
    for tag, names in UNNAMED_WIDGETS.items():
        html = html.replace(tag, tag[:-1] + f' aria-label="{names[lang]}">')
    return html


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return repair_material_markup(output, page_lang(page))


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """Pages made from a template alone, such as 404.html."""
    return repair_material_markup(output, config.theme.get("language") or "en")


@event_priority(-110)  # after mkdocs-static-i18n (-100) has built every language
def on_post_build(config: MkDocsConfig) -> None:
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # inside the nested per-language build: the outer build finishes the job once
    site_dir = Path(config.site_dir)
    helpers.runtime.install(PROJECT, site_dir, python_runtime)
    helpers.runtime.stamp_service_worker(site_dir, python_runtime)
    helpers.languages.split_search_index(site_dir)
    helpers.languages.write_language_sitemap(site_dir, "fr")
    helpers.security.apply(site_dir, in_pages=not serving)
