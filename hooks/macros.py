"""Figures on the pages come from `calculators.rates`, never retyped.

Pages write `{{ rate("key") }}`, `{{ range("key") }}` and `{{ source("key") }}`; this module
turns them into text in the page's language. It also generates the Markdown tables that pages
pull in with markdown-include (`{!rates/live-gifts.en.md!}`, `{!sources.fr.md!}`).
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from babel.core import Locale
from babel.dates import format_date
from babel.lists import format_list
from mkdocs.exceptions import PluginError

from calculators import CALCULATORS
from calculators.fields import Field, Kind
from calculators.numbers import format_decimal, format_money, format_percent, quantize
from calculators.rates import RATES, Rate, Source
from calculators.text import LANGUAGES, Lang, Text

MACRO = re.compile(r"\{\{\s*(rate|range|source)\(\s*\"([a-z0-9_.]+)\"\s*\)\s*\}\}")

LABELS = {
    "figure": Text("Figure", "Donnée"),
    "value": Text("Value", "Valeur"),
    "range": Text("Reported range", "Fourchette constatée"),
    "source": Text("Source and date", "Source et date"),
    "key": Text("Key", "Clé"),
    "to": Text("to", "à"),
    "and": Text("and", "et"),
    "input": Text("Input", "Champ"),
}


_USD_RATE = Rate(Decimal(0), Text("USD", "USD"), Text("", ""), ())


def _rate(key: str) -> Rate:
    try:
        return RATES[key]
    except KeyError:
        raise PluginError(f"unknown figure {key!r}: add it to calculators/rates.py") from None


def format_value(rate: Rate, value: Decimal | tuple[str, ...], lang: Lang) -> str:
    """A figure written for the page: money, percent, country names or a plain number."""
    if isinstance(value, tuple):
        locale = Locale.parse(lang)
        return format_list([locale.territories.get(code, code) for code in value], locale=lang)
    unit = rate.unit.en
    if unit == "%":
        return format_percent(value, lang)
    if unit == "USD" or unit.startswith("USD "):
        places = max(2, -value.normalize().as_tuple().exponent)
        if places == 2:
            return format_money(value, lang)
        number = format_decimal(value, lang, places=places)
        return f"{number}\u00a0$US" if lang == "fr" else f"${number}"
    return format_decimal(value, lang, max_places=4)


def format_source_date(date: str, lang: Lang) -> str:
    """ISO dates of any precision: `2021`, `2023-11`, `2023-11-06`."""
    parts = [int(part) for part in date.split("-")]
    if len(parts) == 1:
        return date
    import datetime

    day = datetime.date(parts[0], parts[1], parts[2] if len(parts) == 3 else 1)
    return format_date(day, "MMMM y" if len(parts) == 2 else "long", locale=lang)


def cite(sources: tuple[Source, ...], lang: Lang) -> str:
    return "; ".join(f"{source.name}, {format_source_date(source.date, lang)}" for source in sources)


def render_macro(kind: str, key: str, lang: Lang) -> str:
    rate = _rate(key)
    if kind == "rate":
        return format_value(rate, rate.value, lang)
    if kind == "source":
        return cite(rate.sources, lang)
    if rate.low is None or rate.high is None:
        raise PluginError(f"{key!r} has no reported range; use rate() instead of range()")
    return f"{format_value(rate, rate.low, lang)} {LABELS['to'](lang)} {format_value(rate, rate.high, lang)}"


def expand(markdown: str, lang: Lang) -> str:
    return MACRO.sub(lambda match: render_macro(match.group(1), match.group(2), lang), markdown)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rates_table(slug: str, lang: Lang) -> str:
    """The default rates behind one calculator, with their sources."""
    calculator = CALCULATORS[slug]
    header = [LABELS["input"](lang), LABELS["value"](lang), LABELS["range"](lang), LABELS["source"](lang)]
    rows = []
    for field in calculator.fields:
        if field.rate is None:
            continue
        rate = RATES[field.rate]
        spread = render_macro("range", field.rate, lang) if rate.low is not None else ""
        note = f" {rate.note(lang)}" if rate.note else ""
        rows.append([field.label(lang), format_field_default(field, lang), spread, cite(rate.sources, lang) + note])
    return _table(header, rows)


def format_field_default(field: Field, lang: Lang) -> str:
    """A calculator input's default as the table shows it (which may differ from the raw
    figure, as with the price of one coin derived from the price of a pack)."""
    if not isinstance(field.default, Decimal | int) or isinstance(field.default, bool):
        return str(field.default)
    value = Decimal(field.default)
    if field.kind is Kind.PERCENT:
        return format_percent(value, lang)
    if field.kind is Kind.MONEY:
        return format_value(RATES[field.rate] if field.rate else _USD_RATE, quantize(value, field.places), lang)
    return format_decimal(value, lang, max_places=field.places)


def sources_table(lang: Lang) -> str:
    """Every figure of the data file, for the Sources page."""
    header = [LABELS["figure"](lang), LABELS["value"](lang), LABELS["range"](lang), LABELS["source"](lang)]
    rows = []
    for key, rate in RATES.items():
        spread = render_macro("range", key, lang) if rate.low is not None else ""
        note = f" {rate.note(lang)}" if rate.note else ""
        rows.append(
            [
                f"{rate.label(lang)} (`{key}`)",
                format_value(rate, rate.value, lang),
                spread,
                cite(rate.sources, lang) + note,
            ]
        )
    return _table(header, rows)


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def write_includes(directory: Path) -> None:
    """Generate the include files; rewrite only what changed so `mkdocs serve` does not loop."""
    files = {}
    for lang in LANGUAGES:
        files[f"sources.{lang}.md"] = sources_table(lang)
        for slug in CALCULATORS:
            files[f"rates/{slug}.{lang}.md"] = rates_table(slug, lang)
    for name, text in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
