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

from babel import Locale as BabelLocale
from babel import UnknownLocaleError

from calculators.countries import country_names
from calculators.engine import evaluate
from calculators.locales import locale
from calculators.quoting import End, as_of_text, end_value, figure, in_text, range_text, value_text
from calculators.rates import QUALIFIERS, RATES, ROLE_NAMES, Figure, Role, Source
from calculators.rates import REVIEWED as REVIEWED_ON
from calculators.text import Lang, Text

from .errors import BuildError

MACRO = re.compile(
    r"\{\{\s*(rate|range|as_of|was|in|source)\(\s*(\"[a-z0-9_.]+\"(?:\s*,\s*\"[a-z0-9_.]+\")*)\s*\)\s*\}\}"
)
"""`{{ rate("key") }}` and its kin; `source()` also takes several keys and cites each page once."""
RESULT = re.compile(
    r'\{\{\s*result\(\s*"([a-z0-9-]+)"\s*,\s*"([a-z0-9_]+)"((?:\s*,\s*[a-z0-9_]+\s*=\s*"[a-z0-9_.]+")*)\s*\)\s*\}\}'
)
"""`{{ result("creator-rewards", "monthly_low", qualified_views="examples.views_million") }}`: a worked
example, computed by the calculator at build time from its defaults and the figures named."""
REVIEWED = re.compile(r"\{\{\s*reviewed\(\s*\)\s*\}\}")
"""The date the figures were last checked against their sources."""
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
    "published_month": Text("published {date}", "publié en {date}"),
    "updated_month": Text("updated {date}", "mis à jour en {date}"),
    "in_language": Text("in {language}", "en {language}"),
    "changed": Text("changed on {date}; was {value}", "modifié le {date}, auparavant {value}"),
    "changed_month": Text("changed in {date}; was {value}", "modifié en {date}, auparavant {value}"),
    "as_of": Text("since {date}", "depuis le {date}"),
    "as_of_month": Text("since {date}", "depuis {date}"),
    "historical": Text("as of {date}", "en {date}"),
    "historical_day": Text("as of {date}", "au {date}"),
}


def language_name(code: str, lang: Lang) -> str:
    """ "Japanese" / "japonais": the name of a source's language, from CLDR."""
    for display in (lang, "en"):  # a language CLDR does not know reads the English name
        try:
            return BabelLocale.parse(code.replace("-", "_")).get_display_name(display) or code
        except (ValueError, LookupError, UnknownLocaleError):
            continue
    return code


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
    for date, words in ((source.published, "published"), (source.updated, "updated")):
        if date:
            # "publié le 6 novembre 2023", but "publié en novembre 2023" or "en 2024"
            key = words if date.count("-") == 2 else f"{words}_month"
            dates.append(WORDS[key].format(lang, date=rules.format_date(date)))
    if not dates:
        return f"{WORDS['undated'](lang)}, {read}"
    if not checked and source.published and not source.updated:
        return rules.format_date(source.published)
    return ", ".join(dates + ([read] if checked else []))


def cite_one(source: Source, lang: Lang, checked: bool = False) -> str:
    """`TikTok, “Title”, 6 November 2023` with the title linking to the page; a page not by
    TikTok or by the authority whose rule it states is "reported by" its publisher; a page in
    another language says so."""
    rules = locale(lang)
    title = escape(source.title(lang))
    link = f'<a href="{escape(source.url)}" hreflang="{escape(source.lang)}">{title}</a>' if source.url else title
    parts = [escape(source.publisher), rules.quote.format(text=link), escape(source_date(source, lang, checked))]
    text = ", ".join(parts)
    if not (source.official or source.primary):
        text = f"{WORDS['reported_by'](lang)} {text}"
    if source.lang != lang:
        text += f" ({escape(WORDS['in_language'].format(lang, language=language_name(source.lang, lang)))})"
    return f'<cite class="source">{text}</cite>'


def cite_short(source: Source, lang: Lang) -> str:
    """`TikTok (6 November 2023)`: the publisher linking to the page (its title shown on hover), and
    the date the page gives, if any. The Sources page gives every title and date in full."""
    title = escape(source.title(lang))
    date = f" ({escape(locale(lang).format_date(source.published))})" if source.published else ""
    link = f'<a href="{escape(source.url)}" hreflang="{escape(source.lang)}" title="{title}">{escape(source.publisher)}</a>'
    return f'<cite class="source">{link}{date}</cite>'


def cite_publisher(sources: list[Source], lang: Lang) -> str:
    """Several pages of one publisher, named once: `TikTok (“LIVE Gifts”, 6 November 2023;
    “Creator Rewards Program”)`, each title linking to its page."""
    if len(sources) == 1:
        return cite_short(sources[0], lang)
    rules = locale(lang)
    pages = []
    for source in sources:
        link = f'<a href="{escape(source.url)}" hreflang="{escape(source.lang)}">{escape(source.title(lang))}</a>'
        date = f", {escape(rules.format_date(source.published))}" if source.published else ""
        pages.append(rules.quote.format(text=link) + date)
    return f'<cite class="source">{escape(sources[0].publisher)} ({rules.citation_separator.join(pages)})</cite>'


def _by_publisher(sources: list[Source], lang: Lang) -> list[str]:
    groups: dict[str, list[Source]] = {}
    for source in sources:
        groups.setdefault(source.publisher, []).append(source)
    return [cite_publisher(group, lang) for group in groups.values()]


def cite(sources: tuple[Source, ...], lang: Lang, checked: bool = False) -> str:
    """Several sources: in full with `checked` (the Sources page); otherwise short, each publisher
    named once: TikTok's own pages first, then the authorities' whose rules they state, then
    "reported by" the others."""
    rules = locale(lang)
    if checked:
        return rules.citation_separator.join(cite_one(source, lang, checked) for source in sources)
    ordered = sorted(sources, key=lambda source: not source.official)
    named = _by_publisher([source for source in ordered if source.official or source.primary], lang)
    reported = _by_publisher([source for source in sources if not (source.official or source.primary)], lang)
    parts = [rules.join(named)] if named else []
    if reported:
        parts.append(f"{WORDS['reported_by'](lang)} {rules.join(reported)}")
    return rules.citation_separator.join(parts)


def cite_figures(items: list[Figure], lang: Lang) -> str:
    """The sources of several figures, each page cited once."""
    seen: dict[str, Source] = {}
    for item in items:
        if item.role in (Role.EXAMPLE, Role.THRESHOLD):
            raise BuildError(f"{item.key!r} is the site's own {item.role.value}: it has no source to cite")
        for source in item.all_sources:
            seen.setdefault(source.id, source)
    return cite(tuple(seen.values()), lang)


def cite_figure(item: Figure, lang: Lang, checked: bool = False) -> str:
    """Every source of a figure, or what the figure is when the site chose it."""
    if item.role in (Role.EXAMPLE, Role.THRESHOLD):
        return escape(ROLE_NAMES[item.role](lang))
    return cite(item.all_sources, lang, checked)


HISTORICAL = re.compile("\x00(\\d{4})\x00(.*?)\x00")
"""A pending " (as of 2021)": kept only where the line does not already give the year."""


def historical_note(item: Figure, lang: Lang) -> str:
    """ " (as of 2021)" after a figure that describes the past, so no page states it as current;
    left pending until the whole line is written (see `settle_historical_notes`)."""
    note = historical_text(item, lang)
    return f"\x00{item.as_of[:4]}\x00{note}\x00" if note else ""


def historical_text(item: Figure, lang: Lang) -> str:
    """ " (as of 2021)" for a figure that describes the past, or nothing."""
    if not (item.historical and item.as_of):
        return ""
    words = WORDS["historical_day" if item.as_of.count("-") == 2 else "historical"]
    return " " + escape(f"({words.format(lang, date=locale(lang).format_date(item.as_of))})")


def settle_historical_notes(text: str) -> str:
    """Drop each pending note whose year the line (a paragraph, a list item, a table row with
    its table's header) already states; write out the others."""
    lines = text.split("\n")
    settled = []
    header = ""
    for number, line in enumerate(lines):
        if line.startswith("|"):
            if number == 0 or not lines[number - 1].startswith("|"):
                header = line
        else:
            header = ""
        bare = HISTORICAL.sub("", header + line)

        def settle(match: re.Match[str], bare: str = bare) -> str:
            return "" if match.group(1) in bare else match.group(2)

        settled.append(HISTORICAL.sub(settle, line))
    return "\n".join(settled)


def render_result(slug: str, output: str, arguments: str, lang: Lang) -> str:
    """One output of a calculator run on its defaults, with inputs taken from named figures."""
    inputs: dict[str, object] = {}
    named = dict(re.findall(r'([a-z0-9_]+)\s*=\s*"([a-z0-9_.]+)"', arguments))
    for name, key in named.items():
        figure_value = _figure(key).value
        inputs[name] = figure_value if isinstance(figure_value, Decimal) else " ".join(figure_value)
    try:
        evaluation = evaluate(slug, inputs, lang)
    except KeyError as error:
        raise BuildError(str(error.args[0])) from None
    if not evaluation.ok:
        raise BuildError(f"result({slug!r}): {evaluation.errors}")
    if output not in evaluation.outputs():
        raise BuildError(f"result({slug!r}) has no output {output!r}")
    value = evaluation.outputs()[output]
    text = escape(evaluation.formatted()[output], quote=False)
    figures = escape(" ".join(f"{name}={key}" for name, key in named.items()))
    return (
        f'<data class="result" value="{escape(str(value))}" data-calculator="{slug}" data-output="{output}"'
        f' data-inputs="{figures}">{text}</data>'
    )


def render_macro(kind: str, keys: str, lang: Lang, svg: bool = False) -> str:
    names = re.findall(r'"([a-z0-9_.]+)"', keys)
    if kind == "source" and len(names) > 1:
        if svg:
            raise BuildError("source() cannot go inside a drawing")
        return cite_figures([_figure(name) for name in names], lang)
    if len(names) != 1:
        raise BuildError(f"{kind}() takes one figure, not {keys}")
    key = names[0]
    item = _figure(key)
    try:
        if kind == "rate":
            html = data_html(item, "value", lang, svg)
            return html + historical_note(item, lang)
        if kind == "was":
            return data_html(item, "was", lang, svg)
        if kind == "in":
            text = escape(in_text(item, lang), quote=False)
            return f'<data class="figure" value="{escape(exact(item, "value"))}" data-fact="{escape(item.key)}">{text}</data>'

        if kind == "range":
            html = range_text(item, lang, lambda one, end, language: data_html(one, end, language, svg))
            return html + historical_note(item, lang)
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

    reviewed = f'<time datetime="{REVIEWED_ON}">{escape(locale(lang).format_date(REVIEWED_ON))}</time>'

    def result(match: re.Match[str]) -> str:
        return render_result(match.group(1), match.group(2), match.group(3), lang)

    try:
        expanded = settle_historical_notes(MACRO.sub(one, RESULT.sub(result, REVIEWED.sub(reviewed, markdown))))
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
    html = settle_historical_notes("".join(parts))
    check_no_leftover(html, "help text")
    return html


def with_unit_html(item: Figure, end: End, lang: Lang) -> str:
    """One value with its unit spelt out ("$200 million", "10,000 followers"), tagged."""
    value = end_value(item, end)
    if isinstance(value, Decimal):
        bound = item.low if end == "low" else item.high if end == "high" else None
        qualifier = QUALIFIERS[bound.qualifier](lang) if bound is not None and bound.qualifier else ""
        text = item.unit.full(value, lang)
        text = f"{qualifier} {text}" if qualifier else text
    else:
        text = country_names(value, lang)
    fact = item.key if end == "value" else f"{item.key}#{end}"
    return f'<data class="figure" value="{escape(exact(item, end))}" data-fact="{escape(fact)}">{escape(text)}</data>'


def value_with_unit(item: Figure, lang: Lang) -> str:
    """A figure's value with its unit, for the Sources page; a dated rule shows its date."""
    if item.unit.kind.value == "text":
        return date_html(item, lang) if item.as_of else ""
    html = with_unit_html(item, "value", lang)
    if item.as_of and not item.historical:
        words = WORDS["as_of" if item.as_of.count("-") == 2 else "as_of_month"]
        html += " " + escape(words.format(lang, date=locale(lang).format_date(item.as_of)))
    return html + historical_text(item, lang)


def range_with_unit(item: Figure, lang: Lang) -> str:
    if item.low is None or item.high is None:
        return ""
    return range_text(item, lang, with_unit_html)


def history_text(item: Figure, lang: Lang) -> str:
    """ "changed on 1 October 2025; was 50%", each earlier value tagged."""
    rules = locale(lang)
    changes = []
    for number, change in enumerate(item.history):
        fact = f"{item.key}#was" if number == len(item.history) - 1 else f"{item.key}#until-{change.until}"
        if isinstance(change.value, Decimal):
            exact_value, text = f"{change.value:f}", item.unit.full(change.value, lang)
        else:
            exact_value, text = " ".join(change.value), country_names(change.value, lang)
        earlier = f'<data class="figure" value="{escape(exact_value)}" data-fact="{escape(fact)}">{escape(text)}</data>'
        words = WORDS["changed" if change.until.count("-") == 2 else "changed_month"]
        changes.append(escape(words(lang)).format(date=escape(rules.format_date(change.until)), value=earlier))
    return rules.citation_separator.join(changes)


def known_keys() -> tuple[str, ...]:
    return tuple(RATES)
