"""Figures on the pages come from the data file, never retyped, and every one links to its sources.

Pages write `{{ rate("key") }}`, `{{ range("key") }}`, `{{ as_of("key") }}` and
`{{ source("key") }}`. Each value becomes a `<data value="..." data-fact="key">` element, so a
check over the built site can prove that one fact never shows two values; each source becomes a
link to the page that states the figure, with its publisher, title and dates in the reader's
language. The generated tables (a calculator's assumptions, every figure for the Sources page)
are built from the same pieces.
"""

from __future__ import annotations

import re
from decimal import Decimal
from html import escape

from calculators.countries import country_names
from calculators.locales import locale
from calculators.quoting import End, as_of_text, end_value, figure, range_text, value_text
from calculators.rates import QUALIFIERS, RATES, ROLE_NAMES, Figure, Role, Source
from calculators.text import Lang, Text

from .errors import BuildError

MACRO = re.compile(r"\{\{\s*(rate|range|as_of|source)\(\s*\"([a-z0-9_.]+)\"\s*\)\s*\}\}")
LEFTOVER = re.compile(r"\{\{.*?\}\}|\{!.*?!\}", re.DOTALL)
"""A macro, or an include (`{!file!}`), left in a finished page."""
MACRO_LEFTOVER = re.compile(r"\{\{.*?\}\}", re.DOTALL)
SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL)

WORDS = {
    "reported_by": Text("reported by", "rapporté par"),
    "undated": Text("undated", "non daté"),
    "checked": Text("checked {date}", "consulté le {date}"),
    "published": Text("published {date}", "publié le {date}"),
    "updated": Text("updated {date}", "mis à jour le {date}"),
    "in_language": Text("in {language}", "en {language}"),
    "changed": Text("changed on {date}; was {value}", "modifié le {date}, auparavant {value}"),
    "as_of": Text("since {date}", "depuis le {date}"),
    "historical": Text("as of {date}", "en {date}"),
}
LANGUAGE_NAMES = {
    "en": Text("English", "anglais"),
    "fr": Text("French", "français"),
    "pt": Text("Portuguese", "portugais"),
    "es": Text("Spanish", "espagnol"),
    "de": Text("German", "allemand"),
}


def _figure(key: str) -> Figure:
    try:
        return figure(key)
    except KeyError as error:
        raise BuildError(str(error.args[0])) from None


def exact(item: Figure, end: End) -> str:
    """The machine-readable value of a figure's end: a plain decimal, or country codes."""
    value = end_value(item, end)
    if isinstance(value, tuple):
        return " ".join(value)
    return f"{value.normalize():f}" if value == value.to_integral_value() else f"{value:f}"


def data_html(item: Figure, end: End, lang: Lang, svg: bool = False) -> str:
    """One value as a page shows it, tagged with the fact it states (a `<tspan>` inside SVG)."""
    text = escape(value_text(item, end, lang), quote=False)
    fact = escape(item.key if end == "value" else f"{item.key}#{end}")
    if svg:
        return f'<tspan class="figure" data-fact="{fact}" data-value="{escape(exact(item, end))}">{text}</tspan>'
    return f'<data class="figure" value="{escape(exact(item, end))}" data-fact="{fact}">{text}</data>'


def date_html(item: Figure, lang: Lang) -> str:
    return f'<time datetime="{item.as_of}">{escape(as_of_text(item, lang))}</time>'


def source_date(source: Source, lang: Lang, checked: bool = False) -> str:
    """When a source said it: its own date (and, with `checked`, when the site last read it), or
    that it shows none and when it was read."""
    rules = locale(lang)
    read = WORDS["checked"].format(lang, date=rules.format_date(source.checked))
    dates = []
    if source.published:
        dates.append(WORDS["published"].format(lang, date=rules.format_date(source.published)))
    if source.updated:
        dates.append(WORDS["updated"].format(lang, date=rules.format_date(source.updated)))
    if not dates:
        return f"{WORDS['undated'](lang)}, {read}"
    if not checked and source.published and not source.updated:
        return rules.format_date(source.published)
    return ", ".join(dates + ([read] if checked else []))


def cite_one(source: Source, lang: Lang, checked: bool = False) -> str:
    """`TikTok, “Title”, 6 November 2023` with the title linking to the page; a page not by
    TikTok is "reported by" its publisher; a page in another language says so."""
    rules = locale(lang)
    title = escape(source.title(lang))
    link = f'<a href="{escape(source.url)}" hreflang="{escape(source.lang)}">{title}</a>' if source.url else title
    parts = [escape(source.publisher), rules.quote.format(text=link), escape(source_date(source, lang, checked))]
    text = ", ".join(parts)
    if not source.official:
        text = f"{WORDS['reported_by'](lang)} {text}"
    if source.lang != lang:
        language = LANGUAGE_NAMES.get(source.lang)
        text += f" ({WORDS['in_language'].format(lang, language=language(lang) if language else source.lang)})"
    return f'<cite class="source">{text}</cite>'


def cite(sources: tuple[Source, ...], lang: Lang, checked: bool = False) -> str:
    return "; ".join(cite_one(source, lang, checked) for source in sources)


def cite_figure(item: Figure, lang: Lang, checked: bool = False) -> str:
    """Every source of a figure, or what the figure is when the site chose it."""
    if item.role in (Role.EXAMPLE, Role.THRESHOLD):
        return escape(ROLE_NAMES[item.role](lang))
    return cite(item.all_sources, lang, checked)


def render_macro(kind: str, key: str, lang: Lang, svg: bool = False) -> str:
    item = _figure(key)
    try:
        if kind == "rate":
            html = data_html(item, "value", lang, svg)
            if item.historical and item.as_of:
                html += " " + escape(f"({WORDS['historical'].format(lang, date=locale(lang).format_date(item.as_of))})")
            return html
        if kind == "range":
            return range_text(item, lang, lambda one, end, language: data_html(one, end, language, svg))
        if kind == "as_of":
            return escape(as_of_text(item, lang)) if svg else date_html(item, lang)
        if svg:
            raise BuildError(f"source({key!r}) cannot go inside a drawing")
        return cite_figure(item, lang)
    except ValueError as error:
        raise BuildError(str(error)) from None


def expand(markdown: str, lang: Lang, where: str = "") -> str:
    """Replace every figure macro; a malformed or unknown one fails the build."""
    drawings = [(match.start(), match.end()) for match in SVG.finditer(markdown)]

    def one(match: re.Match[str]) -> str:
        inside_svg = any(start <= match.start() < end for start, end in drawings)
        return render_macro(match.group(1), match.group(2), lang, inside_svg)

    try:
        expanded = MACRO.sub(one, markdown)
    except BuildError as error:
        raise BuildError(f"{where}: {error}" if where else str(error)) from None
    check_no_leftover(expanded, where)
    return expanded


def check_no_leftover(text: str, where: str) -> None:
    """Nothing that looks like a macro may reach a reader: a typo must fail the build. (Includes,
    `{!file!}`, are read later by markdown-include; the finished pages are checked for them.)"""
    leftover = MACRO_LEFTOVER.search(text)
    if leftover:
        raise BuildError(f"{where}: malformed or unknown macro {leftover.group(0)[:80]!r}")


def help_html(text: str, lang: Lang) -> str:
    """A calculator's help text (which may quote figures) as HTML, its figures tagged."""
    parts = []
    position = 0
    for match in MACRO.finditer(text):
        parts.append(escape(text[position : match.start()], quote=False))
        parts.append(render_macro(match.group(1), match.group(2), lang))
        position = match.end()
    parts.append(escape(text[position:], quote=False))
    html = "".join(parts)
    check_no_leftover(html, "help text")
    return html


def value_with_unit(item: Figure, lang: Lang) -> str:
    """A figure's value with its unit spelt out, for the Sources page: "$200 million"."""
    if not isinstance(item.value, Decimal):
        return country_names(item.value, lang)
    if item.unit.kind.value == "text":
        return ""
    return item.unit.full(item.shown(item.value), lang)


def range_with_unit(item: Figure, lang: Lang) -> str:
    if item.low is None or item.high is None:
        return ""
    return range_text(item, lang, lambda one, end, language: _end_with_unit(one, end, language))


def _end_with_unit(item: Figure, end: End, lang: Lang) -> str:
    value = end_value(item, end)
    if not isinstance(value, Decimal):
        return country_names(value, lang)
    bound = item.low if end == "low" else item.high
    qualifier = QUALIFIERS[bound.qualifier](lang) if bound is not None and bound.qualifier else ""
    text = item.unit.full(value, lang)
    return f"{qualifier} {text}" if qualifier else text


def history_text(item: Figure, lang: Lang) -> str:
    rules = locale(lang)
    changes = []
    for change in item.history:
        if isinstance(change.value, Decimal):
            earlier = item.unit.full(change.value, lang)
        else:
            earlier = country_names(change.value, lang)
        changes.append(WORDS["changed"].format(lang, date=rules.format_date(change.until), value=earlier))
    return "; ".join(changes)


def known_keys() -> tuple[str, ...]:
    return tuple(RATES)
