"""Selling your own products: worked examples, losses, break-even, and properties over valid input."""

import json

from hypothesis import given
from hypothesis import strategies as st

from calculators import evaluate
from calculators.catalog.own_products import compute
from calculators.cli import main


def test_defaults_follow_the_brief():
    # 100 units x $25 = $2,500.00 revenue; no fee, so $0.00 fees;
    # profit = 2,500 - 0 - 100 x $10 - 0 = $1,500.00; margin = 1,500 / 2,500 x 100 = 60 %;
    # no fixed costs, so nothing to break even on: 0 units.
    assert evaluate("own-products").outputs() == {
        "revenue": "2500.00",
        "fees": "0.00",
        "profit": "1500.00",
        "margin": "60",
        "break_even_units": "0",
    }


def test_fees_and_fixed_costs():
    # Revenue $2,500.00; fees 10 % = $250.00; profit = 2,500 - 250 - 1,000 - 310 = $940.00;
    # margin = 940 / 2,500 x 100 = 37.6 %. Each unit leaves 25 x 0.9 - 10 = $12.50,
    # so 310 / 12.5 = 24.8 -> 25 units to cover the fixed costs.
    assert evaluate("own-products", {"platform_fee": "10", "fixed_costs": "310"}).outputs() == {
        "revenue": "2500.00",
        "fees": "250.00",
        "profit": "940.00",
        "margin": "37.6",
        "break_even_units": "25",
    }


def test_break_even_exactly_on_a_whole_unit():
    # 300 / 12.5 = 24 exactly: 24 units, not 25.
    outputs = evaluate("own-products", {"platform_fee": "10", "fixed_costs": "300"}).outputs()
    assert outputs["break_even_units"] == "24"


def test_a_loss_is_a_result_not_an_error():
    # Each unit costs $30 and sells for $25: profit = 2,500 - 3,000 - 100 = -$600.00;
    # margin = -600 / 2,500 x 100 = -24 %; every sale loses $5, so break-even never comes.
    evaluation = evaluate("own-products", {"unit_cost": "30", "fixed_costs": "100"})
    assert evaluation.ok
    assert evaluation.outputs() == {
        "revenue": "2500.00",
        "fees": "0.00",
        "profit": "-600.00",
        "margin": "-24",
        "break_even_units": None,
    }
    assert evaluation.formatted()["profit"] == "-$600.00"
    assert evaluation.formatted()["break_even_units"] == "not available"
    french = evaluate("own-products", {"unit_cost": "30", "fixed_costs": "100"}, "fr")
    assert french.formatted()["profit"] == "\u2212600,00\u00a0$US"
    assert french.formatted()["margin"] == "\u221224\u202f%"


def test_zero_per_unit_margin_with_fixed_costs_never_breaks_even():
    # 25 x (1 - 60 / 100) - 10 = $0 left per unit: fixed costs can never be covered.
    outputs = evaluate("own-products", {"platform_fee": "60", "fixed_costs": "1"}).outputs()
    assert outputs["break_even_units"] is None
    # Without fixed costs there is nothing to cover, even when a sale loses money.
    assert evaluate("own-products", {"unit_cost": "30"}).outputs()["break_even_units"] == "0"


def test_no_revenue_makes_the_margin_not_available():
    # 0 units: revenue $0, profit = -fixed costs = -$50.00, margin has no denominator.
    evaluation = evaluate("own-products", {"units": "0", "fixed_costs": "50"}, "fr")
    assert evaluation.outputs()["profit"] == "-50.00"
    assert evaluation.outputs()["margin"] is None
    assert evaluation.formatted()["margin"] == "non disponible"
    # Break-even still makes sense: 50 / (25 - 10) = 3.33 -> 4 units.
    assert evaluation.outputs()["break_even_units"] == "4"


def test_french_and_english_typing():
    # 1,500 x $12.50 = $18,750.00; 1,500 x $4 = $6,000.00 of costs; profit $12,750.00; margin 68 %.
    french = evaluate("own-products", {"units": "1 500", "price": "12,50", "unit_cost": "4"}, "fr")
    english = evaluate("own-products", {"units": "1,500", "price": "12.50", "unit_cost": "4"}, "en")
    assert french.outputs() == english.outputs()
    assert french.outputs()["profit"] == "12750.00"
    assert french.outputs()["margin"] == "68"
    assert french.formatted()["revenue"] == "18\u202f750,00\u00a0$US"
    assert english.formatted()["revenue"] == "$18,750.00"


def test_cli_json_french_and_errors(capsys):
    assert main(["own-products", "--json", "units=10", "fixed_costs=45"]) == 0
    # 10 x $25 = $250.00; profit = 250 - 100 - 45 = $105.00; margin 42 %; 45 / 15 = 3 units.
    assert json.loads(capsys.readouterr().out) == {
        "revenue": "250.00",
        "fees": "0.00",
        "profit": "105.00",
        "margin": "42",
        "break_even_units": "3",
    }
    assert main(["own-products", "--json", "--lang", "fr", "units=1 000", "platform_fee=2,5"]) == 0
    # 1,000 x $25 = $25,000.00; fees 2.5 % = $625.00.
    assert json.loads(capsys.readouterr().out)["fees"] == "625.00"
    assert main(["own-products", "--json", "platform_fee=101"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "platform_fee" in captured.err


amounts = st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False)
fees = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False)


@given(units=st.integers(0, 10**9), extra=st.integers(0, 10**6), price=amounts, cost=amounts, fee=fees, fixed=amounts)
def test_more_units_never_bring_in_less(units, extra, price, cost, fee, fixed):
    fewer = compute(units, price, cost, fee, fixed)
    more = compute(units + extra, price, cost, fee, fixed)
    assert more.revenue >= fewer.revenue
    if price * (1 - fee / 100) >= cost:  # each sale makes money, so more sales make more profit
        assert more.profit >= fewer.profit


@given(units=st.integers(0, 10**12), price=amounts, cost=amounts, fee=fees, fixed=amounts)
def test_valid_input_gives_finite_results_and_only_profit_may_be_negative(units, price, cost, fee, fixed):
    result = compute(units, price, cost, fee, fixed)
    assert result.revenue.is_finite()
    assert result.profit.is_finite()
    assert 0 <= result.fees <= result.revenue
    # Margin follows profit's sign; it is a percent of revenue, so never above 100.
    assert result.margin is None or (result.margin.is_finite() and result.margin <= 100)
    assert (result.margin is None) == (result.revenue == 0)
    if result.break_even_units is not None:
        assert result.break_even_units >= 0
        # Selling that many units covers the fixed costs.
        per_unit = price * (1 - fee / 100) - cost
        assert result.break_even_units * per_unit >= fixed
