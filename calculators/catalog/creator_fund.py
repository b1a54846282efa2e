"""The legacy Creator Fund, kept for comparison with the Creator Rewards Program.

The fund closed in most countries in December 2023, yet its old rate is still quoted as if it
were current; showing what the same views paid then makes the difference concrete.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..fields import Calculator, GoalSeek, Kind, Output, OutputKind, Spread, from_rate, low_not_above_high
from ..text import Lang, Text


@dataclass(frozen=True)
class CreatorFund:
    low: Decimal
    high: Decimal


def compute(views: int, rate_low: Decimal, rate_high: Decimal, lang: Lang = "en") -> CreatorFund:
    return CreatorFund(views * rate_low / 1000, views * rate_high / 1000)


CALCULATOR = Calculator(
    slug="creator-fund",
    title=Text("Creator Fund calculator (legacy)", "Calculateur du Fonds pour les créateurs (ancien)"),
    question=Text(
        "What would the same views have earned under the old Creator Fund?",
        "Combien ces mêmes vues auraient-elles rapporté avec l'ancien Fonds pour les créateurs ?",
    ),
    summary=Text(
        "See what the same views paid under the old Creator Fund, to compare with the Creator Rewards Program.",
        "Vois ce que les mêmes vues rapportaient avec l'ancien Fonds pour les créateurs, pour comparer avec le Programme de récompenses pour les créateurs.",
    ),
    fields=(
        from_rate(
            "views",
            Kind.COUNT,
            "creator_fund.views",
            Text("Views per month", "Vues par mois"),
        ),
        from_rate(
            "rate_low",
            Kind.MONEY,
            "creator_fund.rate_low",
            Text("Low rate (USD per 1,000 views)", "Taux bas (USD pour 1 000 vues)"),
            help=Text(
                'Most reports give {{ rate("creator_fund.rate_low") }} to {{ rate("creator_fund.rate_high") }}; another analysis {{ range("creator_fund.rate_spread") }}.',
                'La plupart des sources donnent {{ rate("creator_fund.rate_low") }} à {{ rate("creator_fund.rate_high") }} ; une autre analyse de {{ range("creator_fund.rate_spread") }}.',
            ),
            maximum=Decimal(1000),
            places=3,
        ),
        from_rate(
            "rate_high",
            Kind.MONEY,
            "creator_fund.rate_high",
            Text("High rate (USD per 1,000 views)", "Taux haut (USD pour 1 000 vues)"),
            help=Text(
                'Another report gives about {{ rate("creator_fund.rate_reported") }}.',
                'Une autre source donne environ {{ rate("creator_fund.rate_reported") }}.',
            ),
            maximum=Decimal(1000),
            places=3,
        ),
    ),
    outputs=(
        Output("low", OutputKind.MONEY, Text("Earnings, low", "Gains, bas")),
        Output("high", OutputKind.MONEY, Text("Earnings, high", "Gains, haut")),
    ),
    compute=compute,
    spreads=(
        Spread("rate_low", "creator_fund.rate_spread", "low"),
        Spread("rate_high", "creator_fund.rate_spread", "high"),
    ),
    working=(
        Text(
            "{views} views × {rate_low} ÷ 1,000 = {low} at the low rate",
            "{views} vues × {rate_low} ÷ 1\u202f000 = {low} au taux bas",
        ),
        Text(
            "{views} views × {rate_high} ÷ 1,000 = {high} at the high rate",
            "{views} vues × {rate_high} ÷ 1\u202f000 = {high} au taux haut",
        ),
    ),
    goal=GoalSeek(("low", "high"), Text("Views needed a month", "Vues nécessaires par mois"), solve="views"),
    cross_check=low_not_above_high("rate_low", "rate_high"),
)
