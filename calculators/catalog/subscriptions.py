"""Subscriptions: monthly income from paying subscribers.

TikTok keeps part of each subscription and may add a bonus share on top of the base share, so
both shares are inputs; together they can never exceed the whole price.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..fields import HUNDRED, MONTHS_PER_YEAR, Calculator, GoalSeek, Kind, Output, OutputKind, Spread, from_rate
from ..messages import message
from ..text import Lang, Text


@dataclass(frozen=True)
class Subscriptions:
    monthly: Decimal
    yearly: Decimal


def compute(
    subscribers: int,
    price: Decimal,
    creator_share: Decimal,
    bonus_share: Decimal,
    lang: Lang = "en",
) -> Subscriptions:
    monthly = subscribers * price * (creator_share + bonus_share) / 100
    return Subscriptions(monthly, MONTHS_PER_YEAR * monthly)


def cross_check(values: Mapping[str, Any], lang: Lang) -> Mapping[str, str]:
    """A creator cannot receive more than the subscriber pays."""
    if values["creator_share"] + values["bonus_share"] > HUNDRED:
        return {"bonus_share": message("shares_over_100", lang)}
    return {}


CALCULATOR = Calculator(
    slug="subscriptions",
    title=Text("Subscriptions calculator", "Calculateur d'Abonnements"),
    question=Text(
        "How much do my paying subscribers bring in each month and each year?",
        "Combien me rapportent mes abonnés payants chaque mois et chaque année ?",
    ),
    summary=Text(
        "Estimate what your paying subscribers bring in each month and each year.",
        "Estime ce que tes abonnés payants te rapportent chaque mois et chaque année.",
    ),
    fields=(
        from_rate(
            "subscribers",
            Kind.COUNT,
            "subscriptions.subscribers",
            Text("Paying subscribers", "Abonnés payants"),
            help=Text(
                "People who pay for a monthly subscription, not your followers.",
                "Les personnes qui paient un abonnement mensuel, pas tes followers.",
            ),
        ),
        from_rate(
            "price",
            Kind.MONEY,
            "subscriptions.price",
            Text("Monthly price (USD)", "Prix mensuel (USD)"),
            help=Text(
                'At launch, TikTok offered prices from {{ range("subscriptions.price") }}.',
                'Au lancement, TikTok proposait des prix de {{ range("subscriptions.price") }}.',
            ),
            maximum=Decimal(10_000),
        ),
        from_rate(
            "creator_share",
            Kind.PERCENT,
            "subscriptions.creator_share",
            Text("Your base share (%)", "Ta part de base (%)"),
            help=Text(
                '{{ rate("subscriptions.creator_share") }} outside the US and Canada; {{ rate("subscriptions.creator_share_us_ca") }} there since {{ as_of("subscriptions.creator_share_us_ca") }}.',
                '{{ rate("subscriptions.creator_share") }} hors États-Unis et Canada ; {{ rate("subscriptions.creator_share_us_ca") }} là-bas depuis le {{ as_of("subscriptions.creator_share_us_ca") }}.',
            ),
            maximum=HUNDRED,
        ),
        from_rate(
            "bonus_share",
            Kind.PERCENT,
            "subscriptions.bonus_share",
            Text("Bonus share (%)", "Part bonus (%)"),
            help=Text(
                'Up to {{ rate("subscriptions.bonus_share_max") }} more when you reach TikTok\'s bonus goals.',
                'Jusqu\'à {{ rate("subscriptions.bonus_share_max") }} de plus si tu atteins les objectifs bonus de TikTok.',
            ),
            maximum=HUNDRED,
        ),
    ),
    outputs=(
        Output("monthly", OutputKind.MONEY, Text("Per month", "Par mois")),
        Output("yearly", OutputKind.MONEY, Text("Per year", "Par an")),
    ),
    compute=compute,
    spreads=(Spread("price", "subscriptions.price", "monthly"),),
    working=(
        Text(
            "{subscribers} subscribers × {price} × ({creator_share} + {bonus_share}) = {monthly} a month",
            "{subscribers} abonnés × {price} × ({creator_share} + {bonus_share}) = {monthly} par mois",
        ),
        Text(
            "{monthly} × 12 months = {yearly} a year",
            "{monthly} × 12 mois = {yearly} par an",
        ),
    ),
    goal=GoalSeek(("monthly",), Text("Paying subscribers needed", "Abonnés payants nécessaires"), solve="subscribers"),
    cross_check=cross_check,
)
