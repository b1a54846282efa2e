"""Engagement rate: how many viewers reacted, measured against views and against followers.

Brands and TikTok's own ranking care about reactions, not raw likes, and tools disagree on the
denominator (views or followers), so the calculator gives both and rates the one by views.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..fields import Calculator, Chart, ChartKind, Choice, Kind, Output, OutputKind, from_rate
from ..rates import rate
from ..text import Lang, Text

BANDS = (
    Choice("low", Text("Low", "Faible")),
    Choice("workable", Text("Workable", "Correct")),
    Choice("healthy", Text("Healthy", "Sain")),
    Choice("strong", Text("Strong", "Fort")),
)


@dataclass(frozen=True)
class EngagementRate:
    by_views: Decimal | None
    """Reactions per 100 views; None without views."""
    by_followers: Decimal | None
    """Reactions per 100 followers; None without followers."""
    band: str | None
    """How the rate by views compares with the editorial bands; None without views."""


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
    return EngagementRate(by_views, by_followers, band(by_views) if by_views is not None else None)


CALCULATOR = Calculator(
    slug="engagement-rate",
    title=Text("Engagement rate calculator", "Calculateur de taux d'engagement"),
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
