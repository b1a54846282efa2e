"""Brand deal: a price range to quote for one sponsored post.

Follows impulze's published formula: a base rate per 1,000 followers, scaled by engagement
against a reference rate (within a floor and a ceiling), by the format, and by agreed
surcharges. Guides disagree widely, so the result is a range around the price, not one number.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..fields import Calculator, Chart, ChartKind, Choice, Field, GoalSeek, Kind, Output, OutputKind, Spread, from_rate
from ..rates import RATES, rate
from ..text import Lang, Text

FORMATS = tuple(
    Choice(code, RATES[f"brand_deal.format_{code}"].label) for code in ("standard", "long_form", "spark_ad", "campaign")
)

TIERS = (
    Choice("emerging", Text("Emerging", "Émergent")),
    Choice("nano", Text("Nano", "Nano")),
    Choice("micro", Text("Micro", "Micro")),
    Choice("mid", Text("Mid-tier", "Intermédiaire")),
    Choice("macro", Text("Macro", "Macro")),
    Choice("mega", Text("Mega", "Méga")),
)

SURCHARGE_MAXIMUM = Decimal(500)


@dataclass(frozen=True)
class BrandDeal:
    low: Decimal
    mid: Decimal
    high: Decimal
    tier: str


def tier(followers: int) -> str:
    """The tier a follower count falls in: each tier starts at its threshold, inclusive."""
    for choice in reversed(TIERS[1:]):
        if followers >= rate(f"brand_deal.tier_{choice.code}"):
            return choice.code
    return "emerging"


def engagement_multiplier(engagement_rate: Decimal) -> Decimal:
    """Engagement against the reference rate, kept between the floor and the ceiling."""
    ratio = engagement_rate / rate("brand_deal.engagement_rate")
    return min(max(ratio, rate("brand_deal.engagement_floor")), rate("brand_deal.engagement_ceiling"))


def compute(
    followers: int,
    engagement_rate: Decimal,
    rate_per_thousand: Decimal,
    format: str,
    usage_rights: Decimal,
    exclusivity: Decimal,
    rush: Decimal,
    lang: Lang = "en",
) -> BrandDeal:
    surcharges = 1 + (usage_rights + exclusivity + rush) / 100
    price = (
        followers
        * rate_per_thousand
        / 1000
        * engagement_multiplier(engagement_rate)
        * rate(f"brand_deal.format_{format}")
        * surcharges
    )
    spread = rate("brand_deal.spread") / 100
    return BrandDeal(price * (1 - spread), price, price * (1 + spread), tier(followers))


def _surcharge(name: str, label: Text, help: Text) -> Field:
    """A surcharge starting at 0, its help quoting the range guides report (`{range}`)."""
    key = f"brand_deal.{name}"
    quoted = '{{ range("' + key + '_reported") }}'
    filled = Text(help.en.replace("{range}", quoted), help.fr.replace("{range}", quoted))
    return from_rate(name, Kind.PERCENT, key, label, help=filled, maximum=SURCHARGE_MAXIMUM)


CALCULATOR = Calculator(
    slug="brand-deal",
    title=Text("Brand deal price calculator", "Calculateur de tarif pour un partenariat de marque"),
    question=Text(
        "What should I charge for a sponsored post?",
        "Combien facturer une publication sponsorisée ?",
    ),
    summary=Text(
        "Estimate what to charge for a sponsored post from your followers, your engagement rate, the format and any extras.",
        "Estime combien facturer un contenu sponsorisé selon tes followers, ton taux d'engagement, le format et les options.",
    ),
    fields=(
        from_rate(
            "followers",
            Kind.COUNT,
            "brand_deal.followers",
            Text("Followers", "Followers"),
            help=Text("Your follower count today.", "Ton nombre de followers aujourd'hui."),
        ),
        from_rate(
            "engagement_rate",
            Kind.PERCENT,
            "brand_deal.engagement_rate",
            Text("Engagement rate (%)", "Taux d'engagement (%)"),
            help=Text(
                '{{ rate("brand_deal.engagement_rate") }} is the reference: higher raises the price, lower reduces it, within limits.',
                '{{ rate("brand_deal.engagement_rate") }} sert de référence : au-dessus le prix monte, en dessous il baisse, dans certaines limites.',
            ),
            maximum=Decimal(1000),
        ),
        from_rate(
            "rate_per_thousand",
            Kind.MONEY,
            "brand_deal.rate_per_thousand",
            Text("Base rate (USD per 1,000 followers)", "Tarif de base (USD pour 1 000 followers)"),
            maximum=Decimal(10_000),
        ),
        Field(
            "format",
            Kind.CHOICE,
            Text("Format", "Format"),
            "standard",
            help=Text(
                "Longer videos, Spark Ads and whole campaigns cost more than a standard video.",
                "Une vidéo longue, une Spark Ad ou une campagne complète coûtent plus qu'une vidéo standard.",
            ),
            choices=FORMATS,
        ),
        _surcharge(
            "usage_rights",
            Text("Usage rights surcharge (%)", "Supplément droits d'utilisation (%)"),
            Text(
                "When the brand reuses your video in its own ads; guides suggest {range}.",
                "Quand la marque réutilise ta vidéo dans ses publicités ; les guides conseillent de {range}.",
            ),
        ),
        _surcharge(
            "exclusivity",
            Text("Exclusivity surcharge (%)", "Supplément exclusivité (%)"),
            Text(
                "When you agree not to work with competitors for a while; price guides give {range}.",
                "Quand tu t'engages à ne pas travailler avec des concurrents pendant un temps ; les guides de prix donnent de {range}.",
            ),
        ),
        from_rate(
            "rush",
            Kind.PERCENT,
            "brand_deal.rush",
            Text("Rush surcharge (%)", "Supplément urgence (%)"),
            help=Text(
                "For a short deadline; no price guide we found gives a figure, so agree it with the brand.",
                "Pour un délai court ; aucun guide de prix trouvé ne le chiffre : convenez-en avec la marque.",
            ),
            maximum=SURCHARGE_MAXIMUM,
        ),
    ),
    outputs=(
        Output("low", OutputKind.MONEY, Text("Price, low", "Tarif, bas")),
        Output("mid", OutputKind.MONEY, Text("Price, middle", "Tarif, milieu")),
        Output("high", OutputKind.MONEY, Text("Price, high", "Tarif, haut")),
        Output("tier", OutputKind.CHOICE, Text("Creator tier", "Palier de créateur"), choices=TIERS),
    ),
    compute=compute,
    spreads=(
        Spread("usage_rights", "brand_deal.usage_rights_reported", "mid"),
        Spread("exclusivity", "brand_deal.exclusivity_reported", "mid"),
    ),
    working=(
        Text(
            '{followers} followers × {rate_per_thousand} ÷ 1,000, adjusted for an engagement rate of {engagement_rate} against {{ rate("brand_deal.engagement_rate") }}, for the {format} format and for surcharges of {usage_rights} + {exclusivity} + {rush} = {mid}',
            '{followers} followers × {rate_per_thousand} ÷ 1\u202f000, ajusté pour un taux d\'engagement de {engagement_rate} face à {{ rate("brand_deal.engagement_rate") }}, pour le format {format} et pour des suppléments de {usage_rights} + {exclusivity} + {rush} = {mid}',
        ),
        Text(
            '{mid} − {{ rate("brand_deal.spread") }} = {low}; {mid} + {{ rate("brand_deal.spread") }} = {high}',
            '{mid} − {{ rate("brand_deal.spread") }} = {low} ; {mid} + {{ rate("brand_deal.spread") }} = {high}',
        ),
    ),
    goal=GoalSeek(("low", "high"), Text("Sponsored posts needed a month", "Contenus sponsorisés nécessaires par mois")),
    charts=(
        Chart(
            ChartKind.BARS,
            Text("Price range for one sponsored post", "Fourchette de tarif pour un contenu sponsorisé"),
            ("low", "mid", "high"),
        ),
        Chart(
            ChartKind.GROWTH,
            Text("Price as your following grows", "Tarif selon ton nombre de followers"),
            ("low", "high"),
            vary="followers",
        ),
    ),
)
