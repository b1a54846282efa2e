"""LIVE gifts: what the coins viewers send during a LIVE are worth to the creator.

Viewers buy coins, spend them on gifts, and the creator receives diamonds that convert to cash.
TikTok publishes no diamond rate, so both conversion rates are editable assumptions. Gifts may
also be listed by name ("3 × Rose, 1 × Lion"): their coins, at the prices of the data file, are
added to the coins typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..fields import Calculator, Field, GoalSeek, Kind, Output, OutputKind, Spread, from_rate
from ..gifts import GIFT_LIST, Gifts, gift_coins
from ..numbers import ceil_div
from ..rates import rate
from ..text import Lang, Text


@dataclass(frozen=True)
class LiveGifts:
    diamonds: Decimal
    earnings: Decimal
    viewer_spend: Decimal
    creator_share: Decimal | None
    """Percent of what viewers paid that reaches the creator; None when nothing was spent."""
    coins_for_goal: int | None
    """Coins needed to reach the goal; None when a coin is worth nothing."""
    gift_coins: int
    """Coins the gifts listed by name are worth (already counted in every output above)."""


def compute(
    coins: int,
    gifts: Gifts = (),
    *,
    diamonds_per_coin: Decimal,
    usd_per_diamond: Decimal,
    coin_price: Decimal,
    goal: Decimal,
    lang: Lang = "en",
) -> LiveGifts:
    """`gifts` by name are optional (other calculators count coins only); the rates come by name."""
    from_gifts = gift_coins(gifts)
    coins = coins + from_gifts
    diamonds = coins * diamonds_per_coin
    earnings = diamonds * usd_per_diamond
    viewer_spend = coins * coin_price
    creator_share = earnings / viewer_spend * 100 if viewer_spend else None
    usd_per_coin = diamonds_per_coin * usd_per_diamond
    coins_for_goal = ceil_div(goal, usd_per_coin) if usd_per_coin else None
    return LiveGifts(diamonds, earnings, viewer_spend, creator_share, coins_for_goal, from_gifts)


APP_COIN_PRICE = rate("live_gifts.price_per_coin")
"""What a viewer pays for one coin in the app: the smallest pack's price over its coins."""

CALCULATOR = Calculator(
    slug="live-gifts",
    title=Text("LIVE gifts calculator", "Calculateur de Cadeaux LIVE"),
    question=Text(
        "What are the coins I received in a LIVE worth, what did viewers pay for them, and how many coins do I need for a cash goal?",
        "Combien valent les Pièces reçues pendant un LIVE, combien les spectateurs les ont payées, et combien de Pièces faut-il pour atteindre un objectif ?",
    ),
    summary=Text(
        "Turn the coins viewers gift during a LIVE into diamonds and dollars, and see what share of their spending reaches you.",
        "Convertis les Pièces offertes pendant un LIVE en Diamants et en dollars, et vois quelle part de la dépense des spectateurs te revient.",
    ),
    fields=(
        from_rate(
            "coins",
            Kind.COUNT,
            "live_gifts.coins",
            Text("Coins received as gifts", "Pièces reçues en cadeaux"),
            help=Text(
                "The total coin value of the gifts sent to you.", "La valeur totale en Pièces des cadeaux reçus."
            ),
        ),
        Field(
            "gifts",
            Kind.TEXT,
            Text("Gifts received, by name (optional)", "Cadeaux reçus, par nom (facultatif)"),
            (),
            help=Text(
                "For example 3 × Rose, 1 × Lion, or 3x rose; lion. Their coins, at the prices in the table of gifts, are added to the coins above: set those to 0 to count only the gifts listed here.",
                "Par exemple « 3 × Rose, 1 × Lion » ou « 3x rose ; lion ». Leurs Pièces, aux prix du tableau des cadeaux, s'ajoutent aux Pièces ci-dessus : mets-les à 0 pour ne compter que les cadeaux indiqués ici.",
            ),
            reader=GIFT_LIST,
            max_length=500,
        ),
        from_rate(
            "diamonds_per_coin",
            Kind.NUMBER,
            "live_gifts.diamonds_per_coin",
            Text("Diamonds per coin", "Diamants par Pièce"),
            help=Text(
                'Reported: one diamond for every {{ rate("live_gifts.coins_per_diamond") }} coins; TikTok publishes no rate.',
                'Selon les sources, un Diamant pour {{ rate("live_gifts.coins_per_diamond") }} Pièces ; TikTok ne publie aucun taux.',
            ),
            maximum=Decimal(100),
            places=4,
        ),
        from_rate(
            "usd_per_diamond",
            Kind.MONEY,
            "live_gifts.usd_per_diamond",
            Text("US dollars per diamond", "Dollars US par Diamant"),
            help=Text(
                'What one diamond pays when you cash out; reports range from {{ range("live_gifts.usd_per_diamond") }}.',
                'Ce que rapporte un Diamant au retrait ; les sources vont de {{ range("live_gifts.usd_per_diamond") }}.',
            ),
            maximum=Decimal(100),
            places=4,
        ),
        Field(
            "coin_price",
            Kind.MONEY,
            Text("Price a viewer pays per coin (USD)", "Prix payé par le spectateur pour une Pièce (USD)"),
            APP_COIN_PRICE,
            rate="live_gifts.price_per_coin",
            help=Text(
                '{{ rate("live_gifts.coin_pack_coins") }} coins cost {{ rate("live_gifts.coin_pack_price") }} in the app; a coin costs {{ range("live_gifts.price_per_coin") }} depending on where it is bought.',
                '{{ rate("live_gifts.coin_pack_coins") }} Pièces coûtent {{ rate("live_gifts.coin_pack_price") }} dans l\'appli ; une Pièce coûte de {{ range("live_gifts.price_per_coin") }} selon l\'endroit de l\'achat.',
            ),
            maximum=Decimal(100),
            places=6,
        ),
        from_rate(
            "goal",
            Kind.MONEY,
            "live_gifts.goal",
            Text("Cash goal (USD)", "Objectif en dollars (USD)"),
            help=Text(
                "How many coins would you need to earn this much?", "Combien de Pièces faut-il pour gagner autant ?"
            ),
        ),
    ),
    outputs=(
        Output("diamonds", OutputKind.NUMBER, Text("Diamonds", "Diamants")),
        Output("earnings", OutputKind.MONEY, Text("Your earnings", "Tes gains")),
        Output("viewer_spend", OutputKind.MONEY, Text("What viewers spent", "Dépense des spectateurs")),
        Output(
            "creator_share",
            OutputKind.PERCENT,
            Text("Share of their spending you keep", "Part de leur dépense qui te revient"),
        ),
        Output(
            "coins_for_goal",
            OutputKind.COUNT,
            Text("Coins needed for your goal", "Pièces nécessaires pour ton objectif"),
        ),
        Output(
            "gift_coins",
            OutputKind.COUNT,
            Text("Coins from the gifts listed by name", "Pièces des cadeaux indiqués par nom"),
        ),
    ),
    compute=compute,
    spreads=(Spread("usd_per_diamond", "live_gifts.usd_per_diamond", "earnings"),),
    working=(
        Text(
            "({coins} coins + {gift_coins} from the gifts by name) × {diamonds_per_coin} diamonds per coin = {diamonds} diamonds",
            "({coins} Pièces + {gift_coins} des cadeaux par nom) × {diamonds_per_coin} Diamant par Pièce = {diamonds} Diamants",
        ),
        Text(
            "{diamonds} diamonds × {usd_per_diamond} = {earnings} for you",
            "{diamonds} Diamants × {usd_per_diamond} = {earnings} pour toi",
        ),
        Text(
            "({coins} + {gift_coins}) coins × {coin_price} = {viewer_spend} spent by viewers",
            "({coins} + {gift_coins}) Pièces × {coin_price} = {viewer_spend} dépensés par les spectateurs",
        ),
        Text(
            "{earnings} ÷ {viewer_spend} = {creator_share} of their spending",
            "{earnings} ÷ {viewer_spend} = {creator_share} de leur dépense",
        ),
        Text(
            "{goal} ÷ ({diamonds_per_coin} × {usd_per_diamond}) per coin, rounded up = {coins_for_goal} coins for your cash goal",
            "{goal} ÷ ({diamonds_per_coin} × {usd_per_diamond}) par Pièce, arrondi au-dessus = {coins_for_goal} Pièces pour ton objectif",
        ),
    ),
    goal=GoalSeek(
        ("earnings",), Text("Coins in gifts needed a month", "Pièces en cadeaux nécessaires par mois"), solve="coins"
    ),
)
