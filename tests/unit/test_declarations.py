"""A calculator whose declarations disagree with its function fails when it is imported."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from calculators.fields import Calculator, Chart, ChartKind, DeclarationError, Field, Kind, Output, OutputKind
from calculators.text import Lang, Text

T = Text("t", "t")


@dataclass(frozen=True)
class Result:
    total: Decimal


def compute(amount: Decimal, lang: Lang = "en") -> Result:
    return Result(amount)


@dataclass
class Loose:
    total: Decimal


def compute_loose(amount: Decimal, lang: Lang = "en") -> Loose:
    return Loose(amount)


def declare(**changes):
    parts = {
        "slug": "demo",
        "title": T,
        "summary": T,
        "fields": (Field("amount", Kind.MONEY, T, Decimal(1)),),
        "outputs": (Output("total", OutputKind.MONEY, T),),
        "compute": compute,
    }
    return Calculator(**{**parts, **changes})


def test_a_consistent_calculator_is_accepted():
    assert declare().slug == "demo"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"fields": (Field("amont", Kind.MONEY, T, Decimal(1)),)}, "do not match compute's parameters"),
        ({"outputs": (Output("sum", OutputKind.MONEY, T),)}, "do not match Result's fields"),
        ({"compute": compute_loose}, "must be frozen"),
        ({"charts": (Chart(ChartKind.BARS, T, ("total", "other")),)}, "draws outputs it does not have"),
        ({"charts": (Chart(ChartKind.GROWTH, T, ("total",), vary="views"),)}, "varies 'views'"),
        (
            {"fields": (Field("amount", Kind.MONEY, T, Decimal(1), rate="no.such_figure"),)},
            "unknown figure",
        ),
    ],
)
def test_a_mismatch_fails_at_import(changes, message):
    with pytest.raises(DeclarationError, match=message):
        declare(**changes)
