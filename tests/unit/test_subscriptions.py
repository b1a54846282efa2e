"""Subscriptions: worked examples, the 100 % rule on shares, and properties over valid input."""

import json

from hypothesis import given
from hypothesis import strategies as st

from calculators import evaluate
from calculators.catalog.subscriptions import compute
from calculators.cli import main


def test_defaults_follow_the_brief():
    # 100 subscribers x $4.99 = $499.00; x (50 + 0) / 100 = $249.50 a month; x 12 = $2,994.00.
    assert evaluate("subscriptions").outputs() == {"monthly": "249.50", "yearly": "2994.00"}


def test_us_share_with_the_full_bonus():
    # 100 x $4.99 x (70 + 20) / 100 = $449.10 a month; x 12 = $5,389.20.
    outputs = evaluate("subscriptions", {"creator_share": "70", "bonus_share": "20"}).outputs()
    assert outputs == {"monthly": "449.10", "yearly": "5389.20"}


def test_shares_over_100_are_refused_on_the_bonus():
    evaluation = evaluate("subscriptions", {"creator_share": "90", "bonus_share": "20"})
    assert evaluation.errors == {"bonus_share": "Together these shares must not exceed 100%."}
    assert evaluation.result is None
    french = evaluate("subscriptions", {"creator_share": "90", "bonus_share": "20"}, "fr")
    assert french.errors == {"bonus_share": "Ensemble, ces parts ne doivent pas dépasser 100 %."}
    # Exactly 100 % is allowed: 100 x $4.99 = $499.00.
    assert evaluate("subscriptions", {"creator_share": "80", "bonus_share": "20"}).outputs()["monthly"] == "499.00"


def test_a_percent_cannot_exceed_100():
    assert evaluate("subscriptions", {"creator_share": "101"}).errors == {"creator_share": "Enter at most 100."}


def test_no_subscribers_earn_nothing():
    # No denominator here: zero subscribers pay zero.
    assert evaluate("subscriptions", {"subscribers": "0"}).outputs() == {"monthly": "0.00", "yearly": "0.00"}


def test_french_and_english_typing():
    # 1,500 x $4.99 = $7,485.00; x 50 % = $3,742.50; x 12 = $44,910.00. The % sign may be typed.
    french = evaluate("subscriptions", {"subscribers": "1 500", "price": "4,99", "creator_share": "50 %"}, "fr")
    english = evaluate("subscriptions", {"subscribers": "1,500", "price": "4.99", "creator_share": "50%"}, "en")
    assert french.outputs() == english.outputs() == {"monthly": "3742.50", "yearly": "44910.00"}
    assert french.formatted()["monthly"] == "3\u202f742,50\u00a0$US"
    assert english.formatted()["monthly"] == "$3,742.50"


def test_cli_json_french_and_errors(capsys):
    assert main(["subscriptions", "--json", "subscribers=10"]) == 0
    # 10 x $4.99 x 50 % = $24.95; x 12 = $299.40.
    assert json.loads(capsys.readouterr().out) == {"monthly": "24.95", "yearly": "299.40"}
    assert main(["subscriptions", "--json", "--lang", "fr", "subscribers=1 000", "price=9,99"]) == 0
    # 1,000 x $9.99 x 50 % = $4,995.00.
    assert json.loads(capsys.readouterr().out)["monthly"] == "4995.00"
    assert main(["subscriptions", "--json", "creator_share=70", "bonus_share=40"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "bonus_share" in captured.err


prices = st.decimals(min_value=0, max_value=10_000, places=2, allow_nan=False, allow_infinity=False)
shares = st.decimals(min_value=0, max_value=50, places=2, allow_nan=False, allow_infinity=False)


@given(subscribers=st.integers(0, 10**9), extra=st.integers(0, 10**6), price=prices, base=shares, bonus=shares)
def test_more_subscribers_never_earn_less(subscribers, extra, price, base, bonus):
    fewer = compute(subscribers, price, base, bonus)
    more = compute(subscribers + extra, price, base, bonus)
    assert more.monthly >= fewer.monthly >= 0


@given(subscribers=st.integers(0, 10**12), price=prices, base=shares, bonus=shares)
def test_valid_input_never_gives_a_negative_or_non_finite_amount(subscribers, price, base, bonus):
    result = compute(subscribers, price, base, bonus)
    assert result.monthly.is_finite()
    assert 0 <= result.monthly <= subscribers * price
    assert result.yearly == 12 * result.monthly
