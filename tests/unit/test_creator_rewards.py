"""Creator Rewards Program: worked examples, the low/high rule, and properties over valid input."""

import json
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from calculators import evaluate
from calculators.catalog.creator_rewards import compute
from calculators.cli import main


def test_defaults_follow_the_brief():
    # 250,000 qualified views / 1,000 = 250 blocks; x $0.40 = $100.00, x $1.00 = $250.00.
    # A year is 12 months: 12 x 100 = $1,200.00 and 12 x 250 = $3,000.00.
    assert evaluate("creator-rewards").outputs() == {
        "monthly_low": "100.00",
        "monthly_high": "250.00",
        "yearly_low": "1200.00",
        "yearly_high": "3000.00",
    }


def test_cents_are_kept_until_the_end():
    # 1,234 views / 1,000 x $0.37 = $0.45658 -> $0.46; x $0.99 = $1.22166 -> $1.22.
    # Yearly: 12 x 0.45658 = 5.47896 -> $5.48; 12 x 1.22166 = 14.65992 -> $14.66.
    outputs = evaluate("creator-rewards", {"qualified_views": "1234", "rpm_low": "0.37", "rpm_high": "0.99"}).outputs()
    assert outputs == {"monthly_low": "0.46", "monthly_high": "1.22", "yearly_low": "5.48", "yearly_high": "14.66"}


def test_low_rpm_above_high_is_refused_on_the_low_field():
    evaluation = evaluate("creator-rewards", {"rpm_low": "1.50"})
    assert evaluation.errors == {"rpm_low": "The low value must not be above the high value (1)."}
    assert evaluation.result is None
    french = evaluate("creator-rewards", {"rpm_low": "2", "rpm_high": "1,5"}, "fr")
    assert french.errors == {"rpm_low": "La valeur basse ne doit pas dépasser la valeur haute (1,5)."}


def test_equal_rpms_give_a_single_figure():
    # 250 x $0.70 = $175.00 at both ends.
    outputs = evaluate("creator-rewards", {"rpm_low": "0.7", "rpm_high": "0.7"}).outputs()
    assert outputs["monthly_low"] == outputs["monthly_high"] == "175.00"


def test_no_views_earn_nothing():
    # There is no denominator here: zero views simply pay zero.
    assert set(evaluate("creator-rewards", {"qualified_views": "0"}).outputs().values()) == {"0.00"}


def test_french_and_english_typing():
    # 1,500,000 views / 1,000 = 1,500 x $0.50 = $750.00; x $1.00 = $1,500.00.
    french = evaluate("creator-rewards", {"qualified_views": "1 500 000", "rpm_low": "0,5"}, "fr")
    english = evaluate("creator-rewards", {"qualified_views": "1,500,000", "rpm_low": "0.5"}, "en")
    assert french.outputs() == english.outputs()
    assert french.outputs()["monthly_low"] == "750.00"
    assert french.formatted()["monthly_high"] == "1\u202f500,00\u00a0$US"
    assert english.formatted()["monthly_high"] == "$1,500.00"


def test_views_must_be_whole_and_rpm_not_negative():
    evaluation = evaluate("creator-rewards", {"qualified_views": "10.5", "rpm_high": "-1"})
    assert evaluation.errors == {"qualified_views": "Enter a whole number.", "rpm_high": "Enter at least 0."}


def test_cli_json_french_and_errors(capsys):
    assert main(["creator-rewards", "--json", "qualified_views=100000"]) == 0
    # 100 x $0.40 = $40.00; 100 x $1.00 = $100.00.
    assert json.loads(capsys.readouterr().out) == {
        "monthly_low": "40.00",
        "monthly_high": "100.00",
        "yearly_low": "480.00",
        "yearly_high": "1200.00",
    }
    assert main(["creator-rewards", "--json", "--lang", "fr", "qualified_views=100 000", "rpm_low=0,5"]) == 0
    assert json.loads(capsys.readouterr().out)["monthly_low"] == "50.00"
    assert main(["creator-rewards", "--json", "rpm_low=3"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "rpm_low" in captured.err


views = st.integers(0, 10**12)
rpms = st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False, allow_infinity=False)


@given(views=views, extra=st.integers(0, 10**9), low=rpms, high=rpms)
def test_more_views_never_earn_less(views, extra, low, high):
    fewer = compute(views, low, high)
    more = compute(views + extra, low, high)
    assert more.monthly_low >= fewer.monthly_low
    assert more.monthly_high >= fewer.monthly_high
    assert more.yearly_high >= fewer.yearly_high


@given(views=views, low=rpms, high=rpms)
def test_valid_input_gives_a_finite_ordered_range(views, low, high):
    low, high = min(low, high), max(low, high)
    result = compute(views, low, high)
    for value in (result.monthly_low, result.monthly_high, result.yearly_low, result.yearly_high):
        assert value.is_finite()
        assert value >= 0
    assert result.monthly_low <= result.monthly_high
    assert result.yearly_low == 12 * result.monthly_low
    assert result.yearly_high == 12 * result.monthly_high
    assert result.monthly_low == Decimal(views) * low / 1000
