"""Engagement rate: worked examples with the arithmetic in view, bands at their edges, properties."""

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import evaluate
from calculators.catalog.engagement_rate import band, compute
from calculators.cli import main

RATES_AND_BAND = ("by_views", "by_followers", "band")


def rates_and_band(outputs):
    """The first three outputs; the size benchmark has tests of its own below."""
    return {name: outputs[name] for name in RATES_AND_BAND}


def test_defaults():
    # 4,000 likes + 200 comments + 150 shares + 0 saves = 4,350 reactions.
    # By views: 4,350 / 100,000 x 100 = 4.35 %, in [4, 8): healthy.
    # By followers: 4,350 / 50,000 x 100 = 8.7 %.
    assert rates_and_band(evaluate("engagement-rate").outputs()) == {
        "by_views": "4.35",
        "by_followers": "8.7",
        "band": "healthy",
    }


def test_saves_count_when_given():
    # 4,350 + 650 saves = 5,000 reactions; 5,000 / 100,000 x 100 = 5 %; 5,000 / 50,000 x 100 = 10 %.
    assert rates_and_band(evaluate("engagement-rate", {"saves": "650"}).outputs()) == {
        "by_views": "5",
        "by_followers": "10",
        "band": "healthy",
    }


def test_rates_are_rounded_to_two_places():
    # 1 reaction in 3 views: 33.333... % -> 33.33; in 7 followers: 14.2857... % -> 14.29.
    raw = {"likes": "1", "comments": "0", "shares": "0", "views": "3", "followers": "7"}
    assert rates_and_band(evaluate("engagement-rate", raw).outputs()) == {
        "by_views": "33.33",
        "by_followers": "14.29",
        "band": "strong",
    }


@pytest.mark.parametrize(
    ("likes", "band"),
    [
        # Out of 100 views, each like is 1 %. Every band starts at its threshold, inclusive.
        ("0", "low"),
        ("1", "low"),
        ("2", "workable"),  # 2 % = engagement.band_workable
        ("3", "workable"),
        ("4", "healthy"),  # 4 % = engagement.band_healthy
        ("7", "healthy"),
        ("8", "strong"),  # 8 % = engagement.band_strong
        ("500", "strong"),
    ],
)
def test_bands_at_their_thresholds(likes, band):
    raw = {"likes": likes, "comments": "0", "shares": "0", "views": "100"}
    assert evaluate("engagement-rate", raw).outputs()["band"] == band


def test_just_under_a_threshold_stays_in_the_band_below():
    # 199 / 10,000 x 100 = 1.99 %: low, not workable.
    raw = {"likes": "199", "comments": "0", "shares": "0", "views": "10000"}
    assert evaluate("engagement-rate", raw).outputs()["band"] == "low"


def test_zero_denominators_are_not_available():
    no_views = evaluate("engagement-rate", {"views": "0"})
    assert no_views.ok
    assert no_views.outputs()["by_views"] is None
    assert no_views.outputs()["band"] is None
    assert no_views.outputs()["by_followers"] == "8.7"
    assert no_views.formatted()["by_views"] == "not available"
    no_followers = evaluate("engagement-rate", {"followers": "0"}, "fr")
    assert no_followers.outputs()["by_followers"] is None
    assert no_followers.formatted()["by_followers"] == "non disponible"
    assert no_followers.outputs()["band"] == "healthy"


def test_french_typing_and_output():
    # 1 500 j'aime typed with a space: 1,500 + 200 + 150 = 1,850; / 100,000 x 100 = 1.85 %: low.
    evaluation = evaluate("engagement-rate", {"likes": "1 500", "views": "100 000"}, "fr")
    assert evaluation.outputs()["by_views"] == "1.85"
    assert evaluation.formatted()["by_views"] == "1,85\u202f%"
    assert evaluation.formatted()["band"] == "Faible"


def test_english_typing_and_output():
    evaluation = evaluate("engagement-rate", {"likes": "1,500", "views": "100,000"})
    assert evaluation.formatted()["by_views"] == "1.85%"
    assert evaluation.formatted()["band"] == "Low"


def test_counts_must_be_whole_and_not_negative():
    evaluation = evaluate("engagement-rate", {"likes": "1.5", "views": "-3"})
    assert set(evaluation.errors) == {"likes", "views"}


def test_cli_json_and_french(capsys):
    assert main(["engagement-rate", "--json", "--lang", "fr", "likes=1 500", "views=100 000"]) == 0
    assert rates_and_band(json.loads(capsys.readouterr().out)) == {
        "by_views": "1.85",
        "by_followers": "3.7",
        "band": "low",
    }


def test_cli_bad_input_names_the_field(capsys):
    assert main(["engagement-rate", "--json", "views=beaucoup"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "views" in captured.err


counts = st.integers(0, 10**12)


@given(likes=counts, extra=st.integers(0, 10**9), comments=counts, shares=counts, saves=counts, views=counts)
def test_more_likes_never_lower_the_rate(likes, extra, comments, shares, saves, views):
    fewer = compute(likes, comments, shares, saves, views, views)
    more = compute(likes + extra, comments, shares, saves, views, views)
    if views:
        assert more.by_views >= fewer.by_views
        assert more.by_followers >= fewer.by_followers
    else:
        assert more.by_views is fewer.by_views is None


@given(likes=counts, comments=counts, shares=counts, saves=counts, views=counts, followers=counts)
def test_valid_input_never_gives_a_negative_or_non_finite_rate(likes, comments, shares, saves, views, followers):
    result = compute(likes, comments, shares, saves, views, followers)
    for value in (result.by_views, result.by_followers):
        assert value is None or (value.is_finite() and value >= 0)
    assert (result.band is None) == (result.by_views is None)


@given(st.decimals(min_value=0, max_value=1000, places=2))
def test_bands_are_ordered(rate):
    order = ["low", "workable", "healthy", "strong"]
    assert order.index(band(rate)) <= order.index(band(rate + Decimal("0.01")))


def test_the_rate_is_set_beside_the_typical_rate_for_the_account_size():
    # 4,350 reactions on 100,000 views: 4.35% by views; 50,000 followers is a mid-tier account,
    # for which the reported typical range by views is 3% to 5%: within it.
    outputs = evaluate("engagement-rate").outputs()
    assert outputs["tier"] == "mid"
    assert (outputs["typical_low"], outputs["typical_high"]) == ("3", "5")
    assert outputs["compared"] == "typical"
    # The same rate for a mega account (1M+, typically 1% to 2%) is above its range...
    assert evaluate("engagement-rate", {"followers": "2000000"}).outputs()["compared"] == "above"
    # ...and for a nano account (typically 6% to 10%), below it.
    assert evaluate("engagement-rate", {"followers": "5000"}).outputs()["compared"] == "below"


def test_no_benchmark_below_the_smallest_tier_or_without_views():
    small = evaluate("engagement-rate", {"followers": "500"}).outputs()
    assert small["tier"] == "emerging"
    assert small["typical_low"] is None
    assert small["compared"] is None
    assert evaluate("engagement-rate", {"views": "0"}).outputs()["compared"] is None


def test_the_range_edges_are_typical():
    # Exactly 3% by views for a mid-tier account: 3,000 reactions on 100,000 views.
    outputs = evaluate("engagement-rate", {"likes": "3000", "comments": "0", "shares": "0"}).outputs()
    assert outputs["by_views"] == "3"
    assert outputs["compared"] == "typical"
