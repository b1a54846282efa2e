"""Scenario comparison: the difference B − A that the page shows beside the two scenarios is
Python's, written as the results are, in the page's language."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from calculators import CALCULATORS, evaluate, evaluate_json
from calculators.engine import differences, format_output
from calculators.fields import OutputKind


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_difference_is_b_less_a_formatted_like_the_results(lang):
    a = evaluate("creator-rewards", {}, lang)
    b = evaluate("creator-rewards", {"qualified_views": "2000000"}, lang)
    found = differences(a, b)
    assert set(found) == {output.name for output in a.calculator.outputs if output.kind is OutputKind.MONEY}
    for output in a.calculator.outputs:
        if output.name not in found:
            continue
        delta = Decimal(b.outputs()[output.name]) - Decimal(a.outputs()[output.name])  # type: ignore[arg-type]
        assert delta > 0
        assert found[output.name] == "+" + format_output(output, delta, lang)


def test_lower_b_has_python_minus_and_equal_has_no_sign():
    a = evaluate("creator-rewards", {}, "fr")
    lower = differences(a, evaluate("creator-rewards", {"qualified_views": "0"}, "fr"))
    assert all(text.startswith("−") for text in lower.values()), lower
    same = differences(a, evaluate("creator-rewards", {}, "fr"))
    assert all(not text.startswith(("+", "−", "-")) for text in same.values()), same


def test_no_difference_when_either_scenario_is_invalid():
    a = evaluate("creator-rewards", {}, "en")
    b = evaluate("creator-rewards", {"qualified_views": "lots"}, "en")
    assert differences(a, b) == {}
    assert differences(b, a) == {}


def test_differences_refuse_two_calculators():
    with pytest.raises(ValueError, match="one calculator"):
        differences(evaluate("creator-rewards", {}, "en"), evaluate("payout", {}, "en"))


@pytest.mark.parametrize("slug", sorted(CALCULATORS))
def test_every_calculator_answers_a_difference_of_its_number_results(slug):
    answer = json.loads(evaluate_json(slug, "{}", "en", "null", "{}"))
    numbers = {
        output.name
        for output in CALCULATORS[slug].outputs
        if output.kind is not OutputKind.BOOLEAN
        and output.kind not in (OutputKind.REASONS, OutputKind.TEXT, OutputKind.CHOICE)
        and answer["values"].get(output.name) is not None
    }
    assert set(answer["difference"]) == numbers


def test_evaluate_json_without_baseline_has_no_difference_and_ignores_a_goal_in_it():
    assert "difference" not in json.loads(evaluate_json("series", "{}", "en"))
    answer = json.loads(
        evaluate_json("series", json.dumps({"buyers": "20"}), "en", "null", json.dumps({"monthly_goal": "5"}))
    )
    assert answer["ok"]
    assert set(answer["difference"])
    assert not answer["errors"]
