"""Affiliate commissions: the funnel step by step, zero views, and properties over valid input."""

import json

from hypothesis import given
from hypothesis import strategies as st

from calculators import evaluate
from calculators.catalog.affiliate import compute
from calculators.cli import main


def test_defaults_follow_the_brief():
    # 100,000 views x 1 % = 1,000 clicks; x 2 % = 20 orders; x $30 = $600.00 of sales;
    # x 15 % = $90.00 commission; $90 / 100,000 views x 1,000 = $0.90 per 1,000 views.
    assert evaluate("affiliate").outputs() == {
        "clicks": "1000",
        "orders": "20",
        "sales": "600.00",
        "earnings": "90.00",
        "earnings_per_1000_views": "0.90",
    }


def test_fractions_are_kept_through_the_funnel():
    # 1,234 views x 1 % = 12.34 clicks; x 2 % = 0.2468 orders (shown 0.25);
    # 0.2468 x $30 = $7.404 -> $7.40; x 15 % = $1.1106 -> $1.11; 1.1106 / 1,234 x 1,000 = $0.90.
    assert evaluate("affiliate", {"views": "1234"}).outputs() == {
        "clicks": "12.34",
        "orders": "0.25",
        "sales": "7.40",
        "earnings": "1.11",
        "earnings_per_1000_views": "0.90",
    }


def test_no_views_make_the_per_thousand_figure_not_available():
    evaluation = evaluate("affiliate", {"views": "0"})
    assert evaluation.outputs()["earnings"] == "0.00"
    assert evaluation.outputs()["earnings_per_1000_views"] is None
    assert evaluation.formatted()["earnings_per_1000_views"] == "not available"
    french = evaluate("affiliate", {"views": "0"}, "fr")
    assert french.formatted()["earnings_per_1000_views"] == "non disponible"


def test_percents_are_bounded():
    evaluation = evaluate("affiliate", {"click_rate": "150", "commission": "-1"})
    assert evaluation.errors == {"click_rate": "Enter at most 100.", "commission": "Enter at least 0."}


def test_french_and_english_typing():
    # 1,500 views x 1.5 % = 22.5 clicks; x 2 % = 0.45 orders; x $30 = $13.50; x 15 % = $2.025 -> $2.03;
    # 2.025 / 1,500 x 1,000 = $1.35.
    french = evaluate("affiliate", {"views": "1 500", "click_rate": "1,5"}, "fr")
    english = evaluate("affiliate", {"views": "1,500", "click_rate": "1.5"}, "en")
    assert french.outputs() == english.outputs()
    assert french.outputs() == {
        "clicks": "22.5",
        "orders": "0.45",
        "sales": "13.50",
        "earnings": "2.03",
        "earnings_per_1000_views": "1.35",
    }
    assert french.formatted()["clicks"] == "22,5"
    assert english.formatted()["clicks"] == "22.5"


def test_cli_json_french_and_errors(capsys):
    assert main(["affiliate", "--json", "views=50000", "commission=20"]) == 0
    # 50,000 x 1 % = 500 clicks; x 2 % = 10 orders; x $30 = $300.00; x 20 % = $60.00; $60 / 50 = $1.20.
    assert json.loads(capsys.readouterr().out) == {
        "clicks": "500",
        "orders": "10",
        "sales": "300.00",
        "earnings": "60.00",
        "earnings_per_1000_views": "1.20",
    }
    assert main(["affiliate", "--json", "--lang", "fr", "views=10 000", "price=19,90"]) == 0
    # 10,000 x 1 % = 100 clicks; x 2 % = 2 orders; x $19.90 = $39.80; x 15 % = $5.97.
    assert json.loads(capsys.readouterr().out)["earnings"] == "5.97"
    assert main(["affiliate", "--json", "conversion_rate=much"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "conversion_rate" in captured.err


percents = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False)
prices = st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False)


@given(
    views=st.integers(0, 10**9),
    extra=st.integers(0, 10**6),
    clicks=percents,
    conversion=percents,
    price=prices,
    commission=percents,
)
def test_more_views_never_earn_less(views, extra, clicks, conversion, price, commission):
    fewer = compute(views, clicks, conversion, price, commission)
    more = compute(views + extra, clicks, conversion, price, commission)
    assert more.clicks >= fewer.clicks
    assert more.orders >= fewer.orders
    assert more.earnings >= fewer.earnings


@given(views=st.integers(0, 10**12), clicks=percents, conversion=percents, price=prices, commission=percents)
def test_valid_input_never_gives_a_negative_or_non_finite_amount(views, clicks, conversion, price, commission):
    result = compute(views, clicks, conversion, price, commission)
    for value in (result.clicks, result.orders, result.sales, result.earnings, result.earnings_per_1000_views):
        assert value is None or (value.is_finite() and value >= 0)
    assert result.orders <= result.clicks <= views
    assert result.earnings <= result.sales
    assert (result.earnings_per_1000_views is None) == (views == 0)
