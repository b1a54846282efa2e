"""Affiliate and TikTok Shop commissions: from views to clicks, orders and commission.

Each step loses most of the audience, so the funnel is shown step by step; a reader can then
see which rate (clicks, conversions, commission) moves the result most.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..fields import HUNDRED, Calculator, GoalSeek, Kind, Output, OutputKind, Spread, from_rate
from ..text import Lang, Text


@dataclass(frozen=True)
class Affiliate:
    clicks: Decimal
    orders: Decimal
    sales: Decimal
    earnings: Decimal
    earnings_per_1000_views: Decimal | None
    """None when there are no views to divide by."""


def compute(
    views: int,
    click_rate: Decimal,
    conversion_rate: Decimal,
    price: Decimal,
    commission: Decimal,
    lang: Lang = "en",
) -> Affiliate:
    # Fractions of clicks and orders are kept: they are averages, and rounding them early would
    # turn small audiences into zero sales.
    clicks = views * click_rate / 100
    orders = clicks * conversion_rate / 100
    sales = orders * price
    earnings = sales * commission / 100
    per_thousand = earnings * 1000 / views if views else None
    return Affiliate(clicks, orders, sales, earnings, per_thousand)


CALCULATOR = Calculator(
    slug="affiliate",
    title=Text("Affiliate commission calculator", "Calculateur de commissions d'affiliation"),
    question=Text(
        "What could affiliate links or TikTok Shop commissions earn from a video?",
        "Combien pourraient rapporter des liens affiliés ou des commissions TikTok Shop sur une vidéo ?",
    ),
    summary=Text(
        "Follow your views through clicks and orders to the commission you earn on TikTok Shop or another affiliate program.",
        "Suis tes vues jusqu'aux clics, aux commandes et à la commission que tu touches avec TikTok Shop ou un autre programme d'affiliation.",
    ),
    fields=(
        from_rate("views", Kind.COUNT, "affiliate.views", Text("Views", "Vues")),
        from_rate(
            "click_rate",
            Kind.PERCENT,
            "affiliate.click_rate",
            Text("Viewers who click the product (%)", "Spectateurs qui cliquent sur le produit (%)"),
            maximum=HUNDRED,
        ),
        from_rate(
            "conversion_rate",
            Kind.PERCENT,
            "affiliate.conversion_rate",
            Text("Clicks that become orders (%)", "Clics qui deviennent des commandes (%)"),
            maximum=HUNDRED,
        ),
        from_rate(
            "price",
            Kind.MONEY,
            "affiliate.price",
            Text("Product price (USD)", "Prix du produit (USD)"),
            maximum=Decimal(1_000_000),
        ),
        from_rate(
            "commission",
            Kind.PERCENT,
            "affiliate.commission",
            Text("Commission (%)", "Commission (%)"),
            help=Text(
                'Sellers set it from {{ range("affiliate.commission_range") }}; {{ rate("affiliate.commission_advised_low") }} to {{ rate("affiliate.commission_advised_high") }} is the advised band.',
                'Le vendeur la fixe de {{ range("affiliate.commission_range") }} ; {{ rate("affiliate.commission_advised_low") }} à {{ rate("affiliate.commission_advised_high") }} est la fourchette conseillée.',
            ),
            maximum=HUNDRED,
        ),
    ),
    outputs=(
        Output("clicks", OutputKind.NUMBER, Text("Clicks", "Clics")),
        Output("orders", OutputKind.NUMBER, Text("Orders", "Commandes")),
        Output("sales", OutputKind.MONEY, Text("Sales", "Ventes")),
        Output("earnings", OutputKind.MONEY, Text("Your commission", "Ta commission")),
        Output(
            "earnings_per_1000_views",
            OutputKind.MONEY,
            Text("Commission per 1,000 views", "Commission pour 1 000 vues"),
        ),
    ),
    compute=compute,
    spreads=(
        Spread("conversion_rate", "affiliate.conversion_rate_reported", "earnings"),
        Spread("commission", "affiliate.commission_range", "earnings"),
    ),
    working=(
        Text(
            "{views} views × {click_rate} = {clicks} clicks",
            "{views} vues × {click_rate} = {clicks} clics",
        ),
        Text(
            "{clicks} clicks × {conversion_rate} = {orders} orders",
            "{clicks} clics × {conversion_rate} = {orders} commandes",
        ),
        Text(
            "{orders} orders × {price} = {sales} in sales",
            "{orders} commandes × {price} = {sales} de ventes",
        ),
        Text(
            "{sales} × {commission} = {earnings} commission",
            "{sales} × {commission} = {earnings} de commission",
        ),
        Text(
            "{earnings} × 1,000 ÷ {views} views = {earnings_per_1000_views} per 1,000 views",
            "{earnings} × 1 000 ÷ {views} vues = {earnings_per_1000_views} pour 1 000 vues",
        ),
    ),
    goal=GoalSeek(("earnings",), Text("Views needed a month", "Vues nécessaires par mois"), solve="views"),
)
