"""Every figure the calculators and the pages use, read from `data/rates.toml`.

The data file is the one place a rate, a threshold or a country list is written down, with the
public pages that state it. Calculators take their defaults from here, eligibility rules read
their thresholds from here, and the pages quote these values instead of retyping them.

Each figure has a role (stated by TikTok, reported by a third party, an example input, a
threshold chosen by the site, an exchange rate), a typed unit, and its sources; where sources
disagree, each end of the range (`low`, `high`) names its own. A figure may be derived from
others (the price of one coin is the price of a pack over its coins), so one fact is written
once. When a figure changes, its earlier values stay in `history`.
"""

from __future__ import annotations

import enum
import re
import tomllib
from dataclasses import dataclass
from decimal import Decimal, localcontext
from importlib import resources
from typing import Any

from .text import Lang, Text
from .units import Kind, Unit, unit

Value = Decimal | tuple[str, ...]


class Role(enum.Enum):
    """Why the site uses a figure, which decides how it is cited."""

    STATED = "stated"  # stated by TikTok on its own pages
    REPORTED = "reported"  # reported by a third party: press, a creator, an agency, a calculator
    EXAMPLE = "example"  # an example input chosen by the site, for the reader to replace
    THRESHOLD = "threshold"  # a threshold or assumption chosen by the site
    EXCHANGE_RATE = "exchange-rate"  # a dated reference exchange rate

    @property
    def needs_sources(self) -> bool:
        return self in (Role.STATED, Role.REPORTED, Role.EXCHANGE_RATE)


ROLE_NAMES = {
    Role.STATED: Text("stated by TikTok", "annoncé par TikTok"),
    Role.REPORTED: Text("reported by third parties", "rapporté par des tiers"),
    Role.EXAMPLE: Text("example chosen by this site", "exemple choisi par ce site"),
    Role.THRESHOLD: Text("threshold chosen by this site", "seuil choisi par ce site"),
    Role.EXCHANGE_RATE: Text("reference exchange rate", "taux de change de référence"),
}


@dataclass(frozen=True)
class Source:
    """A public page that states figures: who publishes it, what it is called, where it is, and
    when it was published (as the page says; empty when it shows no date) and last read."""

    id: str
    publisher: str
    title: Text
    url: str
    lang: str
    published: str
    checked: str
    updated: str = ""
    official: bool = False
    """TikTok's own page."""
    primary: bool = False
    """The page of the body whose rule it states (a government, a parliament, a regulator, the
    law's own text): cited in its own name, not as "reported by"."""


@dataclass(frozen=True)
class Citation:
    """One source backing one value, with the words on the page that state it (kept for
    reviewers and tests, never shown)."""

    source: Source
    quote: str = ""


@dataclass(frozen=True)
class Bound:
    """One end of a reported range, with the sources that give it. `qualifier` keeps an open end
    as the source wrote it ("more than $2")."""

    value: Decimal
    citations: tuple[Citation, ...]
    qualifier: str = ""

    @property
    def sources(self) -> tuple[Source, ...]:
        return tuple(citation.source for citation in self.citations)


@dataclass(frozen=True)
class Change:
    """An earlier value of a figure, which held until `until` (ISO date)."""

    value: Value
    until: str
    citations: tuple[Citation, ...]

    @property
    def sources(self) -> tuple[Source, ...]:
        return tuple(citation.source for citation in self.citations)


QUALIFIERS = {
    "": Text("", ""),
    "more than": Text("more than", "plus de"),
    "at least": Text("at least", "au moins"),
    "up to": Text("up to", "jusqu'à"),
    "about": Text("about", "environ"),
}


@dataclass(frozen=True)
class Figure:
    """A sourced figure. `value` is what the site uses; `low` and `high` the reported spread."""

    key: str
    value: Value
    unit: Unit
    role: Role
    label: Text
    citations: tuple[Citation, ...]
    low: Bound | None = None
    high: Bound | None = None
    note: Text | None = None
    history: tuple[Change, ...] = ()
    as_of: str = ""
    """The date from which the value applies, where the source says."""
    historical: bool = False
    """True for a figure that describes a past state (a 2021 test, a 2022 launch): pages give its date."""
    derived: str = ""
    """The formula this figure is computed by, from other figures, if any."""
    places: int | None = None
    """Decimals to show for a derived figure whose exact value has many."""

    @property
    def sources(self) -> tuple[Source, ...]:
        return tuple(citation.source for citation in self.citations)

    @property
    def all_sources(self) -> tuple[Source, ...]:
        """Every source behind the figure (its value, its range, its earlier values), once each, in order."""
        seen: dict[str, Source] = {}
        earlier = tuple(source for change in self.history for source in change.sources)
        ranged = (self.low.sources if self.low else ()) + (self.high.sources if self.high else ())
        for source in self.sources + ranged + earlier:
            seen.setdefault(source.id, source)
        return tuple(seen.values())

    @property
    def date(self) -> str:
        """How current the figure is: the newest published (or, undated, checked) date of its sources."""
        dates = [source.updated or source.published or source.checked for source in self.all_sources]
        return max(dates) if dates else ""

    @property
    def disputed(self) -> bool:
        return self.low is not None or self.high is not None

    @property
    def number(self) -> Decimal:
        if not isinstance(self.value, Decimal):
            raise TypeError(f"{self.key} is a list, not a number")
        return self.value

    def shown(self, value: Decimal) -> Decimal:
        """`value` as pages show it: rounded to `places` for a derived figure."""
        if self.places is None:
            return value
        return value.quantize(Decimal(1).scaleb(-self.places))


Rate = Figure  # the name calculators and older code use


class DataError(ValueError):
    """The data file breaks a rule of its own format."""


@dataclass(frozen=True)
class Figures:
    """The whole data file: figures by key, sources by id, and the review date."""

    reviewed: str
    figures: dict[str, Figure]
    sources: dict[str, Source]


_KEY = re.compile(r"[a-z0-9_]+(\.[a-z0-9_]+)+")


def _decimal(raw: object, where: str) -> Decimal:
    if not isinstance(raw, str):
        raise DataError(f'{where}: write numbers as strings, like "0.40", so no digit is lost')
    try:
        return Decimal(raw)
    except ArithmeticError:
        raise DataError(f"{where}: {raw!r} is not a number") from None


def _text(raw: Any, where: str) -> Text:
    if not (isinstance(raw, dict) and set(raw) == {"en", "fr"}):
        raise DataError(f"{where}: expected {{ en = ..., fr = ... }}")
    return Text(raw["en"], raw["fr"])


class _Loader:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.reviewed = str(data["reviewed"])
        self.sources = {key: self._source(key, raw) for key, raw in data.get("sources", {}).items()}
        self.raw_figures: dict[str, Any] = data.get("figures", {})
        self.figures: dict[str, Figure] = {}

    def _source(self, key: str, raw: dict[str, Any]) -> Source:
        where = f"sources.{key}"
        title = raw["title"]
        title_text = Text(title, raw.get("title_fr", title))
        for field in ("publisher", "url", "lang", "checked"):
            if field not in raw:
                raise DataError(f"{where}: missing {field}")
        if raw.get("official") and raw.get("primary"):
            raise DataError(f"{where}: 'official' is TikTok's page, 'primary' another authority's: not both")
        return Source(
            id=key,
            publisher=raw["publisher"],
            title=title_text,
            url=raw["url"],
            lang=raw["lang"],
            published=raw.get("published", ""),
            checked=raw["checked"],
            updated=raw.get("updated", ""),
            official=bool(raw.get("official", False)),
            primary=bool(raw.get("primary", False)),
        )

    def _citations(self, raw: Any, where: str) -> tuple[Citation, ...]:
        citations = []
        for item in raw or ():
            ident, quote = (item, "") if isinstance(item, str) else (item.get("id"), item.get("quote", ""))
            if ident not in self.sources:
                raise DataError(f"{where}: unknown source {ident!r}")
            citations.append(Citation(self.sources[ident], quote))
        return tuple(citations)

    def figure(self, key: str, stack: tuple[str, ...] = ()) -> Figure:
        if key in self.figures:
            return self.figures[key]
        if key not in self.raw_figures:
            raise DataError(f"unknown figure {key!r}" + (f" (in {stack[-1]})" if stack else ""))
        if key in stack:
            raise DataError(f"figure {key!r} is derived from itself: {' -> '.join((*stack, key))}")
        raw = self.raw_figures[key]
        where = f"figures.{key}"
        if not _KEY.fullmatch(key):
            raise DataError(f"{where}: keys are dotted lower-case names")
        figure_unit = unit(raw["unit"])
        role = Role(raw["role"])
        derived = raw.get("derived", "")
        citations = self._citations(raw.get("sources"), where)
        if derived:
            value: Value = self._evaluate(derived, "value", (*stack, key), where)
            for source in self._derived_sources(derived, (*stack, key)):
                if source not in [citation.source for citation in citations]:
                    citations += (Citation(source),)
        elif figure_unit.kind is Kind.COUNTRIES:
            value = tuple(raw["value"])
        elif figure_unit.kind is Kind.TEXT:
            value = Decimal(0)
        else:
            value = _decimal(raw["value"], where)
        figure = Figure(
            key=key,
            value=value,
            unit=figure_unit,
            role=role,
            label=_text(raw["label"], f"{where}.label"),
            citations=citations,
            low=self._bound(raw.get("low"), derived, "low", (*stack, key), f"{where}.low"),
            high=self._bound(raw.get("high"), derived, "high", (*stack, key), f"{where}.high"),
            note=_text(raw["note"], f"{where}.note") if "note" in raw else None,
            history=tuple(self._change(item, f"{where}.history") for item in raw.get("history", ())),
            as_of=raw.get("as_of", ""),
            historical=bool(raw.get("historical", False)),
            derived=derived,
            places=raw.get("places"),
        )
        if role.needs_sources and not figure.all_sources:
            raise DataError(f"{where}: a {role.value} figure needs a source")
        if role is Role.STATED and not any(source.official for source in figure.all_sources):
            raise DataError(f"{where}: 'stated' means stated by TikTok; cite a TikTok page or call it 'reported'")
        self.figures[key] = figure
        return figure

    def _bound(self, raw: Any, derived: str, end: str, stack: tuple[str, ...], where: str) -> Bound | None:
        if raw is None:
            return None
        if raw == "derived":
            value = self._evaluate(derived, end, stack, where)
            return Bound(value, tuple(Citation(source) for source in self._derived_sources(derived, stack, end)))
        qualifier = raw.get("qualifier", "")
        if qualifier not in QUALIFIERS:
            raise DataError(f"{where}: unknown qualifier {qualifier!r}")
        return Bound(_decimal(raw["value"], where), self._citations(raw.get("sources"), where), qualifier)

    def _change(self, raw: dict[str, Any], where: str) -> Change:
        value = tuple(raw["value"]) if isinstance(raw["value"], list) else _decimal(raw["value"], where)
        return Change(value, raw["until"], self._citations(raw.get("sources"), where))

    def _evaluate(self, formula: str, end: str, stack: tuple[str, ...], where: str) -> Decimal:
        """`a - b * c / d`, strictly left to right (no precedence), over figure keys and numbers;
        `end` picks each operand's value, low or high end (one without a range uses its value)."""
        result: Decimal | None = None
        operator = "+"
        with localcontext(prec=28):
            for token in re.findall(r"[-+*/]|[^-+*/]+", formula):
                if token in "-+*/":
                    operator = token
                    continue
                term = token.strip()
                if re.fullmatch(r"[0-9.]+", term):
                    operand = Decimal(term)
                else:
                    figure = self.figure(term, stack)
                    bound = figure.low if end == "low" else figure.high if end == "high" else None
                    operand = bound.value if bound is not None else figure.number
                if result is None:
                    result = operand
                elif operator == "+":
                    result += operand
                elif operator == "-":
                    result -= operand
                elif operator == "*":
                    result *= operand
                else:
                    result /= operand
        if result is None:
            raise DataError(f"{where}: empty formula")
        return result

    def _derived_sources(self, formula: str, stack: tuple[str, ...], end: str = "value") -> list[Source]:
        found: list[Source] = []
        for token in re.findall(r"[a-z0-9_]+(?:\.[a-z0-9_]+)+", formula):
            figure = self.figure(token, stack)
            bound = figure.low if end == "low" else figure.high if end == "high" else None
            for source in bound.sources if bound is not None else figure.sources:
                if source not in found:
                    found.append(source)
        return found

    def load(self) -> Figures:
        for key in self.raw_figures:
            self.figure(key)
        return Figures(self.reviewed, self.figures, self.sources)


def load(text: str) -> Figures:
    """Read a data file's text; raise `DataError` where it breaks a rule."""
    return _Loader(tomllib.loads(text)).load()


DATA = load(resources.files("calculators").joinpath("data/rates.toml").read_text(encoding="utf-8"))
RATES: dict[str, Figure] = DATA.figures
SOURCES: dict[str, Source] = DATA.sources
REVIEWED = DATA.reviewed
"""When the figures were last checked against their sources."""


def rate(key: str) -> Decimal:
    """The value of a numeric figure."""
    return RATES[key].number


def codes(key: str) -> tuple[str, ...]:
    """The value of a country-list figure."""
    value = RATES[key].value
    if isinstance(value, Decimal):
        raise TypeError(f"{key} is a number, not a list")
    return value


def role_name(role: Role, lang: Lang) -> str:
    return ROLE_NAMES[role](lang)
