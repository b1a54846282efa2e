"""LIVE gifts: worked examples with the arithmetic in view, and properties over any valid input."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from calculators import evaluate
from calculators.catalog.live_gifts import compute


def test_defaults_follow_the_brief():
    # 10,000 coins x 0.5 diamond per coin = 5,000 diamonds; x $0.005 = $25.00.
    # Viewers paid 10,000 x 0.99/70 = $141.43; 25 / 141.428571... x 100 = 17.68 %.
    # A coin is worth 0.5 x 0.005 = $0.0025, so $100 needs 100 / 0.0025 = 40,000 coins.
    assert evaluate("live-gifts").outputs() == {
        "diamonds": "5000",
        "earnings": "25.00",
        "viewer_spend": "141.43",
        "creator_share": "17.68",
        "coins_for_goal": "40000",
    }


def test_coins_for_goal_rounds_up():
    # $1 at $0.0025 per coin is exactly 400 coins; $1.01 needs 404 coins (403.99... would fall short).
    assert evaluate("live-gifts", {"goal": "1"}).outputs()["coins_for_goal"] == "400"
    assert evaluate("live-gifts", {"goal": "1.01"}).outputs()["coins_for_goal"] == "404"


def test_zero_denominators_are_not_available():
    # No coins: nothing spent, so the share is not available rather than a division error.
    nothing_spent = evaluate("live-gifts", {"coins": "0"})
    assert nothing_spent.outputs()["creator_share"] is None
    assert nothing_spent.formatted()["creator_share"] == "not available"
    # A diamond worth nothing: no number of coins reaches the goal.
    worthless = evaluate("live-gifts", {"usd_per_diamond": "0"}, "fr")
    assert worthless.outputs()["coins_for_goal"] is None
    assert worthless.formatted()["coins_for_goal"] == "non disponible"


def test_french_input_and_output():
    # 1 500 coins typed with a space, 0,5 with a comma: 750 diamonds, 750 x 0.005 = 3.75 USD.
    evaluation = evaluate("live-gifts", {"coins": "1 500", "diamonds_per_coin": "0,5"}, "fr")
    assert evaluation.outputs()["earnings"] == "3.75"
    assert evaluation.formatted()["earnings"] == "3,75\u00a0$US"
    assert evaluation.formatted()["diamonds"] == "750"


def test_bad_input_names_the_field_in_the_reader_language():
    evaluation = evaluate("live-gifts", {"coins": "lots", "goal": "-5"}, "fr")
    assert set(evaluation.errors) == {"coins", "goal"}
    assert "nombre" in evaluation.errors["coins"]
    assert evaluation.errors["goal"] == "Saisis au moins 0."
    assert evaluation.result is None


def test_coins_must_be_whole():
    assert evaluate("live-gifts", {"coins": "10.5"}).errors == {"coins": "Enter a whole number."}


amounts = st.decimals(min_value=0, max_value=10**6, places=4, allow_nan=False, allow_infinity=False)


@given(coins=st.integers(0, 10**9), extra=st.integers(0, 10**6), rate=amounts, usd=amounts, price=amounts)
def test_more_coins_never_earn_less(coins, extra, rate, usd, price):
    fewer = compute(coins, rate, usd, price, Decimal(100))
    more = compute(coins + extra, rate, usd, price, Decimal(100))
    assert more.earnings >= fewer.earnings >= 0
    assert more.diamonds >= fewer.diamonds


@given(coins=st.integers(0, 10**12), rate=amounts, usd=amounts, price=amounts, goal=amounts)
def test_valid_input_never_gives_a_negative_or_non_finite_amount(coins, rate, usd, price, goal):
    result = compute(coins, rate, usd, price, goal)
    for value in (result.diamonds, result.earnings, result.viewer_spend, result.creator_share):
        assert value is None or (value.is_finite() and value >= 0)
    assert result.coins_for_goal is None or result.coins_for_goal >= 0
