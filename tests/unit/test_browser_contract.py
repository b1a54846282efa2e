"""The browser contract cannot drift: what Python sends the page (the worker's answer, the chart
data, each form's configuration) has the keys that docs/assets/js/contract.js declares, and the
same choices where a value is one of a few words."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal, get_args, get_origin, get_type_hints, is_typeddict

import pytest

from calculators import CALCULATORS, evaluate
from calculators.engine import Answer, AxisFormat, ChartData, ChartSeries, Sensitivity, SensitivityRow, axis_format
from calculators.fields import Chart, ChartKind, OutputKind
from calculators.text import Text
from sitebuild.forms import STATUS_MESSAGES, FormConfig, NumberStyle

CONTRACT = Path(__file__).resolve().parents[2] / "docs" / "assets" / "js" / "contract.js"

# Python's TypedDicts and the JSDoc typedefs that mirror them, under the same names.
MIRRORED = [Answer, ChartData, ChartSeries, FormConfig, NumberStyle, Sensitivity, SensitivityRow]

_COMMENT = re.compile(r"/\*\*(.*?)\*/", re.DOTALL)
_TYPEDEF = re.compile(r"@typedef\s+\{(?P<type>[^}]*)\}\s+(?P<name>\w+)")
_PROPERTY = re.compile(r"@property\s+\{(?P<type>[^}]*)\}\s+(?P<optional>\[)?(?P<name>\w+)\]?")
_WORD = re.compile(r'^"([^"]*)"$')


def typedefs() -> dict[str, tuple[str, dict[str, tuple[str, bool]]]]:
    """Each typedef of contract.js: its type, and for objects, each property's type and whether
    it is optional (`[name]`)."""
    found = {}
    for comment in _COMMENT.findall(CONTRACT.read_text(encoding="utf-8")):
        typedef = _TYPEDEF.search(comment)
        if typedef is None:
            continue
        properties = {
            match["name"]: (match["type"].strip(), bool(match["optional"])) for match in _PROPERTY.finditer(comment)
        }
        found[typedef["name"]] = (typedef["type"].strip(), properties)
    return found


def words(js_type: str) -> set[str] | None:
    """The strings of a JSDoc union of string literals (`"a" | "b"`), or None for another type."""
    parts = [part.strip() for part in js_type.split("|")]
    matches = [_WORD.match(part) for part in parts]
    return {match.group(1) for match in matches if match} if all(matches) else None


def literal_words(python_type: object) -> set[str] | None:
    return set(get_args(python_type)) if get_origin(python_type) is Literal else None


def test_contract_js_declares_each_mirrored_type():
    declared = typedefs()
    for typed_dict in MIRRORED:
        assert is_typeddict(typed_dict)
        assert typed_dict.__name__ in declared, f"contract.js has no typedef {typed_dict.__name__}"
        assert declared[typed_dict.__name__][0] == "object"


@pytest.mark.parametrize("typed_dict", MIRRORED, ids=lambda typed_dict: typed_dict.__name__)
def test_keys_agree(typed_dict):
    _, properties = typedefs()[typed_dict.__name__]
    assert set(properties) == set(typed_dict.__annotations__), "contract.js and Python name different keys"
    optional = {name for name, (_, is_optional) in properties.items() if is_optional}
    assert optional == set(typed_dict.__optional_keys__), "keys optional in one and required in the other"


@pytest.mark.parametrize("typed_dict", MIRRORED, ids=lambda typed_dict: typed_dict.__name__)
def test_choices_agree(typed_dict):
    """Where Python allows a few words (a Literal), contract.js allows the same ones."""
    declared = typedefs()
    _, properties = declared[typed_dict.__name__]
    for name, python_type in get_type_hints(typed_dict).items():
        expected = literal_words(python_type)
        if expected is None:
            continue
        js_type = properties[name][0]
        if js_type in declared:  # a named union, such as AxisFormat
            js_type = declared[js_type][0]
        assert words(js_type) == expected, f"{typed_dict.__name__}.{name}"


def test_named_unions_agree():
    declared = typedefs()
    assert words(declared["AxisFormat"][0]) == set(get_args(AxisFormat))
    assert words(declared["MessageKey"][0]) == set(STATUS_MESSAGES)
    assert words(declared["FailureReason"][0]) == {"runtime", "package", "integrity"}


def test_every_chart_has_an_axis_format_from_its_outputs():
    formats = {"money": OutputKind.MONEY, "percent": OutputKind.PERCENT, "count": OutputKind.COUNT}
    for calc in CALCULATORS.values():
        for chart, data in zip(calc.charts, evaluate(calc.slug, {}, "en").charts(), strict=True):
            kinds = {output.kind for output in calc.outputs if output.name in chart.outputs}
            assert data["axis_format"] in get_args(AxisFormat)
            assert kinds == {formats.get(data["axis_format"], OutputKind.NUMBER)}, (calc.slug, chart.title("en"))


def test_the_engagement_rate_chart_is_in_percent_and_earnings_in_money():
    assert [chart["axis_format"] for chart in evaluate("engagement-rate", {}, "en").charts()] == ["percent"]
    assert [chart["axis_format"] for chart in evaluate("creator-rewards", {}, "en").charts()] == ["money", "money"]


def test_a_chart_mixing_kinds_of_output_is_refused():
    calc = CALCULATORS["brand-deal"]
    money, choice = (
        next(output for output in calc.outputs if output.kind is kind) for kind in (OutputKind.MONEY, OutputKind.CHOICE)
    )
    chart = Chart(ChartKind.BARS, Text("Mixed", "Mélangé"), (money.name, choice.name))
    with pytest.raises(ValueError, match="one kind"):
        axis_format(calc, chart)
