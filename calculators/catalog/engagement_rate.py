"""Engagement rate: how many viewers reacted, measured against views and against followers.

Brands and TikTok's own ranking care about reactions, not raw likes, and tools disagree on the
denominator (views or followers), so the calculator gives both, rates the one by views, and sets
it beside the rate reported as typical for accounts of the same size (smaller accounts engage more).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..fields import Calculator, Chart, ChartKind, Choice, Kind, Output, OutputKind, from_rate
from ..rates import RATES, rate
from ..text import Lang, Text
from .brand_deal import TIERS, tier

BANDS = (
    Choice("low", Text("Low", "Faible")),
    Choice("workable", Text("Workable", "Correct")),
    Choice("healthy", Text("Healthy", "Sain")),
    Choice("strong", Text("Strong", "Fort")),
)


COMPARED = (
    Choice("below", Text("Below the typical range", "Sous la fourchette habituelle")),
    Choice("typical", Text("Within the typical range", "Dans la fourchette habituelle")),
    Choice("above", Text("Above the typical range", "Au-dessus de la fourchette habituelle")),
)


@dataclass(frozen=True)
class EngagementRate:
    by_views: Decimal | None
    """Reactions per 100 views; None without views."""
    by_followers: Decimal | None
    """Reactions per 100 followers; None without followers."""
    band: str | None
    """How the rate by views compares with the editorial bands; None without views."""
    tier: str
    """The account's size, by followers."""
    typical_low: Decimal | None
    typical_high: Decimal | None
    """The rate by views reported as typical for accounts of this size; None below the smallest tier."""
    compared: str | None
    """The rate by views against that typical range; None without views or a benchmark."""


def band(by_views: Decimal) -> str:
    """The band a rate by views falls in: each band starts at its threshold, inclusive."""
    if by_views >= rate("engagement.band_strong"):
        return "strong"
    if by_views >= rate("engagement.band_healthy"):
        return "healthy"
    if by_views >= rate("engagement.band_workable"):
        return "workable"
    return "low"


def compute(
    likes: int,
    comments: int,
    shares: int,
    saves: int,
    views: int,
    followers: int,
    lang: Lang = "en",
) -> EngagementRate:
    # Multiply before dividing, in Decimal: counts arrive as ints, and int / int would be a float.
    reactions = Decimal(likes + comments + shares + saves) * 100
    by_views = reactions / views if views else None
    by_followers = reactions / followers if followers else None
    size = tier(followers)
    benchmark = RATES.get(f"engagement.benchmark.{size}")
    low = benchmark.low.value if benchmark and benchmark.low else None
    high = benchmark.high.value if benchmark and benchmark.high else None
    compared = None
    if by_views is not None and low is not None and high is not None:
        compared = "below" if by_views < low else "above" if by_views > high else "typical"
    return EngagementRate(
        by_views, by_followers, band(by_views) if by_views is not None else None, size, low, high, compared
    )


CALCULATOR = Calculator(
    slug="engagement-rate",
    title=Text("Engagement rate calculator", "Calculateur de taux d'engagement"),
    question=Text(
        "What is my engagement rate, and is it low or strong?",
        "Quel est mon taux d'engagement, et est-il faible ou fort ?",
    ),
    summary=Text(
        "Add up likes, comments, shares and saves, and see your engagement rate by views and by followers.",
        "Additionne j'aime, commentaires, partages et enregistrements, et obtiens ton taux d'engagement par vues et par followers.",
    ),
    fields=(
        from_rate(
            "likes",
            Kind.COUNT,
            "engagement.likes",
            Text("Likes", "J'aime"),
            help=Text("On one video, or added up over several.", "Sur une vidéo, ou additionnés sur plusieurs."),
        ),
        from_rate("comments", Kind.COUNT, "engagement.comments", Text("Comments", "Commentaires")),
        from_rate("shares", Kind.COUNT, "engagement.shares", Text("Shares", "Partages")),
        from_rate(
            "saves",
            Kind.COUNT,
            "engagement.saves",
            Text("Saves", "Enregistrements"),
            help=Text(
                "Some tools leave saves out; keep 0 to compare with them.",
                "Certains outils ne comptent pas les enregistrements ; laisse 0 pour comparer avec eux.",
            ),
        ),
        from_rate(
            "views",
            Kind.COUNT,
            "engagement.views",
            Text("Views", "Vues"),
            help=Text("Views of the same videos.", "Les vues des mêmes vidéos."),
        ),
        from_rate(
            "followers",
            Kind.COUNT,
            "engagement.followers",
            Text("Followers", "Followers"),
            help=Text("Your follower count today.", "Ton nombre de followers aujourd'hui."),
        ),
    ),
    outputs=(
        Output("by_views", OutputKind.PERCENT, Text("Engagement rate by views", "Taux d'engagement par vues")),
        Output(
            "by_followers", OutputKind.PERCENT, Text("Engagement rate by followers", "Taux d'engagement par followers")
        ),
        Output("band", OutputKind.CHOICE, Text("Rating (by views)", "Appréciation (par vues)"), choices=BANDS),
        Output("tier", OutputKind.CHOICE, Text("Account size", "Taille du compte"), choices=TIERS),
        Output(
            "typical_low",
            OutputKind.PERCENT,
            Text("Typical rate by views for this size, from", "Taux habituel par vues pour cette taille, de"),
        ),
        Output("typical_high", OutputKind.PERCENT, Text("to", "à")),
        Output(
            "compared",
            OutputKind.CHOICE,
            Text("Your rate by views, for accounts of your size", "Ton taux par vues, pour les comptes de ta taille"),
            choices=COMPARED,
        ),
    ),
    compute=compute,
    charts=(
        Chart(
            ChartKind.BARS,
            Text("Engagement rate, by views and by followers", "Taux d'engagement, par vues et par followers"),
            ("by_views", "by_followers"),
        ),
    ),
)
