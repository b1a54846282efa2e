"""Figures written for a reader: one value, a range, a list of countries, in the reader's language.

Help texts and pages quote figures with the same macros, `{{ rate("key") }}` and
`{{ range("key") }}`, so no number is ever typed twice. This module writes them as plain text
(for the command line and for notebooks); the site build wraps the very same text in markup that
records which figure it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Literal

from .countries import country_names, in_countries
from .locales import locale
from .rates import QUALIFIERS, RATES, Figure
from .text import Lang
from .units import Kind

End = Literal["value", "low", "high", "was"]
"""Which value of a figure: its own, one end of its range, or the one it had before its last change."""

MACRO = re.compile(r"\{\{\s*(rate|range|as_of|was|in)\(\s*\"([a-z0-9_.]+)\"\s*\)\s*\}\}")
"""The figure macros a help text may hold (a value, a range, the date a value applies from);
pages also have `source()` (see the site build)."""


class UnknownFigure(KeyError):
    """A macro names a figure that the data file does not have."""


def figure(key: str) -> Figure:
    try:
        return RATES[key]
    except KeyError:
        raise UnknownFigure(f"unknown figure {key!r}: add it to calculators/data/rates.toml") from None


def end_value(item: Figure, end: End) -> Decimal | tuple[str, ...]:
    """The figure's value, or one end of its range, rounded as pages show it."""
    if end == "value":
        value = item.value
    elif end == "was":
        if not item.history:
            raise ValueError(f"{item.key!r} has no earlier value; use rate() instead of was()")
        value = item.history[-1].value
    else:
        bound = item.low if end == "low" else item.high
        if bound is None:
            raise ValueError(f"{item.key!r} has no {end} end; use rate() instead of range()")
        value = bound.value
    return item.shown(value) if isinstance(value, Decimal) else value


def value_text(item: Figure, end: End, lang: Lang) -> str:
    """One value as prose quotes it: "$0.40", "18", "France, Italy and Spain"."""
    value = end_value(item, end)
    if isinstance(value, tuple):
        return country_names(value, lang)
    text = item.unit.short(value, lang)
    qualifier = _qualifier(item, end)
    return f"{QUALIFIERS[qualifier](lang)} {text}" if qualifier else text


def _qualifier(item: Figure, end: End) -> str:
    bound = item.low if end == "low" else item.high if end == "high" else None
    return bound.qualifier if bound is not None else ""


def range_text(item: Figure, lang: Lang, write: Callable[[Figure, End, Lang], str] = value_text) -> str:
    """Both ends of a reported range: "$0.01 to more than $2.00"."""
    return locale(lang).range.format(low=write(item, "low", lang), high=write(item, "high", lang))


def in_text(item: Figure, lang: Lang) -> str:
    """A country-list figure as "in <countries>": "in the United States", "en France et en Italie"."""
    if not isinstance(item.value, tuple):
        raise ValueError(f"{item.key!r} is not a list of countries; use rate() instead of in()")
    return in_countries(item.value, lang)


def as_of_text(item: Figure, lang: Lang) -> str:
    """The date from which the figure applies, as a reader writes dates: "1 October 2025"."""
    if not item.as_of:
        raise ValueError(f"{item.key!r} has no as_of date")
    return locale(lang).format_date(item.as_of)


def expand(
    text: str,
    lang: Lang,
    write: Callable[[Figure, End, Lang], str] = value_text,
    write_date: Callable[[Figure, Lang], str] = as_of_text,
) -> str:
    """Fill the figure macros of `text`; `write` and `write_date` decide how each is written."""

    def one(match: re.Match[str]) -> str:
        kind, key = match.groups()
        item = figure(key)
        if kind in ("rate", "was"):
            return write(item, "value" if kind == "rate" else "was", lang)
        if kind == "as_of":
            return write_date(item, lang)
        if kind == "in":
            return in_text(item, lang)
        return range_text(item, lang, write)

    return MACRO.sub(one, text)


def is_number(item: Figure) -> bool:
    return item.unit.kind not in (Kind.COUNTRIES, Kind.TEXT)
