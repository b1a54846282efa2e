"""TikTok Series: worked examples, the allowed price range, and properties over valid input."""

import json
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from calculators import evaluate
from calculators.catalog.series import compute
from calculators.cli import main


def test_defaults_follow_the_brief():
    # $4.99 x 200 buyers = $998.00 gross; x 70 % = $698.60.
    assert evaluate("series").outputs() == {"gross": "998.00", "earnings": "698.60"}


def test_the_highest_price_is_allowed():
    # $189.99 x 200 = $37,998.00; x 70 % = $26,598.60.
    assert evaluate("series", {"price": "189.99"}).outputs() == {"gross": "37998.00", "earnings": "26598.60"}


def test_prices_outside_tiktok_range_are_refused_with_the_limit():
    assert evaluate("series", {"price": "0.98"}).errors == {"price": "Enter at least 0.99."}
    assert evaluate("series", {"price": "190"}).errors == {"price": "Enter at most 189.99."}
    assert evaluate("series", {"price": "0,5"}, "fr").errors == {"price": "Saisis au moins 0,99."}
    assert evaluate("series", {"price": "200"}, "fr").errors == {"price": "Saisis au plus 189,99."}


def test_a_share_cannot_exceed_100():
    assert evaluate("series", {"creator_share": "120"}).errors == {"creator_share": "Enter at most 100."}


def test_no_buyers_earn_nothing():
    # No denominator here: zero buyers pay zero.
    assert evaluate("series", {"buyers": "0"}).outputs() == {"gross": "0.00", "earnings": "0.00"}


def test_french_and_english_typing():
    # $4.99 x 1,500 = $7,485.00; x 70 % = $5,239.50.
    french = evaluate("series", {"buyers": "1 500", "price": "4,99"}, "fr")
    english = evaluate("series", {"buyers": "1,500", "price": "$4.99"}, "en")
    assert french.outputs() == english.outputs() == {"gross": "7485.00", "earnings": "5239.50"}
    assert french.formatted()["earnings"] == "5\u202f239,50\u00a0$US"
    assert english.formatted()["earnings"] == "$5,239.50"


def test_cli_json_french_and_errors(capsys):
    assert main(["series", "--json", "buyers=10", "price=9.99"]) == 0
    # $9.99 x 10 = $99.90; x 70 % = $69.93.
    assert json.loads(capsys.readouterr().out) == {"gross": "99.90", "earnings": "69.93"}
    assert main(["series", "--json", "--lang", "fr", "buyers=1 000", "price=1,99"]) == 0
    # $1.99 x 1,000 = $1,990.00; x 70 % = $1,393.00.
    assert json.loads(capsys.readouterr().out) == {"gross": "1990.00", "earnings": "1393.00"}
    assert main(["series", "--json", "price=500"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "price" in captured.err


prices = st.decimals(min_value=Decimal("0.99"), max_value=Decimal("189.99"), places=2)
shares = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False)


@given(buyers=st.integers(0, 10**9), extra=st.integers(0, 10**6), price=prices, share=shares)
def test_more_buyers_never_earn_less(buyers, extra, price, share):
    fewer = compute(price, buyers, share)
    more = compute(price, buyers + extra, share)
    assert more.gross >= fewer.gross
    assert more.earnings >= fewer.earnings


@given(buyers=st.integers(0, 10**12), price=prices, share=shares)
def test_valid_input_never_gives_a_negative_or_non_finite_amount(buyers, price, share):
    result = compute(price, buyers, share)
    assert result.gross.is_finite()
    assert result.earnings.is_finite()
    assert 0 <= result.earnings <= result.gross
