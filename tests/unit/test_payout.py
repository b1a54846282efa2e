"""Getting paid: worked examples for each wait, zero rates, and properties over valid input."""

import json
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from calculators import evaluate
from calculators.catalog.payout import compute
from calculators.cli import main


def test_defaults_follow_the_brief():
    # Balance $0 is below the $100 minimum: not withdrawable; (100 - 0) / $5 a day = 20 days;
    # nothing to withdraw, so 0 days at the cap.
    assert evaluate("payout").outputs() == {
        "withdrawable_now": False,
        "days_to_threshold": "20",
        "days_to_withdraw_all": "0",
    }


def test_partial_days_round_up():
    # (100 - 42) / 5 = 11.6 -> 12 days; $42 at $1,000 a day is 0.042 -> 1 day.
    assert evaluate("payout", {"balance": "42"}).outputs() == {
        "withdrawable_now": False,
        "days_to_threshold": "12",
        "days_to_withdraw_all": "1",
    }


def test_above_the_threshold():
    # $2,500.01 >= $100: withdrawable now, 0 days to wait; 2,500.01 / 1,000 = 2.50001 -> 3 days.
    evaluation = evaluate("payout", {"balance": "2500.01"})
    assert evaluation.outputs() == {
        "withdrawable_now": True,
        "days_to_threshold": "0",
        "days_to_withdraw_all": "3",
    }
    assert evaluation.formatted()["withdrawable_now"] == "Yes"
    # Exactly at the threshold counts: $100 >= $100; 100 / 1,000 -> 1 day.
    assert evaluate("payout", {"balance": "100"}, "fr").formatted() == {
        "withdrawable_now": "Oui",
        "days_to_threshold": "0",
        "days_to_withdraw_all": "1",
    }


def test_an_empty_balance_is_never_withdrawable():
    # Threshold $0 and balance $0: nothing to withdraw, although the threshold is met.
    outputs = evaluate("payout", {"threshold": "0"}).outputs()
    assert outputs == {"withdrawable_now": False, "days_to_threshold": "0", "days_to_withdraw_all": "0"}


def test_zero_rates_make_the_wait_not_available():
    # Earning nothing a day, a $42 balance never reaches $100.
    stuck = evaluate("payout", {"balance": "42", "daily_earnings": "0"})
    assert stuck.outputs()["days_to_threshold"] is None
    assert stuck.formatted()["days_to_threshold"] == "not available"
    # Already there, the daily earnings do not matter.
    assert evaluate("payout", {"balance": "150", "daily_earnings": "0"}).outputs()["days_to_threshold"] == "0"
    # A cap of $0 never lets a $250 balance out; with nothing waiting there is nothing to wait for.
    capped = evaluate("payout", {"balance": "250", "daily_cap": "0"}, "fr")
    assert capped.outputs()["days_to_withdraw_all"] is None
    assert capped.formatted()["days_to_withdraw_all"] == "non disponible"
    assert evaluate("payout", {"daily_cap": "0"}).outputs()["days_to_withdraw_all"] == "0"


def test_french_and_english_typing():
    # $1,500.50: withdrawable; 1,500.5 / 1,000 = 1.5005 -> 2 days. (100 - 12.5) / 2.5 = 35 days.
    french = evaluate("payout", {"balance": "1 500,50"}, "fr")
    english = evaluate("payout", {"balance": "1,500.50"}, "en")
    assert french.outputs() == english.outputs()
    assert french.outputs()["days_to_withdraw_all"] == "2"
    small = evaluate("payout", {"balance": "12,5", "daily_earnings": "2,5"}, "fr")
    assert small.outputs()["days_to_threshold"] == "35"


def test_cli_json_french_and_errors(capsys):
    assert main(["payout", "--json", "balance=60", "threshold=50"]) == 0
    # $60 >= $50: withdrawable, 0 days; 60 / 1,000 -> 1 day.
    assert json.loads(capsys.readouterr().out) == {
        "withdrawable_now": True,
        "days_to_threshold": "0",
        "days_to_withdraw_all": "1",
    }
    assert main(["payout", "--json", "--lang", "fr", "balance=7,5", "daily_earnings=2,5"]) == 0
    # (100 - 7.5) / 2.5 = 37 days.
    assert json.loads(capsys.readouterr().out)["days_to_threshold"] == "37"
    assert main(["payout", "--json", "daily_cap=-1"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "daily_cap" in captured.err


amounts = st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False)


@given(balance=amounts, extra=amounts, daily=amounts, threshold=amounts, cap=amounts)
def test_a_larger_balance_never_waits_longer_for_the_threshold(balance, extra, daily, threshold, cap):
    poorer = compute(balance, daily, threshold, cap)
    richer = compute(balance + extra, daily, threshold, cap)
    if poorer.days_to_threshold is not None:
        assert richer.days_to_threshold is not None
        assert richer.days_to_threshold <= poorer.days_to_threshold
    assert richer.withdrawable_now or not poorer.withdrawable_now


@given(balance=amounts, daily=amounts, threshold=amounts, cap=amounts)
def test_waits_are_whole_non_negative_and_enough(balance, daily, threshold, cap):
    result = compute(balance, daily, threshold, cap)
    if result.days_to_threshold is not None:
        assert result.days_to_threshold >= 0
        assert balance + result.days_to_threshold * daily >= threshold
        if result.days_to_threshold:  # one day fewer would fall short
            assert balance + (result.days_to_threshold - 1) * daily < threshold
    else:
        assert daily == 0
        assert balance < threshold
    if result.days_to_withdraw_all is not None:
        assert result.days_to_withdraw_all >= 0
        assert result.days_to_withdraw_all * cap >= balance
    else:
        assert cap == 0
        assert balance > 0
    assert result.withdrawable_now == (balance >= threshold and balance > Decimal(0))
