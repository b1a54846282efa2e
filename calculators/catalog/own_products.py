"""Selling your own products: revenue, profit, margin and the sales needed to cover fixed costs.

Unlike the programs TikTok pays for, selling can lose money, so profit and margin may be
negative; break-even is "not available" when each sale loses money and can never catch up.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..fields import HUNDRED, Calculator, GoalSeek, Kind, Output, OutputKind, from_rate
from ..numbers import ceil_div
from ..text import Lang, Text


@dataclass(frozen=True)
class OwnProducts:
    revenue: Decimal
    fees: Decimal
    profit: Decimal
    """Negative when costs exceed what the sales bring in: a real loss."""
    margin: Decimal | None
    """Profit as a percent of revenue; None without revenue."""
    break_even_units: int | None
    """Units that cover the fixed costs; None when a sale brings in no more than it costs."""


def compute(
    units: int,
    price: Decimal,
    unit_cost: Decimal,
    platform_fee: Decimal,
    fixed_costs: Decimal,
    lang: Lang = "en",
) -> OwnProducts:
    revenue = units * price
    fees = revenue * platform_fee / 100
    profit = revenue - fees - units * unit_cost - fixed_costs
    margin = profit / revenue * 100 if revenue else None
    per_unit = price - price * platform_fee / 100 - unit_cost
    if not fixed_costs:
        break_even: int | None = 0
    elif per_unit > 0:
        break_even = ceil_div(fixed_costs, per_unit)
    else:
        break_even = None
    return OwnProducts(revenue, fees, profit, margin, break_even)


CALCULATOR = Calculator(
    slug="own-products",
    title=Text("Own products calculator", "Calculateur de vente de tes produits"),
    question=Text(
        "Does selling my own products or services actually make a profit?",
        "Est-ce que vendre mes propres produits ou services me rapporte vraiment ?",
    ),
    summary=Text(
        "Check what selling your own products or services really leaves you after fees and costs.",
        "Vérifie ce que la vente de tes propres produits ou services te laisse vraiment après frais et coûts.",
    ),
    fields=(
        from_rate("units", Kind.COUNT, "own_products.units", Text("Units sold", "Unités vendues")),
        from_rate(
            "price",
            Kind.MONEY,
            "own_products.price",
            Text("Price per unit (USD)", "Prix unitaire (USD)"),
            maximum=Decimal(1_000_000),
        ),
        from_rate(
            "unit_cost",
            Kind.MONEY,
            "own_products.unit_cost",
            Text("Cost per unit (USD)", "Coût unitaire (USD)"),
            help=Text(
                "Making, packing and shipping one unit.",
                "Fabrication, emballage et expédition d'une unité.",
            ),
            maximum=Decimal(1_000_000),
        ),
        from_rate(
            "platform_fee",
            Kind.PERCENT,
            "own_products.platform_fee",
            Text("Platform fee (% of the price)", "Frais de plateforme (% du prix)"),
            help=Text(
                "What the shop or payment platform keeps from each sale.",
                "Ce que la boutique ou la plateforme de paiement garde sur chaque vente.",
            ),
            maximum=HUNDRED,
        ),
        from_rate(
            "fixed_costs",
            Kind.MONEY,
            "own_products.fixed_costs",
            Text("Fixed costs (USD)", "Coûts fixes (USD)"),
            help=Text(
                "Costs that do not depend on sales: tools, design, samples.",
                "Les coûts qui ne dépendent pas des ventes : outils, design, échantillons.",
            ),
        ),
    ),
    outputs=(
        Output("revenue", OutputKind.MONEY, Text("Revenue", "Chiffre d'affaires")),
        Output("fees", OutputKind.MONEY, Text("Platform fees", "Frais de plateforme")),
        Output("profit", OutputKind.MONEY, Text("Profit", "Bénéfice")),
        Output("margin", OutputKind.PERCENT, Text("Margin", "Marge")),
        Output(
            "break_even_units",
            OutputKind.COUNT,
            Text("Units to cover fixed costs", "Unités pour couvrir les coûts fixes"),
        ),
    ),
    compute=compute,
    working=(
        Text(
            "{units} units × {price} = {revenue} in revenue",
            "{units} unités × {price} = {revenue} de chiffre d'affaires",
        ),
        Text(
            "{revenue} × {platform_fee} = {fees} in platform fees",
            "{revenue} × {platform_fee} = {fees} de frais de plateforme",
        ),
        Text(
            "{revenue} − {fees} − {units} units × {unit_cost} − {fixed_costs} = {profit} profit",
            "{revenue} − {fees} − {units} unités × {unit_cost} − {fixed_costs} = {profit} de bénéfice",
        ),
        Text(
            "{profit} ÷ {revenue} = {margin} margin",
            "{profit} ÷ {revenue} = {margin} de marge",
        ),
        Text(
            "{fixed_costs} ÷ what each unit leaves, rounded up = {break_even_units} units to cover fixed costs",
            "{fixed_costs} ÷ ce que laisse chaque unité, arrondi au-dessus = {break_even_units} unités pour couvrir les coûts fixes",
        ),
    ),
    goal=GoalSeek(("profit",), Text("Units to sell a month", "Unités à vendre par mois"), solve="units"),
)
