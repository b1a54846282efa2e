"""A growth chart's points are computed straight from `compute`, and must say exactly what
`evaluate` says for the same varied input, refusals included."""

from __future__ import annotations

from decimal import Decimal

import pytest

from calculators import CALCULATORS, evaluate
from calculators.engine import ChartData, Evaluation, chart_data
from calculators.fields import ChartKind

GROWTH = [
    (slug, chart)
    for slug, calculator in CALCULATORS.items()
    for chart in calculator.charts
    if chart.kind is ChartKind.GROWTH
]


def points_by_evaluate(evaluation: Evaluation, vary: str, factors: tuple[Decimal, ...]) -> list[dict[str, object]]:
    """The slow, obvious way: one whole evaluation per point."""
    base = evaluation.values[vary]
    assert isinstance(base, int | Decimal)
    points = []
    for factor in factors:
        value = int(base * factor) if isinstance(base, int) else base * factor
        again = evaluate(evaluation.calculator.slug, {**evaluation.values, vary: value}, evaluation.lang)
        points.append({"values": again.outputs(), "texts": again.formatted()})
    return points


def test_there_are_growth_charts_to_check():
    assert {slug for slug, _ in GROWTH} >= {"brand-deal", "creator-rewards"}


@pytest.mark.parametrize(("slug", "chart"), GROWTH, ids=[f"{slug}-{chart.vary}" for slug, chart in GROWTH])
@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("where", ["default", "zero", "half the maximum"])  # the last puts points past the maximum
def test_growth_points_match_a_full_evaluation(slug, chart, lang, where):
    calc = CALCULATORS[slug]
    assert chart.vary is not None
    field = calc.field(chart.vary)
    assert isinstance(field.default, int | Decimal)
    assert field.maximum is not None
    value = {"default": field.default, "zero": 0, "half the maximum": field.maximum / 2}[where]
    evaluation = evaluate(slug, {chart.vary: value}, lang)
    assert evaluation.ok, evaluation.errors
    data: ChartData = chart_data(evaluation, chart)
    expected = points_by_evaluate(evaluation, chart.vary, chart.factors)
    for series, name in zip(data["series"], chart.outputs, strict=True):
        assert series["values"] == [point["values"].get(name) for point in expected]
        assert series["texts"] == [point["texts"].get(name, "") for point in expected]
    if where == "half the maximum":
        assert data["series"][0]["values"][-1] is None, "a point past the maximum is left out"
        assert data["series"][0]["values"][0] is not None
