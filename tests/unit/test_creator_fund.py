"""Legacy Creator Fund: worked examples, the low/high rule, and properties over valid input."""

import json

from hypothesis import given
from hypothesis import strategies as st

from calculators import evaluate
from calculators.catalog.creator_fund import compute
from calculators.cli import main


def test_defaults_follow_the_brief():
    # 250,000 views / 1,000 = 250; x $0.02 = $5.00 and x $0.04 = $10.00.
    assert evaluate("creator-fund").outputs() == {"low": "5.00", "high": "10.00"}


def test_hank_green_rate_keeps_its_third_decimal():
    # 250 x $0.025 = $6.25: the reported 2.5 cents per 1,000 views, typed the French way.
    evaluation = evaluate("creator-fund", {"rate_low": "0,025"}, "fr")
    assert evaluation.outputs()["low"] == "6.25"
    assert evaluation.formatted()["low"] == "6,25\u00a0$US"


def test_low_rate_above_high_is_refused_on_the_low_field():
    evaluation = evaluate("creator-fund", {"rate_low": "0.05"})
    assert evaluation.errors == {"rate_low": "The low value must not be above the high value (0.04)."}
    french = evaluate("creator-fund", {"rate_low": "0,05"}, "fr")
    assert french.errors == {"rate_low": "La valeur basse ne doit pas dépasser la valeur haute (0,04)."}


def test_no_views_pay_nothing():
    # No denominator here: zero views pay zero at both ends.
    assert evaluate("creator-fund", {"views": "0"}).outputs() == {"low": "0.00", "high": "0.00"}


def test_french_and_english_typing():
    # 1,500,000 / 1,000 = 1,500; x $0.02 = $30.00, x $0.04 = $60.00.
    french = evaluate("creator-fund", {"views": "1 500 000"}, "fr")
    english = evaluate("creator-fund", {"views": "1,500,000"}, "en")
    assert french.outputs() == english.outputs() == {"low": "30.00", "high": "60.00"}
    assert french.formatted()["high"] == "60,00\u00a0$US"
    assert english.formatted()["high"] == "$60.00"


def test_bad_grouping_on_an_english_page():
    assert evaluate("creator-fund", {"views": "1,50"}).errors.keys() == {"views"}


def test_cli_json_french_and_errors(capsys):
    assert main(["creator-fund", "--json", "views=1000000"]) == 0
    # 1,000 x $0.02 = $20.00; 1,000 x $0.04 = $40.00.
    assert json.loads(capsys.readouterr().out) == {"low": "20.00", "high": "40.00"}
    assert main(["creator-fund", "--json", "--lang", "fr", "views=1 000 000", "rate_high=0,05"]) == 0
    assert json.loads(capsys.readouterr().out)["high"] == "50.00"
    assert main(["creator-fund", "--json", "views=beaucoup"]) == 2
    assert "views" in capsys.readouterr().err


views = st.integers(0, 10**12)
rates = st.decimals(min_value=0, max_value=1000, places=3, allow_nan=False, allow_infinity=False)


@given(views=views, extra=st.integers(0, 10**9), low=rates, high=rates)
def test_more_views_never_earn_less(views, extra, low, high):
    fewer = compute(views, low, high)
    more = compute(views + extra, low, high)
    assert more.low >= fewer.low
    assert more.high >= fewer.high


@given(views=views, low=rates, high=rates)
def test_valid_input_gives_a_finite_ordered_range(views, low, high):
    low, high = min(low, high), max(low, high)
    result = compute(views, low, high)
    assert result.low.is_finite()
    assert result.high.is_finite()
    assert 0 <= result.low <= result.high
