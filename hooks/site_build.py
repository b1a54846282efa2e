"""MkDocs adapter for `sitebuild`: each MkDocs event calls one plain function of the build.

The build itself (figures, forms, typography, runtime, CSP, search) lives in `sitebuild/`, which
never imports MkDocs, so another generator can drive it the same way.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

PROJECT = Path(__file__).resolve().parent.parent
INCLUDES = PROJECT / "build" / "includes"
state: dict[str, Any] = {"serving": False}


def _fresh_build() -> Any:
    """Import calculators and sitebuild anew, so `mkdocs serve` picks up their edits."""
    for name in [name for name in sys.modules if name.split(".")[0] in ("calculators", "sitebuild")]:
        del sys.modules[name]
    return importlib.import_module("sitebuild.build")


def _lang(page: Page) -> str:
    return getattr(page.file, "locale", None) or "en"


def on_startup(command: str, dirty: bool) -> None:
    state["serving"] = command == "serve"  # its live-reload script would break a strict policy


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    build = state["build"] = _fresh_build()
    state["runtime"] = _run(build.prepare, PROJECT, INCLUDES)
    config.mdx_configs.setdefault("markdown_include.include", {})["base_path"] = str(INCLUDES)
    config.extra["reviewed"] = build.reviewed()
    config.extra["default_language"] = build.LANGUAGES[0]
    config.extra["alternate"] = build.language_roots(config.site_url or "/")
    return config


def on_page_markdown(markdown: str, page: Page, **_: Any) -> str:
    expanded, slugs = _run(state["build"].expand_markdown, markdown, _lang(page), page.file.src_uri)
    page.meta["calculators"] = slugs
    return str(expanded)


def on_page_content(html: str, page: Page, **_: Any) -> str:
    return str(_run(state["build"].place_forms, html, _lang(page), state["runtime"]))


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, **_: Any) -> dict[str, Any]:
    """The language selector's links to this page's twins, the footer's review date, and the
    page's link preview (Open Graph and Twitter card data)."""
    build = state["build"]
    context["twins"] = [{**twin, "href": get_relative_url(twin["path"], page.url)} for twin in build.twins(page.url)]
    context["footer"] = build.footer(str(page.meta.get("reviewed") or config.extra["reviewed"]), _lang(page))
    if config.site_url:
        title = str(page.meta.get("title") or page.title or config.site_name)
        description = str(page.meta.get("description") or config.site_description or "")
        context["social"] = _run(
            build.page_card,
            config.site_url,
            page.url,
            _lang(page),
            title,
            description,
            config.site_name,
            page.meta.get("calculators", []),
        )
    return context


def on_template_context(context: dict[str, Any], template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    """Pages made from a template alone (404.html) get a link preview too."""
    if template_name.endswith(".html") and config.site_url:
        lang = config.theme.get("language") or "en"
        description = config.site_description or ""
        context["social"] = _run(state["build"].not_found_card, config.site_url, lang, description, config.site_name)
    return context


def on_post_page(output: str, page: Page, **_: Any) -> str:
    return str(state["build"].finish_page(output, _lang(page)))


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """Pages made from a template alone, such as 404.html. Every language's pass writes the one
    root 404.html, the last one winning; the default language's is kept to be put back at the end."""
    lang = config.theme.get("language") or "en"
    finished = str(state["build"].finish_page(output, lang))
    if template_name == "404.html" and lang == config.extra.get("default_language", "en"):
        state["not_found"] = finished
    return finished


@event_priority(-110)  # after mkdocs-static-i18n (-100) has built every language
def on_post_build(config: MkDocsConfig) -> None:
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # inside the nested per-language build: the outer build finishes the job once
    if "not_found" in state:  # the pages' own business, so before the finishing step
        (Path(config.site_dir) / "404.html").write_text(state["not_found"], encoding="utf-8")
    if os.environ.get("SITEBUILD_SKIP_FINISH"):
        return  # the pages only: `python -m sitebuild finish` completes the folder (see its test)
    _run(state["build"].finish, Path(config.site_dir), PROJECT, not state["serving"])


def _run(function: Any, *args: Any) -> Any:
    """Report the build's own errors as MkDocs reports a plugin's."""
    build_error = sys.modules["sitebuild.errors"].BuildError
    try:
        return function(*args)
    except build_error as error:
        raise PluginError(str(error)) from None
