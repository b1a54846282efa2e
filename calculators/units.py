"""The units a figure can have, and how a value in each is written in prose and in tables.

A unit is typed: the data file names one of these, so a misspelt unit fails at import instead of
printing a wrong label, and money is always written with its currency in the reader's style.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal

from .locales import locale
from .numbers import format_decimal, format_money, format_percent
from .text import Lang, Text


class Kind(enum.Enum):
    MONEY = "money"  # an amount in `currency`, possibly per something
    PERCENT = "percent"
    NUMBER = "number"  # a count or a ratio, followed by a noun in tables
    FACTOR = "factor"  # a multiplier: "1.3" in prose ("1.3 times"), "×1.3" in tables
    COUNTRIES = "countries"  # a list of ISO 3166 codes
    TEXT = "text"  # a rule with no number (the value is empty)


@dataclass(frozen=True)
class Unit:
    """How values of one unit are written. `per` follows a money amount ("per 1,000 views");
    `noun` follows a number in tables ("followers"); `scale` writes millions or billions."""

    id: str
    kind: Kind
    currency: str = "USD"
    per: Text | None = None
    per_count: int | None = None
    noun: Text | None = None
    one: Text | None = None
    """The noun after a single one ("1 coin"; in French also below 2, "0,5 Pièce"), if it differs."""
    scale: str = ""  # "", "million", "billion"

    def short(self, value: Decimal, lang: Lang) -> str:
        """The value as prose quotes it: money with its currency, a percentage, or a bare number
        (the sentence around it says "followers" or "days")."""
        if self.kind is Kind.MONEY:
            if self.scale:
                return self._scaled(value, lang)
            exponent = value.as_tuple().exponent
            assert isinstance(exponent, int)
            # As written in the data file: "5" is $5, "0.40" is $0.40, "0.0025" keeps its digits.
            places = 0 if exponent >= 0 else max(2, -value.normalize().as_tuple().exponent)  # type: ignore[operator]
            return format_money(value, lang, self.currency, places=places)
        if self.kind is Kind.PERCENT:
            return format_percent(value, lang)
        return format_decimal(value, lang, max_places=4)

    def full(self, value: Decimal, lang: Lang) -> str:
        """The value with its unit spelt out, for tables that list figures of every kind."""
        text = self.short(value, lang)
        if self.per is not None:
            per = self.per(lang)
            if self.per_count is not None:
                per = per.format(count=format_decimal(Decimal(self.per_count), lang))
            return f"{text} {per}"
        if self.noun is not None:
            single = value == 1 if lang == "en" else abs(value) < 2
            noun = self.one if self.one is not None and single else self.noun
            return f"{text} {noun(lang)}"
        if self.kind is Kind.FACTOR:
            return "×" + text
        return text

    def _scaled(self, value: Decimal, lang: Lang) -> str:
        rules = locale(lang)
        pattern = rules.scale_million if self.scale == "million" else rules.scale_billion
        number = format_decimal(value, lang, max_places=2)
        money = format_money(value, lang, self.currency, places=0 if value == value.to_integral_value() else 2)
        return pattern.format(
            money=money,
            number=number,
            s="s" if value >= 2 else "",
            currency_name=rules.currency_names.get(self.currency, self.currency),
        )


def _noun(en: str, fr: str) -> Text:
    return Text(en, fr)


UNITS: dict[str, Unit] = {
    unit.id: unit
    for unit in (
        Unit("usd", Kind.MONEY),
        Unit("eur", Kind.MONEY, currency="EUR"),
        Unit("chf", Kind.MONEY, currency="CHF"),
        Unit("cad", Kind.MONEY, currency="CAD"),
        Unit("million-usd", Kind.MONEY, scale="million"),
        Unit("billion-usd", Kind.MONEY, scale="billion"),
        Unit(
            "usd-per-1000-views",
            Kind.MONEY,
            per=Text("per {count} views", "pour {count} vues"),
            per_count=1000,
        ),
        Unit(
            "usd-per-1000-qualified-views",
            Kind.MONEY,
            per=Text("per {count} qualified views", "pour {count} vues qualifiées"),
            per_count=1000,
        ),
        Unit(
            "usd-per-1000-followers",
            Kind.MONEY,
            per=Text("per {count} followers", "pour {count} followers"),
            per_count=1000,
        ),
        Unit(
            "usd-per-1000-reached",
            Kind.MONEY,
            per=Text("per {count} people reached", "pour {count} personnes touchées"),
            per_count=1000,
        ),
        Unit("usd-per-follower", Kind.MONEY, per=Text("per follower", "par follower")),
        Unit("usd-per-coin", Kind.MONEY, per=Text("per coin", "par Pièce")),
        Unit("usd-per-diamond", Kind.MONEY, per=Text("per diamond", "par Diamant")),
        Unit("eur-per-usd", Kind.NUMBER, noun=Text("euros per US dollar", "euro pour 1 dollar US")),
        Unit("gbp-per-usd", Kind.NUMBER, noun=Text("pounds per US dollar", "livre sterling pour 1 dollar US")),
        Unit("percent", Kind.PERCENT),
        Unit("factor", Kind.FACTOR),
        Unit("countries", Kind.COUNTRIES),
        Unit("rule", Kind.TEXT),
        Unit("years", Kind.NUMBER, noun=_noun("years old", "ans")),
        Unit("duration-years", Kind.NUMBER, noun=_noun("years", "ans")),
        Unit("days", Kind.NUMBER, noun=_noun("days", "jours")),
        Unit("seconds", Kind.NUMBER, noun=_noun("seconds", "secondes")),
        Unit("minutes", Kind.NUMBER, noun=_noun("minutes", "minutes")),
        Unit("followers", Kind.NUMBER, noun=_noun("followers", "followers")),
        Unit("views", Kind.NUMBER, noun=_noun("views", "vues")),
        Unit("qualified-views", Kind.NUMBER, noun=_noun("qualified views", "vues qualifiées")),
        Unit("likes", Kind.NUMBER, noun=_noun("likes", "j'aime")),
        Unit("comments", Kind.NUMBER, noun=_noun("comments", "commentaires")),
        Unit("shares", Kind.NUMBER, noun=_noun("shares", "partages")),
        Unit("saves", Kind.NUMBER, noun=_noun("saves", "enregistrements")),
        Unit("posts", Kind.NUMBER, noun=_noun("posts", "publications")),
        Unit("videos", Kind.NUMBER, noun=_noun("videos", "vidéos")),
        Unit("coins", Kind.NUMBER, noun=_noun("coins", "Pièces"), one=Text("coin", "Pièce")),
        Unit("diamonds", Kind.NUMBER, noun=_noun("diamonds", "Diamants"), one=Text("diamond", "Diamant")),
        Unit("guests", Kind.NUMBER, noun=_noun("guests", "invités"), one=Text("guest", "invité")),
        Unit("diamonds-per-coin", Kind.NUMBER, noun=_noun("diamonds per coin", "Diamant par Pièce")),
        Unit("subscribers", Kind.NUMBER, noun=_noun("subscribers", "abonnés")),
        Unit("buyers", Kind.NUMBER, noun=_noun("buyers", "acheteurs")),
        Unit("units", Kind.NUMBER, noun=_noun("units", "unités")),
        Unit("sales", Kind.NUMBER, noun=_noun("sales", "ventes")),
        Unit("transactions", Kind.NUMBER, noun=_noun("transactions", "transactions")),
        Unit("tips", Kind.NUMBER, noun=_noun("tips", "Tips")),
        Unit("countries-count", Kind.NUMBER, noun=_noun("countries", "pays")),
        Unit("day-of-month", Kind.NUMBER, noun=_noun("(day of the month)", "(jour du mois)")),
    )
}


def unit(unit_id: str) -> Unit:
    try:
        return UNITS[unit_id]
    except KeyError:
        raise ValueError(f"unknown unit {unit_id!r}; known units: {', '.join(UNITS)}") from None
