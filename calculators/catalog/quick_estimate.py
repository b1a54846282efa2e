"""Quick estimate: a low-to-high monthly range from the two things most creators can count, the
qualified views of their videos and the coins they receive as LIVE gifts.

It computes nothing of its own: the Creator Rewards Program calculator turns the views into a low
and a high amount (the two most reported RPMs), and the LIVE gifts calculator turns the coins into
cash (one rate, the lower reported value of a diamond, as that calculator's default). The home page
shows it first, so its form is compact.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from ..fields import Calculator, Kind, Output, OutputKind, from_rate, low_not_above_high
from ..text import Lang, Text
from . import creator_rewards, live_gifts


@dataclass(frozen=True)
class QuickEstimate:
    monthly_low: Decimal
    monthly_high: Decimal


def compute(
    qualified_views: int,
    live_coins: int,
    rpm_low: Decimal,
    rpm_high: Decimal,
    diamonds_per_coin: Decimal,
    usd_per_diamond: Decimal,
    lang: Lang = "en",
) -> QuickEstimate:
    views = creator_rewards.compute(qualified_views=qualified_views, rpm_low=rpm_low, rpm_high=rpm_high, lang=lang)
    # Only the creator's earnings matter here: what viewers paid and the cash goal do not.
    gifts = live_gifts.compute(
        coins=live_coins,
        diamonds_per_coin=diamonds_per_coin,
        usd_per_diamond=usd_per_diamond,
        coin_price=live_gifts.APP_COIN_PRICE,
        goal=Decimal(0),
        lang=lang,
    )
    return QuickEstimate(views.monthly_low + gifts.earnings, views.monthly_high + gifts.earnings)


CALCULATOR = Calculator(
    slug="quick-estimate",
    title=Text("Quick estimate", "Estimation rapide"),
    summary=Text(
        "A monthly range from your qualified views in the Creator Rewards Program and the coins you receive as LIVE gifts, at the most reported rates.",
        "Une fourchette mensuelle à partir de tes vues qualifiées dans le Programme de récompenses pour les créateurs et des Pièces reçues en Cadeaux LIVE, aux taux les plus cités.",
    ),
    # The fields of the two calculators it draws on, with labels and help made for a compact form.
    fields=(
        replace(
            creator_rewards.CALCULATOR.field("qualified_views"),
            label=Text("Qualified views a month", "Vues qualifiées par mois"),
            help=None,
        ),
        from_rate(
            "live_coins",
            Kind.COUNT,
            "quick_estimate.live_coins",
            Text("LIVE gift coins a month", "Pièces de Cadeaux LIVE par mois"),
        ),
        replace(
            creator_rewards.CALCULATOR.field("rpm_low"),
            help=Text(
                'The low end of the range: most reports give {{ rate("creator_rewards.rpm_low") }} to {{ rate("creator_rewards.rpm_high") }}.',
                'Le bas de la fourchette : la plupart des témoignages donnent {{ rate("creator_rewards.rpm_low") }} à {{ rate("creator_rewards.rpm_high") }}.',
            ),
        ),
        replace(
            creator_rewards.CALCULATOR.field("rpm_high"),
            help=Text(
                'The high end of the range; the widest spread reported is {{ range("creator_rewards.rpm_spread") }}.',
                'Le haut de la fourchette ; l\'écart le plus large rapporté va de {{ range("creator_rewards.rpm_spread") }}.',
            ),
        ),
        live_gifts.CALCULATOR.field("diamonds_per_coin"),
        replace(
            live_gifts.CALCULATOR.field("usd_per_diamond"),
            help=Text(
                'Used at both ends of the range; reports run from {{ range("live_gifts.usd_per_diamond") }}.',
                'Utilisé aux deux bouts de la fourchette ; les sources vont de {{ range("live_gifts.usd_per_diamond") }}.',
            ),
        ),
    ),
    outputs=(
        Output("monthly_low", OutputKind.MONEY, Text("Low estimate, per month", "Estimation basse, par mois")),
        Output("monthly_high", OutputKind.MONEY, Text("High estimate, per month", "Estimation haute, par mois")),
    ),
    compute=compute,
    cross_check=low_not_above_high("rpm_low", "rpm_high"),
    compact=True,
    question=Text(
        "What could TikTok pay me in a month, from my views and my LIVE gifts?",
        "Combien TikTok pourrait-il me payer en un mois, avec mes vues et mes Cadeaux LIVE ?",
    ),
)
