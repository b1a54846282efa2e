"""Income mix: totals, shares, the diversification hint and the take-home after the reader's
own tax rate, with the arithmetic in view."""

import json
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from calculators import evaluate
from calculators.catalog.income_mix import CALCULATOR, STREAMS, compute
from calculators.cli import main
from calculators.rates import RATES, Role

CODES = [stream.code for stream in STREAMS]
NOTHING = dict.fromkeys(CODES, "0")


def test_defaults():
    # 150 + 50 + 100 + 0 + 500 + 100 + 100 + 0 = $1,000 a month; x 12 = $12,000 a year.
    # Shares: 150 / 1,000 = 15 %, 5 %, 10 %, 0 %, 50 %, 10 %, 10 %, 0 %. Brand deals lead with 50 %,
    # not over 70 %: no hint. No tax rate is assumed: take-home = 1,000 x (100 - 0) / 100 = $1,000.
    assert evaluate("income-mix").outputs() == {
        "total": "1000.00",
        "yearly": "12000.00",
        "largest_stream": "brand_deals",
        "share_creator_rewards": "15",
        "share_live_gifts": "5",
        "share_subscriptions": "10",
        "share_series": "0",
        "share_brand_deals": "50",
        "share_affiliate": "10",
        "share_own_products": "10",
        "share_other": "0",
        "hint": None,
        "take_home": "1000.00",
        "take_home_yearly": "12000.00",
        # New outputs go last. No tax: $0. Creator Rewards pays out from $50: $150 a month is
        # withdrawable every month (1); LIVE gifts from $100: $50 a month takes 100 / 50 = 2 months.
        "tax": "0.00",
        "payout_months_creator_rewards": "1",
        "payout_months_live_gifts": "2",
    }


def test_take_home_gross_to_net_and_payout_minimums():
    # $1,000 - $150 of Creator Rewards - $50 + $30 of LIVE gifts = $830; at 25%: $207.50 of tax,
    # $622.50 kept. $30 of LIVE gifts a month: 100 / 30 = 3.33, so 4 months before a withdrawal.
    outputs = evaluate("income-mix", {"tax_rate": "25", "live_gifts": "30", "creator_rewards": "0"}).outputs()
    assert (outputs["tax"], outputs["take_home"]) == ("207.50", "622.50")
    assert outputs["payout_months_live_gifts"] == "4"
    assert outputs["payout_months_creator_rewards"] is None  # nothing earned: never
    chart = evaluate("income-mix", {"tax_rate": "25"}, "fr").charts()[1]
    assert chart["title"] == "Du brut au net, par mois"
    assert chart["series"][0]["values"] == ["1000.00", "250.00", "750.00"]


def test_take_home_after_the_readers_own_rate():
    # Defaults total $1,000 a month; at 25 %: 1,000 x (100 - 25) / 100 = $750 a month,
    # 750 x 12 = $9,000 a year.
    outputs = evaluate("income-mix", {"tax_rate": "25"}).outputs()
    assert outputs["total"] == "1000.00"
    assert outputs["take_home"] == "750.00"
    assert outputs["take_home_yearly"] == "9000.00"


def test_take_home_in_french_with_a_decimal_rate():
    # 2 000 $ de partenariats à 12,5 % : 2 000 x 87,5 / 100 = 1 750 $ par mois ; x 12 = 21 000 $ par an.
    evaluation = evaluate("income-mix", {**NOTHING, "brand_deals": "2 000", "tax_rate": "12,5"}, "fr")
    assert evaluation.outputs()["take_home"] == "1750.00"
    assert evaluation.outputs()["take_home_yearly"] == "21000.00"
    assert evaluation.formatted()["take_home"] == "1\u202f750,00\u00a0$US"


def test_take_home_rounds_to_the_cent():
    # $333.33 at 33.33 %: 333.33 x 66.67 / 100 = 222.231111 -> $222.23; x 12 = 2,666.773332 -> $2,666.77.
    outputs = evaluate("income-mix", {**NOTHING, "other": "333.33", "tax_rate": "33.33"}).outputs()
    assert outputs["take_home"] == "222.23"
    assert outputs["take_home_yearly"] == "2666.77"


def test_a_rate_of_a_hundred_leaves_nothing_and_more_is_refused():
    # 1,000 x (100 - 100) / 100 = 0.
    assert evaluate("income-mix", {"tax_rate": "100"}).outputs()["take_home"] == "0.00"
    assert set(evaluate("income-mix", {"tax_rate": "100.5"}).errors) == {"tax_rate"}
    assert set(evaluate("income-mix", {"tax_rate": "-1"}).errors) == {"tax_rate"}


def test_the_tax_rate_starts_at_zero_and_is_an_example_not_a_source():
    # The site never guesses a tax rate: the default is 0, an example with no source to cite.
    field = CALCULATOR.field("tax_rate")
    assert field.default == 0
    assert RATES["income_mix.tax_rate"].role is Role.EXAMPLE
    assert not field.is_assumption


def test_concentration_over_the_limit_gives_a_hint():
    # 71 + 29 = 100: brand deals are 71 % > 70 %.
    evaluation = evaluate("income-mix", {**NOTHING, "brand_deals": "71", "other": "29"})
    assert evaluation.outputs()["hint"] == (
        "71% of your income comes from one stream: Brand deals. Past 70% that is a risk; "
        "other streams would protect you if it dried up."
    )
    assert evaluation.formatted()["hint"] == evaluation.outputs()["hint"]


def test_exactly_at_the_limit_gives_no_hint():
    # 70 / 100 = 70 %, not over 70 %.
    evaluation = evaluate("income-mix", {**NOTHING, "live_gifts": "70", "other": "30"})
    assert evaluation.outputs()["share_live_gifts"] == "70"
    assert evaluation.outputs()["hint"] is None
    assert evaluation.formatted()["hint"] == ""


def test_hint_in_french():
    # 1 000 $ en Séries sur 1 200 $ : 83,33 %.
    evaluation = evaluate("income-mix", {**NOTHING, "series": "1 000", "other": "200"}, "fr")
    assert evaluation.outputs()["share_series"] == "83.33"
    assert evaluation.outputs()["hint"] == (
        "83,33\u202f% de tes revenus viennent d'une seule source : Séries. Au-delà de 70\u202f%, c'est risqué ; "
        "d'autres sources te protégeraient si celle-ci se tarissait."
    )
    assert evaluation.formatted()["largest_stream"] == "Séries"
    assert evaluation.formatted()["total"] == "1\u202f200,00\u00a0$US"


def test_shares_are_rounded_and_the_largest_is_named():
    # 1 + 1 + 1 = 3: each is 33.333... % -> 33.33; on a tie the first listed stream wins.
    evaluation = evaluate("income-mix", {**NOTHING, "live_gifts": "1", "affiliate": "1", "other": "1"})
    outputs = evaluation.outputs()
    assert outputs["share_live_gifts"] == outputs["share_affiliate"] == outputs["share_other"] == "33.33"
    assert outputs["largest_stream"] == "live_gifts"
    assert evaluation.formatted()["largest_stream"] == "LIVE gifts"


def test_no_income_means_no_shares():
    evaluation = evaluate("income-mix", NOTHING, "fr")
    outputs = evaluation.outputs()
    assert outputs["total"] == "0.00"
    assert outputs["yearly"] == "0.00"
    assert outputs["largest_stream"] is None
    assert outputs["hint"] is None
    assert all(outputs[f"share_{code}"] is None for code in CODES)
    assert evaluation.formatted()["share_series"] == "non disponible"


def test_english_typing_with_currency_signs():
    # $1,234.50 + $765.50 = $2,000.00.
    evaluation = evaluate("income-mix", {**NOTHING, "brand_deals": "$1,234.50", "affiliate": "765.50 USD"})
    assert evaluation.outputs()["total"] == "2000.00"
    assert evaluation.formatted()["yearly"] == "$24,000.00"


def test_negative_income_is_refused():
    assert set(evaluate("income-mix", {"other": "-5"}).errors) == {"other"}


def test_cli(capsys):
    assert main(["income-mix", "--json", "--lang", "fr", "brand_deals=9 000"]) == 0
    outputs = json.loads(capsys.readouterr().out)
    # 9 000 + 500 other dollars of the defaults = 9 500; 9 000 / 9 500 = 94.74 %.
    assert outputs["total"] == "9500.00"
    assert outputs["share_brand_deals"] == "94.74"
    assert outputs["hint"].startswith("94,74\u202f% de tes revenus")
    assert main(["income-mix", "--json", "series=a lot"]) == 2
    assert "series" in capsys.readouterr().err


money = st.decimals(min_value=0, max_value=10**9, places=2)


@given(st.lists(money, min_size=8, max_size=8), st.sampled_from(["en", "fr"]))
def test_shares_add_up_and_stay_in_range(amounts, lang):
    result = compute(*amounts, lang=lang)
    assert result.total == sum(amounts)
    assert result.yearly == 12 * result.total
    shares = [getattr(result, f"share_{code}") for code in CODES]
    if result.total:
        assert all(share.is_finite() and 0 <= share <= 100 for share in shares)
        assert abs(sum(shares) - 100) < Decimal("1e-20")
        assert result.largest_stream in CODES
        assert (result.hint is not None) == (max(shares) > 70)
    else:
        assert shares == [None] * 8
        assert result.largest_stream is None
        assert result.hint is None


@given(st.lists(money, min_size=8, max_size=8), st.integers(0, 7), money)
def test_more_income_never_lowers_the_total(amounts, index, extra):
    more = list(amounts)
    more[index] += extra
    assert compute(*more).total >= compute(*amounts).total >= 0


rates = st.decimals(min_value=0, max_value=100, places=2)


@given(st.lists(money, min_size=8, max_size=8), rates)
def test_take_home_never_exceeds_the_total(amounts, tax_rate):
    result = compute(*amounts, tax_rate=tax_rate)
    assert 0 <= result.take_home <= result.total
    assert result.take_home_yearly == 12 * result.take_home
    assert (result.take_home == result.total) == (tax_rate == 0 or result.total == 0)


@given(st.lists(money, min_size=8, max_size=8))
def test_no_tax_rate_means_take_home_is_the_total(amounts):
    result = compute(*amounts)
    assert result.take_home == result.total
    assert result.take_home_yearly == result.yearly
