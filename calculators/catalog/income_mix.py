"""Income mix: every stream together, how much of the total rests on a single one, and what is
left after the reader's own tax and contributions rate.

TikTok changes its programs often (the Creator Fund closed in several countries in 2023), so a
creator who depends on one stream is exposed; the calculator says so past an editorial share.
The tax rate is the reader's to give: it starts at zero, and the site never guesses one.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..fields import HUNDRED, MONTHS_PER_YEAR, Calculator, Chart, ChartKind, Choice, Kind, Output, OutputKind, from_rate
from ..numbers import ceil_div, format_percent
from ..rates import rate
from ..text import Lang, Text

STREAMS = (
    Choice("creator_rewards", Text("Creator Rewards Program", "Programme de récompenses pour les créateurs")),
    Choice("live_gifts", Text("LIVE gifts", "Cadeaux LIVE")),
    Choice("subscriptions", Text("Subscriptions", "Abonnements")),
    Choice("series", Text("Series", "Séries")),
    Choice("brand_deals", Text("Brand deals", "Partenariats de marque")),
    Choice("affiliate", Text("Affiliate commissions", "Commissions d'affiliation")),
    Choice("own_products", Text("Your own products", "Tes propres produits")),
    Choice("other", Text("Other income", "Autres revenus")),
)

HINT = Text(
    "{share} of your income comes from one stream: {stream}. Past {limit} that is a risk; other streams would protect you if it dried up.",
    "{share} de tes revenus viennent d'une seule source : {stream}. Au-delà de {limit}, c'est risqué ; d'autres sources te protégeraient si celle-ci se tarissait.",
)


@dataclass(frozen=True)
class IncomeMix:
    total: Decimal
    yearly: Decimal
    largest_stream: str | None
    """The biggest stream (the first listed on a tie); None when there is no income."""
    share_creator_rewards: Decimal | None
    share_live_gifts: Decimal | None
    share_subscriptions: Decimal | None
    share_series: Decimal | None
    share_brand_deals: Decimal | None
    share_affiliate: Decimal | None
    share_own_products: Decimal | None
    share_other: Decimal | None
    hint: str | None
    """Advice to diversify when one stream is over the concentration share; None otherwise."""
    take_home: Decimal
    """The monthly total less the reader's own tax and contributions percentage."""
    take_home_yearly: Decimal
    tax: Decimal
    """What the reader's own rate takes from the monthly total: gross less take-home."""
    payout_months_creator_rewards: int | None
    """Months of Creator Rewards earnings it takes to reach the minimum withdrawal (1: every
    month's earnings can be withdrawn); None when the stream earns nothing."""
    payout_months_live_gifts: int | None
    """The same for LIVE gifts, against the minimum withdrawal of the TikTok balance."""


PAYOUT_MINIMUMS = {"creator_rewards": "creator_rewards.min_withdrawal", "live_gifts": "payout.threshold"}
"""The streams TikTok pays out only above a minimum balance, with the figure of that minimum."""


def payout_months(amount: Decimal, minimum: Decimal) -> int | None:
    """Whole months of `amount` a month it takes to reach `minimum`; None when nothing is earned."""
    if amount <= 0:
        return None
    return max(ceil_div(minimum, amount), 1)


def compute(
    creator_rewards: Decimal,
    live_gifts: Decimal,
    subscriptions: Decimal,
    series: Decimal,
    brand_deals: Decimal,
    affiliate: Decimal,
    own_products: Decimal,
    other: Decimal,
    tax_rate: Decimal = Decimal(0),
    lang: Lang = "en",
) -> IncomeMix:
    amounts = {
        "creator_rewards": creator_rewards,
        "live_gifts": live_gifts,
        "subscriptions": subscriptions,
        "series": series,
        "brand_deals": brand_deals,
        "affiliate": affiliate,
        "own_products": own_products,
        "other": other,
    }
    total = sum(amounts.values(), Decimal(0))
    shares: dict[str, Decimal | None] = {
        f"share_{name}": amount * 100 / total if total else None for name, amount in amounts.items()
    }
    largest = max(amounts, key=lambda name: amounts[name]) if total else None
    hint = None
    if largest is not None:
        share = amounts[largest] * 100 / total
        limit = rate("income_mix.concentration")
        if share > limit:
            label = next(choice.label for choice in STREAMS if choice.code == largest)
            hint = HINT.format(
                lang, stream=label(lang), share=format_percent(share, lang), limit=format_percent(limit, lang)
            )
    take_home = total * (HUNDRED - tax_rate) / HUNDRED
    return IncomeMix(
        total,
        MONTHS_PER_YEAR * total,
        largest,
        hint=hint,
        take_home=take_home,
        take_home_yearly=MONTHS_PER_YEAR * take_home,
        tax=total - take_home,
        payout_months_creator_rewards=payout_months(creator_rewards, rate(PAYOUT_MINIMUMS["creator_rewards"])),
        payout_months_live_gifts=payout_months(live_gifts, rate(PAYOUT_MINIMUMS["live_gifts"])),
        **shares,  # type: ignore[arg-type]
    )


CALCULATOR = Calculator(
    slug="income-mix",
    title=Text("Income mix calculator", "Calculateur de répartition des revenus"),
    question=Text(
        "What do all my income streams add up to, and do I depend too much on one of them?",
        "Combien font toutes mes sources de revenus additionnées, et est-ce que je dépends trop de l'une d'elles ?",
    ),
    summary=Text(
        "Add up what each stream brings in per month, and see how much of your income depends on one of them.",
        "Additionne ce que chaque source te rapporte par mois, et vois quelle part de tes revenus dépend d'une seule.",
    ),
    fields=(
        *(
            from_rate(
                stream.code,
                Kind.MONEY,
                f"income_mix.{stream.code}",
                Text(f"{stream.label.en} (USD per month)", f"{stream.label.fr} (USD par mois)"),
            )
            for stream in STREAMS
        ),
        from_rate(
            "tax_rate",
            Kind.PERCENT,
            "income_mix.tax_rate",
            Text("Your own tax and social contributions (%)", "Tes impôts et cotisations (%)"),
            help=Text(
                "The share of your income that goes to tax and social contributions where you live, "
                "from your tax office or your accountant. The page Rules and taxes by country says "
                "which rules apply where; this site never guesses a tax rate, so it starts at zero.",
                "La part de tes revenus qui part en impôts et en cotisations là où tu vis, d'après ton "
                "administration fiscale ou ton expert-comptable. La page Règles et impôts selon le pays "
                "dit quelles règles s'appliquent où ; ce site ne devine jamais un taux d'imposition, "
                "alors il part de zéro.",
            ),
            maximum=HUNDRED,
        ),
    ),
    outputs=(
        Output("total", OutputKind.MONEY, Text("Total per month", "Total par mois")),
        Output("yearly", OutputKind.MONEY, Text("Total per year", "Total par an")),
        Output("largest_stream", OutputKind.CHOICE, Text("Largest stream", "Source principale"), choices=STREAMS),
        *(
            Output(
                f"share_{stream.code}",
                OutputKind.PERCENT,
                Text(f"Share: {stream.label.en}", f"Part : {stream.label.fr}"),
            )
            for stream in STREAMS
        ),
        Output("hint", OutputKind.TEXT, Text("Advice", "Conseil")),
        Output(
            "take_home", OutputKind.MONEY, Text("Take-home per month, after your rate", "Net par mois, après ton taux")
        ),
        Output(
            "take_home_yearly",
            OutputKind.MONEY,
            Text("Take-home per year, after your rate", "Net par an, après ton taux"),
        ),
        Output("tax", OutputKind.MONEY, Text("Tax and contributions per month", "Impôts et cotisations par mois")),
        Output(
            "payout_months_creator_rewards",
            OutputKind.COUNT,
            Text(
                "Months of Creator Rewards to reach its minimum withdrawal",
                "Mois de récompenses pour atteindre leur retrait minimum",
            ),
        ),
        Output(
            "payout_months_live_gifts",
            OutputKind.COUNT,
            Text(
                "Months of LIVE gifts to reach the minimum withdrawal",
                "Mois de Cadeaux LIVE pour atteindre le retrait minimum",
            ),
        ),
    ),
    compute=compute,
    charts=(
        Chart(
            ChartKind.SHARE,
            Text("Where your income comes from", "D'où viennent tes revenus"),
            tuple(f"share_{stream.code}" for stream in STREAMS),
        ),
        Chart(
            ChartKind.BARS,
            Text("From gross to take-home, per month", "Du brut au net, par mois"),
            ("total", "tax", "take_home"),
        ),
    ),
    working=(
        Text(
            "Every stream, after each platform's cut, as the other calculators give it: {total} a month",
            "Toutes les sources, après la part de chaque plateforme, comme les autres calculateurs les donnent : {total} par mois",
        ),
        Text(
            "{total} × {tax_rate} = {tax} of tax and contributions; {total} − {tax} = {take_home} take-home a month, {take_home_yearly} a year",
            "{total} × {tax_rate} = {tax} d'impôts et de cotisations ; {total} − {tax} = {take_home} net par mois, {take_home_yearly} par an",
        ),
        Text(
            '{{ rate("creator_rewards.min_withdrawal") }} minimum ÷ {creator_rewards} of Creator Rewards a month, rounded up = {payout_months_creator_rewards} month(s) before a withdrawal',
            '{{ rate("creator_rewards.min_withdrawal") }} minimum ÷ {creator_rewards} de récompenses par mois, arrondi au-dessus = {payout_months_creator_rewards} mois avant un retrait',
        ),
        Text(
            '{{ rate("payout.threshold") }} minimum ÷ {live_gifts} of LIVE gifts a month, rounded up = {payout_months_live_gifts} month(s) before a withdrawal',
            '{{ rate("payout.threshold") }} minimum ÷ {live_gifts} de Cadeaux LIVE par mois, arrondi au-dessus = {payout_months_live_gifts} mois avant un retrait',
        ),
    ),
)
