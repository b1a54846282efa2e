"""What a calculator declares: its inputs, its outputs, and how to read one input.

The site renders forms from these declarations, the CLI parses arguments with them, and the
browser worker validates with them, so a calculator module never deals with raw text itself.
"""

from __future__ import annotations

import dataclasses
import enum
import inspect
import string
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from . import rates
from .countries import COUNTRY_CODES
from .messages import message
from .numbers import NumberFormatError, format_decimal, parse_decimal
from .quoting import expand
from .text import Lang, Text

MONTHS_PER_YEAR = 12
HUNDRED = Decimal(100)
"""The most a share can be, in percent; also what turns a percent into a fraction."""

Value = Decimal | int | bool | str | tuple[tuple[str, int], ...]
"""A parsed input: Decimal for amounts and rates, int for counts, bool, a code, or what a
free-text input reads into (gifts by name: (figure key, count) pairs)."""


class Kind(enum.Enum):
    """How an input is read and shown."""

    COUNT = "count"  # whole number: views, coins, followers
    NUMBER = "number"  # decimal: rates, factors
    MONEY = "money"  # decimal amount in USD
    PERCENT = "percent"  # given as a percent: 15 means 15 %
    BOOLEAN = "boolean"
    CHOICE = "choice"
    COUNTRY = "country"
    TEXT = "text"  # free text, read by the field's `reader`: gifts by name


class FieldError(ValueError):
    """Raised with a message already written in the reader's language."""


@dataclass(frozen=True)
class TextFormat:
    """How a free-text input is read and written back. `read` raises `FieldError` (in the reader's
    language) on what it does not understand; `write` gives text that `read` reads back to the
    same value; `example` is what a reader might type."""

    read: Callable[[str, Lang], Value]
    write: Callable[[Value, Lang], str]
    example: Text


@dataclass(frozen=True)
class Choice:
    code: str
    label: Text


@dataclass(frozen=True)
class Field:
    """One input. `rate` names the figure in `rates.RATES` that supplies a sourced default."""

    name: str
    kind: Kind
    label: Text
    default: Value
    help: Text | None = None
    minimum: Decimal | None = Decimal(0)
    maximum: Decimal | None = Decimal(10) ** 12
    rate: str | None = None
    choices: tuple[Choice, ...] = ()
    places: int = 2
    """Decimals worth showing for this input's value (more for tiny rates like USD per coin)."""
    reader: TextFormat | None = None
    """For a TEXT input: how its text is read into a value and written back."""
    max_length: int = 500
    """For a TEXT input: the longest text accepted, in characters."""

    @property
    def is_assumption(self) -> bool:
        """True for sourced rates a reader may adjust, as opposed to their own numbers."""
        return self.rate is not None and rates.RATES[self.rate].role is not rates.Role.EXAMPLE

    def help_text(self, lang: Lang) -> str | None:
        """The help in `lang`, its figures filled in from the data file."""
        return expand(self.help(lang), lang) if self.help else None

    def parse(self, raw: object, lang: Lang) -> Value:
        """Read one value, typed by a reader (str) or given by a program; raise `FieldError`."""
        if self.kind is Kind.BOOLEAN:
            return _parse_boolean(raw, lang)
        if self.kind is Kind.CHOICE:
            return self._parse_choice(raw, lang)
        if self.kind is Kind.COUNTRY:
            return _parse_country(raw, lang)
        if self.kind is Kind.TEXT:
            return self._parse_text(raw, lang)
        return self._parse_number(raw, lang)

    def format(self, value: Value, lang: Lang) -> str:
        """Write a value back the way a reader of `lang` would type it, so it parses again."""
        if self.kind is Kind.TEXT:
            return self.reader.write(value, lang) if self.reader else str(value)
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, str):
            return value
        if isinstance(value, tuple):
            raise TypeError(f"{self.name}: only a TEXT field reads into {value!r}")
        return format_decimal(Decimal(value), lang, max_places=self.places)

    def _parse_number(self, raw: object, lang: Lang) -> Decimal | int:
        if isinstance(raw, bool) or not isinstance(raw, (str, int, Decimal, float)):
            raise FieldError(message("not_a_number", lang, example=self._example(lang)))
        try:
            if isinstance(raw, str):
                value = parse_decimal(raw, lang)
            else:
                value = Decimal(str(raw)) if isinstance(raw, float) else Decimal(raw)
        except NumberFormatError as error:
            raise FieldError(message(error.key, lang, example=self._example(lang))) from None
        if not value.is_finite():
            raise FieldError(message("not_a_number", lang, example=self._example(lang)))
        if self.minimum is not None and value < self.minimum:
            raise FieldError(
                message("too_small", lang, minimum=format_decimal(self.minimum, lang, max_places=self.places))
            )
        if self.maximum is not None and value > self.maximum:
            raise FieldError(
                message("too_large", lang, maximum=format_decimal(self.maximum, lang, max_places=self.places))
            )
        if self.kind is Kind.COUNT:
            if value != value.to_integral_value():
                raise FieldError(message("whole_number", lang))
            return int(value)
        return Decimal(0) if value.is_zero() else value

    def _parse_text(self, raw: object, lang: Lang) -> Value:
        example = self.reader.example(lang) if self.reader else ""
        if isinstance(raw, tuple) and self.reader:  # a value already read, given back by a program
            try:
                raw = self.reader.write(raw, lang)
            except (TypeError, ValueError, KeyError):
                raise FieldError(message("not_text", lang, example=example)) from None
        if not isinstance(raw, str):
            raise FieldError(message("not_text", lang, example=example))
        if len(raw) > self.max_length:
            limit = format_decimal(Decimal(self.max_length), lang)
            raise FieldError(message("text_too_long", lang, maximum=limit))
        return self.reader.read(raw, lang) if self.reader else raw.strip()

    def _parse_choice(self, raw: object, lang: Lang) -> str:
        text = str(raw).strip().casefold() if isinstance(raw, str) else ""
        for choice in self.choices:
            if text in (choice.code.casefold(), choice.label(lang).casefold()):
                return choice.code
        names = ", ".join(choice.code for choice in self.choices)
        raise FieldError(message("not_a_choice", lang, choices=names))

    def _example(self, lang: Lang) -> str:
        return format_decimal(Decimal(1500) if self.kind is Kind.COUNT else Decimal("0.5"), lang)


_TRUE = {"true", "yes", "oui", "vrai", "1", "on", "y", "o"}
_FALSE = {"false", "no", "non", "faux", "0", "off", "n", ""}


def _parse_boolean(raw: object, lang: Lang) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().casefold() if isinstance(raw, (str, int)) else None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise FieldError(message("not_a_boolean", lang))


def _parse_country(raw: object, lang: Lang) -> str:
    code = raw.strip().upper() if isinstance(raw, str) else ""
    if code == "UK":  # what most people type for the United Kingdom
        code = "GB"
    if code not in COUNTRY_CODES:
        raise FieldError(message("not_a_country", lang))
    return code


@dataclass(frozen=True)
class Output:
    """One result. `kind` decides its JSON form and how it is written for a reader."""

    name: str
    kind: OutputKind
    label: Text
    choices: tuple[Choice, ...] = ()


class OutputKind(enum.Enum):
    MONEY = "money"  # USD, two decimals
    PERCENT = "percent"  # two decimals at most
    COUNT = "count"  # whole number
    NUMBER = "number"  # two decimals at most
    BOOLEAN = "boolean"
    CHOICE = "choice"  # a code, shown with its label
    REASONS = "reasons"  # a list of sentences, already in the reader's language
    TEXT = "text"  # one sentence in the reader's language, or None


class ChartKind(enum.Enum):
    BARS = "bars"  # outputs side by side: a low/high range
    SHARE = "share"  # parts of a whole: the income mix
    GROWTH = "growth"  # outputs as one input grows: earnings as views grow


GROWTH_FACTORS = tuple(Decimal(factor) for factor in ("0.25", "0.5", "1", "2", "4"))


@dataclass(frozen=True)
class Chart:
    """A picture of some outputs, for readers who would rather look than read. Pages draw it
    and also carry the same numbers as a table, for screen readers."""

    kind: ChartKind
    title: Text
    outputs: tuple[str, ...]
    vary: str | None = None
    """For GROWTH: the input multiplied by each of `factors`."""
    factors: tuple[Decimal, ...] = GROWTH_FACTORS


GOAL_INPUT = "monthly_goal"
"""The page's name for the goal input of a calculator that answers a goal (a named control of the
form, so shared links and errors work as for any input; never one of the calculator's fields)."""


@dataclass(frozen=True)
class GoalSeek:
    """ "What do I need for X a month?": the smallest whole number of `solve` (a count input) for
    which each money output of `outputs` reaches the goal. With `solve=None`, how many times the
    result itself is needed (brand deals: how many deals a month at that price). Two outputs are a
    rate's low and high ends, so the answer is a range; `label` names what is needed."""

    outputs: tuple[str, ...]
    label: Text
    solve: str | None = None

    @property
    def output_names(self) -> tuple[str, ...]:
        """The answer's outputs: `goal_low` (fewest needed) and `goal_high` (most) for a range,
        `goal_needed` for one output. They follow the calculator's own outputs."""
        return ("goal_low", "goal_high") if len(self.outputs) > 1 else ("goal_needed",)


@dataclass(frozen=True)
class Spread:
    """A rate whose sources give a low and a high value (`figure`, with `low` and `high` in the
    data file): the sensitivity shows `output` with `field` at each end and at the reader's value."""

    field: str
    figure: str
    output: str


CrossCheck = Callable[[Mapping[str, Any], Lang], Mapping[str, str]]
"""Given valid parsed values, return {field: message in the reader's language} for rules
that involve several fields (a low rate above the high one, shares over 100 %)."""


def no_cross_check(values: Mapping[str, Any], lang: Lang) -> Mapping[str, str]:
    return {}


def low_not_above_high(low: str, high: str) -> CrossCheck:
    """A low rate above the high one would swap the ends of a range without saying so: the
    error goes on the low field and quotes the high value as the reader would type it."""

    def check(values: Mapping[str, Any], lang: Lang) -> Mapping[str, str]:
        if values[low] <= values[high]:
            return {}
        shown = format_decimal(Decimal(values[high]), lang, max_places=4)
        return {low: message("low_above_high", lang, high=shown)}

    return check


@dataclass(frozen=True)
class Calculator:
    """A calculator: declarations plus one pure function from parsed inputs to a frozen result.

    `compute` receives every input by name and the reader's language (for outputs that are
    sentences); it returns a frozen dataclass whose fields are the outputs.
    """

    slug: str
    title: Text
    summary: Text
    fields: tuple[Field, ...]
    outputs: tuple[Output, ...]
    compute: Callable[..., Any]
    cross_check: CrossCheck = no_cross_check
    charts: tuple[Chart, ...] = field(default=())
    compact: bool = False
    """Laid out to fit a phone's first screen (the home page's estimator): no summary line, and
    the exchange rate goes with the assumptions. Only the presentation changes."""
    question: Text | None = None
    """The reader's question it answers, for the calculators index."""
    goal: GoalSeek | None = None
    """Answers "what do I need for X a month?" (`calculators.goals`), from the CLI's `--goal`
    and in the page's goal section."""
    spreads: tuple[Spread, ...] = ()
    """The rates with a sourced low and high (`calculators.sensitivity`)."""
    working: tuple[Text, ...] = ()
    """The formula in words, one line per step, for "How this is calculated": `{name}` is an
    input or an output as the reader sees it (`engine.Evaluation.working`); figures of the data
    file may be quoted with the help texts' macros."""

    def __post_init__(self) -> None:
        check_declarations(self)

    def field(self, name: str) -> Field:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(name)

    def defaults(self) -> dict[str, Value]:
        return {item.name: item.default for item in self.fields}


class DeclarationError(TypeError):
    """A calculator's declarations disagree with its `compute` function: caught at import."""


def check_declarations(calculator: Calculator) -> None:
    """Fields name `compute`'s parameters, outputs name its result's fields, and charts draw
    outputs that exist, so a renamed input or output fails at import, not in a reader's browser."""
    where = f"calculator {calculator.slug!r}"
    parameters = [name for name in inspect.signature(calculator.compute).parameters if name != "lang"]
    names = [item.name for item in calculator.fields]
    if len(set(names)) != len(names):
        raise DeclarationError(f"{where}: two fields share a name: {names}")
    if parameters != names:
        raise DeclarationError(f"{where}: fields {names} do not match compute's parameters {parameters}")
    result = typing.get_type_hints(calculator.compute).get("return")
    if not (isinstance(result, type) and dataclasses.is_dataclass(result)):
        raise DeclarationError(f"{where}: compute must be annotated to return a dataclass")
    if not result.__dataclass_params__.frozen:  # type: ignore[attr-defined]
        raise DeclarationError(f"{where}: {result.__name__} must be frozen")
    result_fields = [item.name for item in dataclasses.fields(result)]
    outputs = [output.name for output in calculator.outputs]
    if sorted(outputs) != sorted(result_fields):
        raise DeclarationError(f"{where}: outputs {outputs} do not match {result.__name__}'s fields {result_fields}")
    for chart in calculator.charts:
        missing = [name for name in chart.outputs if name not in outputs]
        if missing:
            raise DeclarationError(f"{where}: a chart draws outputs it does not have: {missing}")
        if chart.kind is ChartKind.GROWTH and chart.vary not in names:
            raise DeclarationError(f"{where}: a growth chart varies {chart.vary!r}, which is not a field")
    for line in calculator.working:
        for text in (line.en, line.fr):
            unknown = {
                name for _, name, _, _ in string.Formatter().parse(text.replace("{{", "").replace("}}", "")) if name
            }
            unknown -= set(names) | set(outputs)
            if unknown:
                raise DeclarationError(f"{where}: the working names no input or output {sorted(unknown)}")
    for spread in calculator.spreads:
        figure = rates.RATES.get(spread.figure)
        if spread.field not in names or spread.output not in outputs:
            raise DeclarationError(f"{where}: a spread names an unknown input or output: {spread}")
        if figure is None or figure.low is None or figure.high is None:
            raise DeclarationError(f"{where}: {spread.figure!r} has no low and high value in the data file")
    if calculator.goal is not None:
        _check_goal(calculator, calculator.goal, names, outputs)
    for item in calculator.fields:
        if item.rate is not None and item.rate not in rates.RATES:
            raise DeclarationError(f"{where}: field {item.name!r} names the unknown figure {item.rate!r}")


def _check_goal(calculator: Calculator, goal: GoalSeek, names: list[str], outputs: list[str]) -> None:
    where = f"calculator {calculator.slug!r}"
    if not 1 <= len(goal.outputs) <= 2:
        raise DeclarationError(f"{where}: a goal reads one output, or the low and high ends of a range")
    for name in goal.outputs:
        kind = next((output.kind for output in calculator.outputs if output.name == name), None)
        if kind is not OutputKind.MONEY:
            raise DeclarationError(f"{where}: a goal reads money outputs, and {name!r} is not one")
    if goal.solve is not None and (goal.solve not in names or calculator.field(goal.solve).kind is not Kind.COUNT):
        raise DeclarationError(f"{where}: a goal solves for a count input, and {goal.solve!r} is not one")
    taken = set(goal.output_names) & (set(outputs) | set(names)) | ({GOAL_INPUT} & set(names))
    if taken:
        raise DeclarationError(f"{where}: the goal's names are taken by the calculator: {sorted(taken)}")


def from_rate(name: str, kind: Kind, key: str, label: Text, **options: Any) -> Field:
    """A field whose default is the sourced figure `key` of the rates file."""
    value = rates.rate(key)
    default: Value = int(value) if kind is Kind.COUNT else value
    return Field(name, kind, label, default, rate=key, **options)
