"""Quick estimate: worked examples with the arithmetic in view, and agreement with the two
calculators it is made of."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from calculators import CALCULATORS, evaluate
from calculators.catalog.quick_estimate import compute


def test_defaults():
    # Views: 250,000 qualified views / 1,000 = 250; x $0.40 = $100.00 low, x $1.00 = $250.00 high.
    # LIVE: 10,000 coins x 0.5 diamond per coin = 5,000 diamonds; x $0.005 = $25.00 at both ends.
    # Low: 100 + 25 = $125.00; high: 250 + 25 = $275.00.
    assert evaluate("quick-estimate").outputs() == {"monthly_low": "125.00", "monthly_high": "275.00"}


def test_typed_in_both_languages():
    # 1,200,000 / 1,000 = 1,200; x $0.40 = $480.00, x $1.00 = $1,200.00.
    # 3,000 coins x 0.5 = 1,500 diamonds x $0.005 = $7.50.
    # Low: 480 + 7.50 = $487.50; high: 1,200 + 7.50 = $1,207.50.
    english = evaluate("quick-estimate", {"qualified_views": "1,200,000", "live_coins": "3,000"}, "en")
    french = evaluate("quick-estimate", {"qualified_views": "1 200 000", "live_coins": "3 000"}, "fr")
    assert english.outputs() == french.outputs() == {"monthly_low": "487.50", "monthly_high": "1207.50"}
    assert english.formatted() == {"monthly_low": "$487.50", "monthly_high": "$1,207.50"}
    assert french.formatted()["monthly_high"] == "1\u202f207,50\u00a0$US"


def test_cents_are_kept_until_the_end():
    # 1,234 / 1,000 x $0.37 = $0.45658; 7 coins x 0.5 x $0.005 = $0.0175.
    # Low: 0.45658 + 0.0175 = 0.47408 -> $0.47 (rounding each part first would give 0.46 + 0.02 = 0.48).
    # High: 1,234 / 1,000 x $0.99 = 1.22166 + 0.0175 = 1.23916 -> $1.24.
    outputs = evaluate(
        "quick-estimate", {"qualified_views": "1234", "live_coins": "7", "rpm_low": "0.37", "rpm_high": "0.99"}
    ).outputs()
    assert outputs == {"monthly_low": "0.47", "monthly_high": "1.24"}


def test_live_only_gives_one_figure():
    # No views: the range is only the LIVE part, the same at both ends: 2,000 x 0.5 x $0.005 = $5.00.
    outputs = evaluate("quick-estimate", {"qualified_views": "0", "live_coins": "2000"}).outputs()
    assert outputs == {"monthly_low": "5.00", "monthly_high": "5.00"}


def test_low_rpm_above_high_is_refused_on_the_low_field():
    evaluation = evaluate("quick-estimate", {"rpm_low": "2"})
    assert evaluation.errors == {"rpm_low": "The low value must not be above the high value (1)."}


def test_defaults_are_the_parts_calculators_defaults():
    """Same views and rates as the Creator Rewards calculator, same LIVE rates as the LIVE gifts one."""
    quick = CALCULATORS["quick-estimate"].defaults()
    rewards = CALCULATORS["creator-rewards"].defaults()
    gifts = CALCULATORS["live-gifts"].defaults()
    assert {name: quick[name] for name in rewards} == rewards
    assert (quick["diamonds_per_coin"], quick["usd_per_diamond"]) == (
        gifts["diamonds_per_coin"],
        gifts["usd_per_diamond"],
    )


def test_is_compact():
    assert CALCULATORS["quick-estimate"].compact
    assert not CALCULATORS["live-gifts"].compact


@given(
    views=st.integers(0, 10**12),
    coins=st.integers(0, 10**12),
    low=st.decimals(0, 500, places=2),
    spread=st.decimals(0, 500, places=2),
)
def test_the_range_is_the_sum_of_the_parts(views, coins, low, spread):
    high = low + spread
    rates = {"rpm_low": f"{low}", "rpm_high": f"{high}"}
    quick = evaluate("quick-estimate", {"qualified_views": str(views), "live_coins": str(coins), **rates}).result
    rewards = evaluate("creator-rewards", {"qualified_views": str(views), **rates}).result
    gifts = evaluate("live-gifts", {"coins": str(coins)}).result
    assert quick.monthly_low == rewards.monthly_low + gifts.earnings
    assert quick.monthly_high == rewards.monthly_high + gifts.earnings
    assert quick.monthly_low <= quick.monthly_high
    assert compute(views, coins, low, high, Decimal("0.5"), Decimal("0.005")) == quick
