"""Brand deal: worked examples with the arithmetic in view, tiers at their edges, properties."""

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import evaluate
from calculators.catalog.brand_deal import compute
from calculators.cli import main


def test_defaults():
    # 50,000 / 1,000 x $10 = $500; engagement 2.5 / 2.5 = 1; standard x 1.0; no surcharge.
    # Low 500 x 0.85 = $425, high 500 x 1.15 = $575. 50,000 followers is exactly the mid tier.
    assert evaluate("brand-deal").outputs() == {"low": "425.00", "mid": "500.00", "high": "575.00", "tier": "mid"}


def test_every_input_at_work():
    # 20,000 / 1,000 x $12 = $240; engagement 5 / 2.5 = 2 (inside [0.6, 2.2]); long form x 1.3 = $624;
    # surcharges 50 + 20 + 30 = 100 %: x 2 = $1,248. Low 1,248 x 0.85 = $1,060.80; high x 1.15 = $1,435.20.
    raw = {
        "followers": "20000",
        "engagement_rate": "5",
        "rate_per_thousand": "12",
        "format": "long_form",
        "usage_rights": "50",
        "exclusivity": "20",
        "rush": "30",
    }
    assert evaluate("brand-deal", raw).outputs() == {
        "low": "1060.80",
        "mid": "1248.00",
        "high": "1435.20",
        "tier": "micro",
    }


@pytest.mark.parametrize(
    ("engagement", "mid"),
    [
        # $500 base at 50,000 followers, times the clamped multiplier.
        ("0", "300.00"),  # 0 / 2.5 = 0, raised to the floor 0.6: $300
        ("1.5", "300.00"),  # 1.5 / 2.5 = 0.6 exactly: $300
        ("2", "400.00"),  # 0.8: $400
        ("5.5", "1100.00"),  # 2.2 exactly, the ceiling: $1,100
        ("20", "1100.00"),  # 8, cut to 2.2: $1,100
    ],
)
def test_engagement_multiplier_is_clamped(engagement, mid):
    assert evaluate("brand-deal", {"engagement_rate": engagement}).outputs()["mid"] == mid


@pytest.mark.parametrize(
    ("fmt", "mid"),
    [("standard", "500.00"), ("long_form", "650.00"), ("spark_ad", "775.00"), ("campaign", "1200.00")],
)
def test_format_factors(fmt, mid):
    # $500 x 1.0, 1.3, 1.55, 2.4.
    assert evaluate("brand-deal", {"format": fmt}).outputs()["mid"] == mid


def test_format_by_label_in_either_language():
    assert evaluate("brand-deal", {"format": "Vidéo longue"}, "fr").values["format"] == "long_form"
    assert evaluate("brand-deal", {"format": "Campaign"}).values["format"] == "campaign"
    assert set(evaluate("brand-deal", {"format": "reel"}).errors) == {"format"}


@pytest.mark.parametrize(
    ("followers", "tier"),
    [
        ("0", "emerging"),
        ("999", "emerging"),
        ("1000", "nano"),
        ("9999", "nano"),
        ("10000", "micro"),
        ("49999", "micro"),
        ("50000", "mid"),
        ("499999", "mid"),
        ("500000", "macro"),
        ("999999", "macro"),
        ("1000000", "mega"),
    ],
)
def test_tiers_at_their_thresholds(followers, tier):
    assert evaluate("brand-deal", {"followers": followers}).outputs()["tier"] == tier


def test_no_followers_is_a_zero_price_not_an_error():
    assert evaluate("brand-deal", {"followers": "0"}).outputs() == {
        "low": "0.00",
        "mid": "0.00",
        "high": "0.00",
        "tier": "emerging",
    }


def test_french_typing_and_output():
    # 12 500 followers, 3,75 %: 12.5 x $10 = $125; 3.75 / 2.5 = 1.5: $187.50; high x 1.15 = $215.625 -> $215.63.
    evaluation = evaluate("brand-deal", {"followers": "12 500", "engagement_rate": "3,75 %"}, "fr")
    assert evaluation.outputs()["mid"] == "187.50"
    assert evaluation.outputs()["high"] == "215.63"
    assert evaluation.formatted()["mid"] == "187,50\u00a0$US"
    assert evaluation.formatted()["tier"] == "Micro"


def test_english_output_labels():
    evaluation = evaluate("brand-deal", {"followers": "2,000,000"})
    assert evaluation.formatted()["tier"] == "Mega"
    assert evaluation.formatted()["mid"] == "$20,000.00"


def test_surcharges_are_bounded():
    evaluation = evaluate("brand-deal", {"rush": "501", "exclusivity": "-1"}, "fr")
    assert evaluation.errors == {"rush": "Saisis au plus 500.", "exclusivity": "Saisis au moins 0."}


def test_cli(capsys):
    assert main(["brand-deal", "--json", "--lang", "fr", "followers=12 500", "engagement_rate=3,75"]) == 0
    assert json.loads(capsys.readouterr().out)["mid"] == "187.50"
    assert main(["brand-deal", "--json", "format=tiktok"]) == 2
    assert "format" in capsys.readouterr().err


percents = st.decimals(min_value=0, max_value=500, places=2)
money = st.decimals(min_value=0, max_value=10_000, places=2)
formats = st.sampled_from(["standard", "long_form", "spark_ad", "campaign"])


@given(
    followers=st.integers(0, 10**12),
    extra=st.integers(0, 10**9),
    engagement=st.decimals(min_value=0, max_value=1000, places=2),
    base=money,
    fmt=formats,
    usage=percents,
    exclusivity=percents,
    rush=percents,
)
def test_more_followers_never_lower_the_price(followers, extra, engagement, base, fmt, usage, exclusivity, rush):
    fewer = compute(followers, engagement, base, fmt, usage, exclusivity, rush)
    more = compute(followers + extra, engagement, base, fmt, usage, exclusivity, rush)
    assert more.mid >= fewer.mid
    assert more.low >= fewer.low


@given(
    followers=st.integers(0, 10**12),
    engagement=st.decimals(min_value=0, max_value=1000, places=2),
    base=money,
    fmt=formats,
    usage=percents,
    exclusivity=percents,
    rush=percents,
)
def test_valid_input_gives_an_ordered_finite_range(followers, engagement, base, fmt, usage, exclusivity, rush):
    result = compute(followers, engagement, base, fmt, usage, exclusivity, rush)
    for value in (result.low, result.mid, result.high):
        assert value.is_finite()
        assert value >= 0
    assert result.low <= result.mid <= result.high
    assert result.low == result.mid * Decimal("0.85")
