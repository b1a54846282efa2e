"""The single entry point every caller goes through: raw values in, results or field errors out.

The CLI, the build's pre-rendering, the tests and the browser worker all call `evaluate`, so
they cannot disagree about parsing, validation, rounding or formatting.
"""

# No `from __future__ import annotations` here: TypedDict reads NotRequired from evaluated
# annotations only, and `Answer.__optional_keys__` must be right (tests/unit/test_browser_contract.py).
import decimal
import json
import shlex
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, NotRequired, TypedDict

from .catalog import CALCULATORS
from .fields import GOAL_INPUT, Calculator, Chart, ChartKind, Field, FieldError, Kind, Output, OutputKind, Value
from .goals import GOAL_FIELD, goal_outputs, seek
from .messages import message
from .numbers import NumberFormatError, format_decimal, format_money, format_percent, parse_decimal, plain, quantize
from .quoting import expand
from .sensitivity import most_moving, spread_results
from .text import Lang, check_lang
from .typography import space

JsonValue = str | bool | None | list[str]

# What the browser worker hands the page, key for key: docs/assets/js/contract.js mirrors these
# as JSDoc types, and tests/unit/test_browser_contract.py checks that the two agree.

AxisFormat = Literal["money", "percent", "count", "number"]
"""How a chart's value axis is written: in US dollars, in percent, in whole numbers, or plainly."""

_AXIS_FORMATS: dict[OutputKind, AxisFormat] = {
    OutputKind.MONEY: "money",
    OutputKind.PERCENT: "percent",
    OutputKind.COUNT: "count",
    OutputKind.NUMBER: "number",
}


class ChartSeries(TypedDict):
    """One line of a chart: values as JSON (decimal strings, None where not available) and the
    same values written for a reader."""

    label: str
    values: list[JsonValue]
    texts: list[str]


class ChartData(TypedDict):
    """The numbers behind one chart. BARS and SHARE charts have one series whose labels are the
    outputs; a GROWTH chart has one series per output and a label per step of its `axis` input."""

    kind: Literal["bars", "share", "growth"]
    title: str
    labels: list[str]
    series: list[ChartSeries]
    axis_format: AxisFormat
    axis: NotRequired[str]


class SensitivityRow(TypedDict):
    """One rate with a sourced low and high: its input and output, then, at the low end, at the
    reader's value and at the high end, the output as JSON, as text, and the rate as text."""

    field: str
    label: str
    output: str
    output_label: str
    values: list[JsonValue]
    texts: list[str]
    rates: list[str]


class Sensitivity(TypedDict):
    """How much the result depends on its uncertain rates, and which moves it most (`most`, a
    field name, with a sentence saying so)."""

    rows: list[SensitivityRow]
    most: str
    sentence: str


class Answer(TypedDict):
    """One evaluation for the page: `Evaluation.to_dict`, plus the second currency's texts (or
    why its rate cannot be read) when `evaluate_json` was asked for one."""

    slug: str
    ok: bool
    errors: dict[str, str]
    values: dict[str, JsonValue]
    text: dict[str, str]
    charts: list[ChartData]
    working: list[str]
    sensitivity: NotRequired[Sensitivity]
    command: NotRequired[str]
    converted: NotRequired[dict[str, str]]
    fx_error: NotRequired[str]
    difference: NotRequired[dict[str, str]]


# Wide enough that no product of bounded inputs is ever rounded before we round it on purpose.
_CONTEXT = decimal.Context(
    prec=60,
    rounding=decimal.ROUND_HALF_EVEN,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)


def calculator(slug: str) -> Calculator:
    try:
        return CALCULATORS[slug]
    except KeyError:
        raise KeyError(f"no calculator named {slug!r}; try one of: {', '.join(CALCULATORS)}") from None


@dataclass(frozen=True)
class Evaluation:
    """What one evaluation produced: parsed values, errors by field, and the result if valid."""

    calculator: Calculator
    lang: Lang
    values: Mapping[str, Value]
    errors: Mapping[str, str]
    result: Any | None

    @property
    def ok(self) -> bool:
        return not self.errors

    def outputs(self) -> dict[str, JsonValue]:
        """The results as the CLI's JSON and the HTML's `data-value` carry them."""
        if self.result is None:
            return {}
        return {output.name: to_json(output, getattr(self.result, output.name)) for output in self.calculator.outputs}

    def formatted(self) -> dict[str, str]:
        """The results written for a reader of this evaluation's language."""
        if self.result is None:
            return {}
        return {
            output.name: format_output(output, getattr(self.result, output.name), self.lang)
            for output in self.calculator.outputs
        }

    def converted(self, currency: str, rate: Decimal) -> dict[str, str]:
        """Money outputs at an exchange rate, for the optional EUR or GBP line beside USD."""
        if self.result is None:
            return {}
        converted = {}
        for output in self.calculator.outputs:
            value = getattr(self.result, output.name)
            if output.kind is OutputKind.MONEY and value is not None:
                converted[output.name] = format_money(quantize(Decimal(value) * rate, 2), self.lang, currency)
        return converted

    def charts(self) -> list[ChartData]:
        """The numbers behind each of the calculator's charts, with their labels and texts."""
        if self.result is None:
            return []
        return [chart_data(self, chart) for chart in self.calculator.charts]

    def working(self) -> list[str]:
        """The calculator's formula in words (`Calculator.working`), one line per step, filled
        with this evaluation's inputs and outputs as a reader of its language reads them."""
        if self.result is None:
            return []
        shown = {item.name: input_text(item, self.values[item.name], self.lang) for item in self.calculator.fields}
        shown.update(self.formatted())
        return [
            space(expand(line(self.lang), self.lang).format_map(shown), self.lang) for line in self.calculator.working
        ]

    def sensitivity(self) -> Sensitivity | None:
        """The result at each end of every rate with a sourced low and high (None when the
        calculator declares none, or the input is not valid)."""
        if self.result is None or not self.calculator.spreads:
            return None
        calc, lang = self.calculator, self.lang
        with decimal.localcontext(_CONTEXT):
            found = spread_results(calc, self.values, lang)
        rows: list[SensitivityRow] = []
        for item in found:
            field, output = calc.field(item.spread.field), _output(calc, item.spread.output)
            rows.append(
                {
                    "field": field.name,
                    "label": space(field.label(lang), lang),
                    "output": output.name,
                    "output_label": space(output.label(lang), lang),
                    "values": [to_json(output, result) for result in item.results],
                    "texts": [format_output(output, result, lang) for result in item.results],
                    "rates": [input_text(field, rate, lang) for rate in item.rates],
                }
            )
        most = most_moving(found)
        assert most is not None  # the calculator declares at least one spread
        row = next(row for row in rows if row["field"] == most.spread.field)
        sentence = message("moves_most", lang, input=row["label"], low=row["texts"][0], high=row["texts"][2])
        return {"rows": rows, "most": row["field"], "sentence": sentence}

    def to_dict(self) -> Answer:
        """Everything a page needs to update a form, as plain JSON types."""
        answer: Answer = {
            "slug": self.calculator.slug,
            "ok": self.ok,
            "errors": dict(self.errors),
            "values": self.outputs(),
            "text": self.formatted(),
            "charts": self.charts(),
            "working": self.working(),
        }
        sensitivity = self.sensitivity()
        if sensitivity is not None:
            answer["sensitivity"] = sensitivity
        return answer


def _output(calc: Calculator, name: str) -> Output:
    return next(output for output in calc.outputs if output.name == name)


def input_text(item: Field, value: Value, lang: Lang) -> str:
    """An input as a reader reads it in a sentence: money with its currency, a percent with its sign."""
    if isinstance(value, tuple) or item.kind is Kind.TEXT:
        return item.format(value, lang)
    if isinstance(value, bool | str):
        for choice in item.choices:
            if choice.code == value:
                return choice.label(lang)
        return item.format(value, lang)
    if item.kind is Kind.MONEY:
        number = Decimal(value)
        places = 2 if number == quantize(number, 2) else item.places
        return format_money(number, lang, places=places)
    if item.kind is Kind.PERCENT:
        return format_percent(Decimal(value), lang, max_places=item.places)
    return format_decimal(Decimal(value), lang, max_places=item.places)


def command(slug: str, raw: Mapping[str, object], lang: str, goal: object = None) -> str:
    """The `python -m calculators` command that gives the same answer for these raw values (as
    typed, in `lang`), leaving out those that are their field's default as written by the page."""
    calc = calculator(slug)
    language = check_lang(lang)
    words = ["python", "-m", "calculators", slug]
    if language != "en":
        words += ["--lang", language]
    if goal is not None and calc.goal is not None:
        words += ["--goal", str(goal)]
    words.append("--json")
    for item in calc.fields:
        if item.name not in raw:
            continue
        typed = str(raw[item.name])
        if typed != item.format(item.default, language):
            words.append(f"{item.name}={typed}")
    return shlex.join(words)


def evaluate(slug: str, raw: Mapping[str, object] | None = None, lang: str = "en") -> Evaluation:
    """Parse and validate `raw` (missing inputs take their defaults), then compute.

    Never raises for bad input: unknown or invalid fields come back in `errors`, keyed by
    field name, in the reader's language.
    """
    language = check_lang(lang)
    calc = calculator(slug)
    raw = dict(raw or {})
    values: dict[str, Value] = {}
    errors: dict[str, str] = {}
    for name in raw:
        if not any(item.name == name for item in calc.fields):
            errors[str(name)] = message("unknown_field", language, name=name)
    for item in calc.fields:
        if item.name not in raw:
            values[item.name] = item.default
            continue
        try:
            values[item.name] = item.parse(raw[item.name], language)
        except FieldError as error:
            errors[item.name] = str(error)
    if not errors:
        errors.update(calc.cross_check(values, language))
    result = None
    if not errors:
        with decimal.localcontext(_CONTEXT):
            result = calc.compute(**values, lang=language)
    return Evaluation(calc, language, values, errors, result)


def axis_format(calc: Calculator, chart: Chart) -> AxisFormat:
    """How the chart's value axis is written, from the kind of the outputs it plots: one axis,
    so one kind, and a number."""
    kinds = {output.kind for output in calc.outputs if output.name in chart.outputs}
    if len(kinds) != 1 or next(iter(kinds)) not in _AXIS_FORMATS:
        names = ", ".join(sorted(kind.value for kind in kinds))
        raise ValueError(f"{calc.slug}: a chart plots numbers of one kind on its axis, not {names}")
    return _AXIS_FORMATS[kinds.pop()]


def chart_data(evaluation: Evaluation, chart: Chart) -> ChartData:
    """Labels and series of one chart. A GROWTH chart computes the calculator again with its
    varied input at each factor of the reader's value; missing values are None."""
    calc, lang = evaluation.calculator, evaluation.lang
    outputs = [next(output for output in calc.outputs if output.name == name) for name in chart.outputs]
    kind: Literal["bars", "share", "growth"] = chart.kind.value
    if chart.kind is not ChartKind.GROWTH or chart.vary is None:
        values, texts = evaluation.outputs(), evaluation.formatted()
        return {
            "kind": kind,
            "title": chart.title(lang),
            "axis_format": axis_format(calc, chart),
            "labels": [output.label(lang) for output in outputs],
            "series": [
                {
                    "label": chart.title(lang),
                    "values": [values[o.name] for o in outputs],
                    "texts": [texts[o.name] for o in outputs],
                }
            ],
        }
    field = calc.field(chart.vary)
    base = evaluation.values[chart.vary]
    if isinstance(base, bool | str | tuple):
        raise TypeError(f"{calc.slug}: a growth chart varies a number, and {chart.vary!r} is not one")
    labels, results = [], []
    for factor in chart.factors:
        varied = base * factor
        value: Value = int(varied) if isinstance(base, int) else varied
        labels.append(field.format(value, lang))
        results.append(_compute_point(evaluation, chart.vary, value))
    return {
        "kind": kind,
        "title": chart.title(lang),
        "axis_format": axis_format(calc, chart),
        "axis": field.label(lang),
        "labels": labels,
        "series": [
            {
                "label": output.label(lang),
                "values": [
                    None if result is None else to_json(output, getattr(result, output.name)) for result in results
                ],
                "texts": [
                    "" if result is None else format_output(output, getattr(result, output.name), lang)
                    for result in results
                ],
            }
            for output in outputs
        ],
    }


def _compute_point(evaluation: Evaluation, name: str, value: Value) -> Any | None:
    """The result with one input changed, straight from the pure `compute` (a chart point):
    only that input is checked again, and only the charted outputs are written out by the
    caller. None where the changed input, or the rules across fields, refuse it."""
    calc, lang = evaluation.calculator, evaluation.lang
    try:
        checked = calc.field(name).parse(value, lang)
    except FieldError:
        return None
    values = {**evaluation.values, name: checked}
    if calc.cross_check(values, lang):
        return None
    with decimal.localcontext(_CONTEXT):
        return calc.compute(**values, lang=lang)


def to_json(output: Output, value: Any) -> JsonValue:
    """Numbers as decimal strings, booleans, null for "not available", lists of reasons."""
    if value is None:
        return None
    kind = output.kind
    if kind is OutputKind.BOOLEAN:
        return bool(value)
    if kind is OutputKind.REASONS:
        return [str(reason) for reason in value]
    if kind in (OutputKind.CHOICE, OutputKind.TEXT):
        return str(value)
    number = Decimal(value)
    if kind is OutputKind.MONEY:
        return f"{quantize(number, 2):f}"
    if kind is OutputKind.COUNT:
        return f"{quantize(number, 0):f}"
    return plain(number, 2)


def format_output(output: Output, value: Any, lang: Lang) -> str:
    """One result as a reader of `lang` reads it."""
    kind = output.kind
    if value is None:
        return "" if kind is OutputKind.TEXT else message("not_available", lang)
    if kind is OutputKind.BOOLEAN:
        return {("en", True): "Yes", ("en", False): "No", ("fr", True): "Oui", ("fr", False): "Non"}[
            (lang, bool(value))
        ]
    if kind is OutputKind.REASONS:
        return " ".join(str(reason) for reason in value)
    if kind is OutputKind.TEXT:
        return str(value)
    if kind is OutputKind.CHOICE:
        for choice in output.choices:
            if choice.code == value:
                return choice.label(lang)
        return str(value)
    number = Decimal(value)
    if kind is OutputKind.MONEY:
        return format_money(number, lang)
    if kind is OutputKind.PERCENT:
        return format_percent(number, lang)
    if kind is OutputKind.COUNT:
        return format_decimal(quantize(number, 0), lang)
    return format_decimal(number, lang)


@dataclass(frozen=True)
class GoalAnswer:
    """What a reader needs for a monthly goal (`goals.seek`): its outputs by name, as JSON and as
    text, or why the goal cannot be read."""

    values: dict[str, JsonValue]
    text: dict[str, str]
    error: str | None = None


def evaluate_goal(evaluation: Evaluation, raw: object = None) -> GoalAnswer:
    """The goal's answer for a valid evaluation of a calculator that declares one; `raw` is the
    goal as typed (None: the default goal). Never raises for bad input."""
    calc, lang = evaluation.calculator, evaluation.lang
    if calc.goal is None:
        raise ValueError(f"{calc.slug} answers no goal")
    try:
        goal = GOAL_FIELD.default if raw is None else GOAL_FIELD.parse(raw, lang)
    except FieldError as error:
        return GoalAnswer({}, {}, str(error))
    if evaluation.result is None:
        return GoalAnswer({}, {})
    if not isinstance(goal, Decimal):  # a MONEY field reads into a Decimal
        raise TypeError(f"the goal reads {goal!r}")
    with decimal.localcontext(_CONTEXT):
        needs = seek(calc, evaluation.values, goal, lang)
    outputs = goal_outputs(calc)
    return GoalAnswer(
        {output.name: to_json(output, needs[output.name]) for output in outputs},
        {output.name: format_output(output, needs[output.name], lang) for output in outputs},
    )


def goal_default(lang: Lang) -> str:
    """The default goal as the page writes it in its input."""
    return GOAL_FIELD.format(GOAL_FIELD.default, lang)


CURRENCIES = ("EUR", "GBP")

_DIFFERENCE_KINDS = (OutputKind.MONEY, OutputKind.PERCENT, OutputKind.COUNT, OutputKind.NUMBER)


def differences(baseline: Evaluation, other: Evaluation) -> dict[str, str]:
    """Each number result of `other` less the same result of `baseline` (scenario B − scenario A),
    written as `format_output` writes the results, with a plus sign when B is higher. Results
    that are not numbers, or not available on either side, have no difference; two evaluations
    that are not both valid have none at all."""
    if baseline.calculator is not other.calculator:
        raise ValueError("differences compares two evaluations of one calculator")
    if baseline.result is None or other.result is None:
        return {}
    texts = {}
    for output in baseline.calculator.outputs:
        if output.kind not in _DIFFERENCE_KINDS:
            continue
        a, b = getattr(baseline.result, output.name), getattr(other.result, output.name)
        if a is None or b is None:
            continue
        with decimal.localcontext(_CONTEXT):
            delta = Decimal(b) - Decimal(a)
        text = format_output(output, delta, other.lang)
        texts[output.name] = f"+{text}" if delta > 0 else text
    return texts


def evaluate_json(slug: str, raw_json: str, lang: str, display_json: str = "null", baseline_json: str = "null") -> str:
    """The browser worker's call: JSON in, JSON out, so nothing but strings crosses into JavaScript.

    `display_json` may ask for a second currency, `{"currency": "EUR", "rate": "0,86"}`, with the
    rate as the reader typed it; the answer then carries `converted` texts, or `fx_error`.

    For a calculator that answers a goal, the raw values may hold the goal as typed
    (`monthly_goal`, the goal input of the page); its outputs join the calculator's, and a goal
    that cannot be read is an error of that input.

    `baseline_json` may hold another scenario's raw values (scenario A, as typed): the answer
    then carries `difference`, each number result of these values less A's (`differences`).
    """
    raw = json.loads(raw_json)
    goal_raw = None
    if calculator(slug).goal is not None and isinstance(raw, dict):
        goal_raw = raw.pop(GOAL_INPUT, None)
    evaluation = evaluate(slug, raw, lang)
    answer = evaluation.to_dict()
    if evaluation.calculator.goal is not None:
        goal_raw = goal_default(evaluation.lang) if goal_raw is None else goal_raw
        goal = evaluate_goal(evaluation, goal_raw)
        if goal.error is not None:
            answer["ok"], answer["values"], answer["text"], answer["charts"] = False, {}, {}, []
            answer["errors"][GOAL_INPUT] = goal.error
        else:
            answer["values"].update(goal.values)
            answer["text"].update(goal.text)
    if isinstance(raw, dict):
        answer["command"] = command(slug, raw, evaluation.lang, goal_raw)
    display = json.loads(display_json)
    if isinstance(display, dict) and display.get("currency") in CURRENCIES:
        try:
            rate = parse_decimal(str(display.get("rate", "")), evaluation.lang)
        except NumberFormatError as error:
            answer["fx_error"] = message(
                error.key, evaluation.lang, example=format_decimal(Decimal("0.86"), evaluation.lang)
            )
        else:
            if rate < 0 or rate > 10**6:
                answer["fx_error"] = message(
                    "too_small" if rate < 0 else "too_large", evaluation.lang, minimum=0, maximum=10**6
                )
            else:
                answer["converted"] = evaluation.converted(display["currency"], rate)
    baseline = json.loads(baseline_json)
    if isinstance(baseline, dict):
        baseline.pop(GOAL_INPUT, None)
        answer["difference"] = differences(evaluate(slug, baseline, lang), evaluation)
    return json.dumps(answer, ensure_ascii=False)
