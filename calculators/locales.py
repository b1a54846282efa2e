"""Each language's rules for writing numbers, money, percentages, dates and lists, read from
`data/locales.toml`.

The rules are data, not `if lang == "fr"` branches: numbers.py, the site build and its
templates all ask the record of the reader's language, so adding a language means adding a
record (and pages), not code.
"""

from __future__ import annotations

import datetime
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

InputStyle = Literal["comma", "space"]


@dataclass(frozen=True)
class Locale:
    """One language's writing rules; every pattern uses `str.format` placeholders."""

    code: str
    name: str
    social_locale: str
    """`en_US`: the language and territory a link preview names (Open Graph's `og:locale`)."""
    decimal: str
    group: str
    minus: str
    input: InputStyle
    percent: str
    currency_symbols: dict[str, str]
    currency_names: dict[str, str]
    money: str
    scale_million: str
    scale_billion: str
    months: tuple[str, ...]
    date: str
    month_year: str
    first_day: str
    list_and: str
    list_or: str
    list_separator: str
    range: str
    citation_separator: str
    quote: str
    repeat_in: bool
    in_unknown_country: str
    spacing: tuple[tuple[str, str], ...]
    second_currency: str
    """The currency forms show beside US dollars from the start ("" for none)."""

    def symbol(self, currency: str) -> str:
        return self.currency_symbols.get(currency, currency)

    def format_date(self, iso: str) -> str:
        """An ISO date of any precision (`2021`, `2023-11`, `2023-11-06`) as a reader writes it."""
        parts = [int(part) for part in iso.split("-")]
        if len(parts) == 1:
            return str(parts[0])
        day = datetime.date(parts[0], parts[1], parts[2] if len(parts) == 3 else 1)  # validates the date
        month = self.months[day.month - 1]
        if len(parts) == 2:
            return self.month_year.format(month=month, year=day.year)
        shown = self.first_day if day.day == 1 else str(day.day)
        return self.date.format(day=shown, month=month, year=day.year)

    def join(self, items: Sequence[str], conjunction: Literal["and", "or"] = "and") -> str:
        """`A, B and C` (no serial comma, in either language)."""
        last = self.list_and if conjunction == "and" else self.list_or
        if len(items) <= 1:
            return "".join(items)
        return self.list_separator.join(items[:-1]) + last + items[-1]


@cache
def _records() -> dict[str, Locale]:
    text = resources.files("calculators").joinpath("data/locales.toml").read_text(encoding="utf-8")
    records = {}
    for code, fields in tomllib.loads(text).items():
        fields = {
            **fields,
            "months": tuple(fields["months"]),
            "spacing": tuple((pattern, replacement) for pattern, replacement in fields.get("spacing", ())),
        }
        if len(fields["months"]) != 12:
            raise ValueError(f"locale {code!r} needs twelve month names")
        records[code] = Locale(code=code, **fields)
    return records


def locale(lang: str) -> Locale:
    """The rules of `lang`; an unknown language is an error, never a silent fallback."""
    try:
        return _records()[lang]
    except KeyError:
        raise ValueError(f"no locale record for {lang!r}; add it to calculators/data/locales.toml") from None


def languages() -> tuple[str, ...]:
    return tuple(_records())
