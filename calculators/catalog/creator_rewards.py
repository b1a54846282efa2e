"""Creator Rewards Program: a range of monthly and yearly earnings from qualified views.

TikTok publishes no RPM (revenue per 1,000 qualified views), and creators report a wide spread,
so the calculator shows a low and a high estimate from two editable RPMs instead of one number.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..fields import (
    MONTHS_PER_YEAR,
    Calculator,
    Chart,
    ChartKind,
    GoalSeek,
    Kind,
    Output,
    OutputKind,
    Spread,
    from_rate,
    low_not_above_high,
)
from ..text import Lang, Text


@dataclass(frozen=True)
class CreatorRewards:
    monthly_low: Decimal
    monthly_high: Decimal
    yearly_low: Decimal
    yearly_high: Decimal


def compute(qualified_views: int, rpm_low: Decimal, rpm_high: Decimal, lang: Lang = "en") -> CreatorRewards:
    # Multiply before dividing: views x rpm is exact, and dividing by 1,000 stays exact.
    monthly_low = qualified_views * rpm_low / 1000
    monthly_high = qualified_views * rpm_high / 1000
    return CreatorRewards(monthly_low, monthly_high, MONTHS_PER_YEAR * monthly_low, MONTHS_PER_YEAR * monthly_high)


CALCULATOR = Calculator(
    slug="creator-rewards",
    title=Text("Creator Rewards Program calculator", "Calculateur du Programme de récompenses pour les créateurs"),
    question=Text(
        "How much would my qualified views earn in a month and in a year?",
        "Combien me rapporteraient mes vues qualifiées sur un mois et sur un an ?",
    ),
    summary=Text(
        "Estimate what a month of qualified views pays in the Creator Rewards Program, as a range from a low and a high RPM.",
        "Estime ce que rapporte un mois de vues qualifiées dans le Programme de récompenses pour les créateurs, sous forme de fourchette entre un RPM bas et un RPM haut.",
    ),
    fields=(
        from_rate(
            "qualified_views",
            Kind.COUNT,
            "creator_rewards.qualified_views",
            Text("Qualified views per month", "Vues qualifiées par mois"),
            help=Text(
                'Views from the For You feed, watched at least {{ rate("creator_rewards.qualified_view_seconds") }} seconds, counted once per viewer.',
                'Vues venues du fil Pour toi, regardées au moins {{ rate("creator_rewards.qualified_view_seconds") }} secondes, comptées une fois par spectateur.',
            ),
        ),
        from_rate(
            "rpm_low",
            Kind.MONEY,
            "creator_rewards.rpm_low",
            Text("Low RPM (USD per 1,000 qualified views)", "RPM bas (USD pour 1 000 vues qualifiées)"),
            help=Text(
                'Most reports give {{ rate("creator_rewards.rpm_low") }} to {{ rate("creator_rewards.rpm_high") }}; the widest spread reported is {{ range("creator_rewards.rpm_spread") }}.',
                'La plupart des témoignages donnent {{ rate("creator_rewards.rpm_low") }} à {{ rate("creator_rewards.rpm_high") }} ; l\'écart le plus large rapporté va de {{ range("creator_rewards.rpm_spread") }}.',
            ),
            maximum=Decimal(1000),
        ),
        from_rate(
            "rpm_high",
            Kind.MONEY,
            "creator_rewards.rpm_high",
            Text("High RPM (USD per 1,000 qualified views)", "RPM haut (USD pour 1 000 vues qualifiées)"),
            help=Text(
                'Another analysis gives {{ range("creator_rewards.rpm_other") }}; outliers {{ range("creator_rewards.rpm_outlier") }}.',
                'Une autre analyse donne {{ range("creator_rewards.rpm_other") }} ; des cas extrêmes {{ range("creator_rewards.rpm_outlier") }}.',
            ),
            maximum=Decimal(1000),
        ),
    ),
    outputs=(
        Output("monthly_low", OutputKind.MONEY, Text("Per month, low", "Par mois, bas")),
        Output("monthly_high", OutputKind.MONEY, Text("Per month, high", "Par mois, haut")),
        Output("yearly_low", OutputKind.MONEY, Text("Per year, low", "Par an, bas")),
        Output("yearly_high", OutputKind.MONEY, Text("Per year, high", "Par an, haut")),
    ),
    compute=compute,
    spreads=(
        Spread("rpm_low", "creator_rewards.rpm_spread", "monthly_low"),
        Spread("rpm_high", "creator_rewards.rpm_spread", "monthly_high"),
    ),
    working=(
        Text(
            "{qualified_views} qualified views × {rpm_low} ÷ 1,000 = {monthly_low} a month at the low RPM",
            "{qualified_views} vues qualifiées × {rpm_low} ÷ 1\u202f000 = {monthly_low} par mois au RPM bas",
        ),
        Text(
            "{qualified_views} qualified views × {rpm_high} ÷ 1,000 = {monthly_high} a month at the high RPM",
            "{qualified_views} vues qualifiées × {rpm_high} ÷ 1\u202f000 = {monthly_high} par mois au RPM haut",
        ),
        Text(
            "× 12 months = {yearly_low} to {yearly_high} a year",
            "× 12 mois = {yearly_low} à {yearly_high} par an",
        ),
    ),
    goal=GoalSeek(
        ("monthly_low", "monthly_high"),
        Text("Qualified views needed a month", "Vues qualifiées nécessaires par mois"),
        solve="qualified_views",
    ),
    cross_check=low_not_above_high("rpm_low", "rpm_high"),
    charts=(
        Chart(
            ChartKind.BARS,
            Text("Monthly earnings, low and high", "Gains mensuels, bas et haut"),
            ("monthly_low", "monthly_high"),
        ),
        Chart(
            ChartKind.GROWTH,
            Text("Monthly earnings as qualified views grow", "Gains mensuels selon les vues qualifiées"),
            ("monthly_low", "monthly_high"),
            vary="qualified_views",
        ),
    ),
)
