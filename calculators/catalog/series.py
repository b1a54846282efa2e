"""TikTok Series: what selling a paid collection of videos earns.

Store and payment fees take roughly 30% of the price before the creator is paid, so earnings
are the gross sales times the creator's share; the price is limited to what TikTok allows.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..fields import Calculator, GoalSeek, Kind, Output, OutputKind, from_rate
from ..rates import rate
from ..text import Lang, Text


@dataclass(frozen=True)
class Series:
    gross: Decimal
    earnings: Decimal


def compute(price: Decimal, buyers: int, creator_share: Decimal, lang: Lang = "en") -> Series:
    gross = price * buyers
    return Series(gross, gross * creator_share / 100)


CALCULATOR = Calculator(
    slug="series",
    title=Text("TikTok Series calculator", "Calculateur de Séries TikTok"),
    question=Text(
        "What would a paid Series earn me?",
        "Combien me rapporterait une Série payante ?",
    ),
    summary=Text(
        "Estimate what a paid Series brings in from its price and the number of buyers.",
        "Estime ce que rapporte une Série payante selon son prix et le nombre d'acheteurs.",
    ),
    fields=(
        from_rate(
            "price",
            Kind.MONEY,
            "series.price",
            Text("Price of the Series (USD)", "Prix de la Série (USD)"),
            help=Text(
                'TikTok allows {{ rate("series.price_min") }} to {{ rate("series.price_max") }}.',
                'TikTok autorise de {{ rate("series.price_min") }} à {{ rate("series.price_max") }}.',
            ),
            minimum=rate("series.price_min"),
            maximum=rate("series.price_max"),
        ),
        from_rate(
            "buyers",
            Kind.COUNT,
            "series.buyers",
            Text("Buyers", "Acheteurs"),
        ),
        from_rate(
            "creator_share",
            Kind.PERCENT,
            "series.creator_share",
            Text("Your share after store fees (%)", "Ta part après frais des stores (%)"),
            help=Text(
                'You keep {{ rate("series.share_after_fees") }} of what is left after app-store and payment fees, about {{ rate("series.creator_share") }} of the price.',
                'Tu gardes {{ rate("series.share_after_fees") }} de ce qui reste après les frais des stores et de paiement, soit environ {{ rate("series.creator_share") }} du prix.',
            ),
            maximum=Decimal(100),
        ),
    ),
    outputs=(
        Output("gross", OutputKind.MONEY, Text("Gross sales", "Ventes brutes")),
        Output("earnings", OutputKind.MONEY, Text("Your earnings", "Tes gains")),
    ),
    compute=compute,
    working=(
        Text(
            "{price} × {buyers} buyers = {gross} in sales",
            "{price} × {buyers} acheteurs = {gross} de ventes",
        ),
        Text(
            "{gross} × {creator_share} = {earnings} for you",
            "{gross} × {creator_share} = {earnings} pour toi",
        ),
    ),
    goal=GoalSeek(("earnings",), Text("Buyers needed a month", "Acheteurs nécessaires par mois"), solve="buyers"),
)
