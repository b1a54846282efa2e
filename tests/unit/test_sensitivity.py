"""Sensitivity: the result at each end of a rate whose sources disagree, at the reader's value,
and the rate that moves the result most."""

from __future__ import annotations

import json

import pytest

from calculators import CALCULATORS, RATES, evaluate, evaluate_json
from calculators.fields import Calculator, DeclarationError, Spread

SPREADS = sorted(slug for slug, calc in CALCULATORS.items() if calc.spreads)


def test_the_calculators_resting_on_a_disputed_rate_show_it():
    assert set(SPREADS) >= {"creator-rewards", "creator-fund", "live-gifts", "subscriptions", "affiliate", "brand-deal"}


def test_worked_example_affiliate():
    # 100,000 views x 1% clicks x 2% orders = 20 orders of $30 = $600 of sales; commission 15%.
    sensitivity = evaluate("affiliate", {}).sensitivity()
    assert sensitivity is not None
    commission = next(row for row in sensitivity["rows"] if row["field"] == "commission")
    # $600 at 1%, 15% and 80% of commission.
    assert commission["values"] == ["6.00", "90.00", "480.00"]
    assert commission["rates"] == ["1%", "15%", "80%"]
    conversion = next(row for row in sensitivity["rows"] if row["field"] == "conversion_rate")
    # 1,000 clicks at 0.5%, 2% and 3% give 5, 20 and 30 orders of $30 at 15%.
    assert conversion["values"] == ["22.50", "90.00", "135.00"]
    assert sensitivity["most"] == "commission"  # $474 of swing against $112.50
    assert sensitivity["sentence"] == "Of these rates, “Commission (%)” moves the result most: from $6.00 to $480.00."


def test_the_french_sentence():
    sensitivity = evaluate("subscriptions", {"subscribers": "10"}, "fr").sensitivity()
    assert sensitivity is not None
    assert sensitivity["sentence"] == (
        "De ces taux, c'est «\u00a0Prix mensuel (USD)\u00a0» qui fait le plus varier le résultat\u00a0: de 24,95\u00a0$US à 124,95\u00a0$US."
    )


@pytest.mark.parametrize("slug", SPREADS)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_end_is_the_calculator_at_that_rate(slug, lang):
    calc = CALCULATORS[slug]
    evaluation = evaluate(slug, {}, lang)
    sensitivity = evaluation.sensitivity()
    assert sensitivity is not None
    assert [row["field"] for row in sensitivity["rows"]] == [spread.field for spread in calc.spreads]
    swings = {}
    for spread, row in zip(calc.spreads, sensitivity["rows"], strict=True):
        figure = RATES[spread.figure]
        assert figure.low is not None
        assert figure.high is not None
        # The reader's value gives the result the form shows.
        assert row["values"][1] == evaluation.outputs()[spread.output]
        for end, value in ((figure.low.value, row["values"][0]), (figure.high.value, row["values"][2])):
            shown = evaluate(slug, {**evaluation.values, spread.field: end}, lang)
            if shown.ok:  # an end may break a cross-field rule (a low rate above the high one)
                assert shown.outputs()[spread.output] == value
        swings[spread.field] = abs(float(row["values"][2]) - float(row["values"][0]))
    assert swings[sensitivity["most"]] == max(swings.values())


def test_the_worker_answer_carries_it_only_where_declared():
    assert "sensitivity" in json.loads(evaluate_json("live-gifts", "{}", "en"))
    assert "sensitivity" not in json.loads(evaluate_json("series", "{}", "en"))
    assert "sensitivity" not in json.loads(evaluate_json("live-gifts", '{"coins": "x"}', "en"))


def test_a_rate_without_a_sourced_range_is_refused():
    base = CALCULATORS["series"]
    with pytest.raises(DeclarationError, match="no low and high"):
        Calculator(**{**base.__dict__, "spreads": (Spread("price", "series.price", "earnings"),)})
