"""Getting paid: whether the balance can be withdrawn now, and how long until it can.

TikTok only pays out above a minimum balance and caps each day's withdrawal, so both waits
are counted in whole days; a wait that never ends (nothing earned, no cap) is not available.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..fields import Calculator, Kind, Output, OutputKind, from_rate
from ..numbers import ceil_div
from ..text import Lang, Text


@dataclass(frozen=True)
class Payout:
    withdrawable_now: bool
    days_to_threshold: int | None
    """0 once the balance reaches the threshold; None when nothing is earned each day."""
    days_to_withdraw_all: int | None
    """Days of withdrawals at the daily cap; None when the cap is 0 and money is waiting."""


def compute(
    balance: Decimal,
    daily_earnings: Decimal,
    threshold: Decimal,
    daily_cap: Decimal,
    lang: Lang = "en",
) -> Payout:
    withdrawable = balance >= threshold and balance > 0
    if balance >= threshold:
        days_to_threshold: int | None = 0
    elif daily_earnings:
        days_to_threshold = ceil_div(threshold - balance, daily_earnings)
    else:
        days_to_threshold = None
    if not balance:
        days_to_withdraw_all: int | None = 0
    elif daily_cap:
        days_to_withdraw_all = ceil_div(balance, daily_cap)
    else:
        days_to_withdraw_all = None
    return Payout(withdrawable, days_to_threshold, days_to_withdraw_all)


CALCULATOR = Calculator(
    slug="payout",
    title=Text("Payout calculator", "Calculateur de retrait"),
    question=Text(
        "When can I withdraw my balance, and how long will it take to withdraw all of it?",
        "Quand pourrai-je retirer mon solde, et combien de temps faudra-t-il pour tout retirer ?",
    ),
    summary=Text(
        "See whether you can withdraw your balance now, how many days until you reach the minimum, and how long withdrawing everything takes.",
        "Vois si tu peux retirer ton solde maintenant, combien de jours il te faut pour atteindre le minimum et combien de temps prend le retrait de tout ton solde.",
    ),
    fields=(
        from_rate(
            "balance",
            Kind.MONEY,
            "payout.balance",
            Text("Current balance (USD)", "Solde actuel (USD)"),
        ),
        from_rate(
            "daily_earnings",
            Kind.MONEY,
            "payout.daily_earnings",
            Text("Earnings per day (USD)", "Gains par jour (USD)"),
        ),
        from_rate(
            "threshold",
            Kind.MONEY,
            "payout.threshold",
            Text("Minimum withdrawal (USD)", "Retrait minimum (USD)"),
            help=Text(
                'Sources give {{ range("payout.threshold") }}; check your app.',
                'Les sources donnent de {{ range("payout.threshold") }} ; vérifie dans ton appli.',
            ),
        ),
        from_rate(
            "daily_cap",
            Kind.MONEY,
            "payout.daily_cap",
            Text("Maximum withdrawal per day (USD)", "Retrait maximum par jour (USD)"),
        ),
    ),
    outputs=(
        Output("withdrawable_now", OutputKind.BOOLEAN, Text("Can you withdraw now?", "Peux-tu retirer maintenant ?")),
        Output(
            "days_to_threshold",
            OutputKind.COUNT,
            Text("Days until the minimum withdrawal", "Jours avant le retrait minimum"),
        ),
        Output(
            "days_to_withdraw_all",
            OutputKind.COUNT,
            Text("Days to withdraw the whole balance", "Jours pour retirer tout le solde"),
        ),
    ),
    compute=compute,
)
