"""Eligibility: which TikTok programs a creator qualifies for today, and what is missing for the rest.

A bare yes or no does not help a creator plan, so every "no" comes with sentences saying which
rule fails and by how much. Thresholds and country lists are read from the rates file, so a
change of rule there changes the answers and the pages together.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..availability import STATUS_NAMES, Status, status
from ..countries import in_countries, in_country
from ..fields import Calculator, Choice, Field, Kind, Output, OutputKind, from_rate
from ..locales import locale
from ..numbers import format_decimal
from ..rates import RATES, codes, rate
from ..text import Lang, Text
from ..typography import space

PROGRAMS: tuple[tuple[str, Text], ...] = (
    ("creator_rewards", Text("Creator Rewards Program", "Programme de récompenses pour les créateurs")),
    ("live", Text("Going LIVE", "Passer en LIVE")),
    ("live_gifts", Text("LIVE gifts", "Cadeaux LIVE")),
    ("subscriptions", Text("Subscriptions", "Abonnements")),
    ("series", Text("Series", "Séries")),
    ("shop_affiliate", Text("TikTok Shop affiliate", "Affiliation TikTok Shop")),
    ("creator_fund", Text("Creator Fund", "Fonds pour les créateurs")),
)

REASONS = {
    "age": Text(
        "You must be at least {need} years old; you are {have}.",
        "Tu dois avoir au moins {need} ans ; tu as {have} ans.",
    ),
    "followers": Text("You need {need} followers; you have {have}.", "Il te faut {need} followers ; tu en as {have}."),
    "views": Text(
        "You need {need} views in the last 30 days; you have {have}.",
        "Il te faut {need} vues sur les 30 derniers jours ; tu en as {have}.",
    ),
    "posts": Text(
        "You need {need} public posts in the last 30 days; you have {have}.",
        "Il te faut {need} publications publiques sur les 30 derniers jours ; tu en as {have}.",
    ),
    "account_age": Text(
        "Your account must be at least {need} days old; yours is {have}.",
        "Ton compte doit avoir au moins {need} jours ; le tien en a {have}.",
    ),
    "personal": Text(
        "You need a personal account, not a business account.",
        "Il te faut un compte personnel, pas un compte professionnel.",
    ),
    "country": Text(
        "The program is not open {where}.",
        "Le programme n'est pas ouvert {where}.",
    ),
    "fund_closed": Text(
        "The Creator Fund closed {where} on {date}.",
        "Le Fonds pour les créateurs a fermé {where} le {date}.",
    ),
    "fund_not_open": Text(
        "The Creator Fund is open only {countries}.",
        "Le Fonds pour les créateurs n'est ouvert que {countries}.",
    ),
    "fund_never": Text(
        "The Creator Fund never opened {where}, and it has been closed everywhere since {date}.",
        "Le Fonds pour les créateurs n'a jamais ouvert {where}, et il est fermé partout depuis le {date}.",
    ),
}
FUND_CLOSURES = ("creator_fund.closed_countries", "creator_fund.closed_countries_later")
"""The figures listing where the Creator Fund closed, each dated by its `as_of`."""

KOREA = "KR"


@dataclass(frozen=True)
class Eligibility:
    creator_rewards: bool
    creator_rewards_missing: tuple[str, ...]
    live: bool
    live_missing: tuple[str, ...]
    live_gifts: bool
    live_gifts_missing: tuple[str, ...]
    subscriptions: bool
    subscriptions_missing: tuple[str, ...]
    series: bool
    series_missing: tuple[str, ...]
    shop_affiliate: bool
    shop_affiliate_missing: tuple[str, ...]
    creator_fund: bool
    creator_fund_missing: tuple[str, ...]
    creator_rewards_status: str
    live_status: str
    live_gifts_status: str
    subscriptions_status: str
    series_status: str
    shop_affiliate_status: str
    creator_fund_status: str
    """Whether each program is open where the reader lives: open, not_open or unknown."""


class _Rules:
    """Collects the sentences for one program's unmet rules, in the reader's language."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self.missing: list[str] = []

    def at_least(self, reason: str, have: int, need: Decimal) -> None:
        if have < need:
            text = REASONS[reason].format(
                self.lang, need=format_decimal(need, self.lang), have=format_decimal(Decimal(have), self.lang)
            )
            self.missing.append(space(text, self.lang))

    def fails(self, reason: str, **values: object) -> None:
        self.missing.append(space(REASONS[reason].format(self.lang, **values), self.lang))


def _min_age(key: str, country: str) -> Decimal:
    """`key`'s minimum age, or its South Korean variant (`key` + "_kr") there."""
    return rate(f"{key}_kr") if country == KOREA else rate(key)


def _fund_country(rules: _Rules, country: str) -> None:
    """Where the Creator Fund stands in `country`: open, closed on a date, or never opened."""
    open_now = codes("creator_fund.open_countries")
    if country in open_now:
        return
    dates = locale(rules.lang)
    for key in FUND_CLOSURES:
        if country in codes(key):
            rules.fails("fund_closed", where=in_country(country, rules.lang), date=dates.format_date(RATES[key].as_of))
            return
    if open_now:
        rules.fails("fund_not_open", countries=in_countries(open_now, rules.lang))
    else:
        last = max(RATES[key].as_of for key in FUND_CLOSURES)
        rules.fails("fund_never", where=in_country(country, rules.lang), date=dates.format_date(last))


def _shop_min_followers(country: str) -> Decimal:
    local = f"shop_affiliate.min_followers_{country.lower()}"
    return rate(local if local in RATES else "shop_affiliate.min_followers_default")


def compute(
    age: int,
    followers: int,
    views_30d: int,
    country: str,
    account_age_days: int,
    posts_30d: int,
    business_account: bool,
    lang: Lang = "en",
) -> Eligibility:
    programs: dict[str, _Rules] = {name: _Rules(lang) for name, _ in PROGRAMS}

    for name, rules in programs.items():
        if name != "creator_fund" and status(name, country) is Status.NOT_OPEN:
            rules.fails("country", where=in_country(country, lang))

    rules = programs["creator_rewards"]
    rules.at_least("age", age, _min_age("creator_rewards.min_age", country))
    if business_account:
        rules.fails("personal")
    rules.at_least("followers", followers, rate("creator_rewards.min_followers"))
    rules.at_least("views", views_30d, rate("creator_rewards.min_views_30d"))

    rules = programs["live"]
    rules.at_least("age", age, rate("live.min_age"))
    rules.at_least("followers", followers, rate("live.min_followers"))

    # Receiving gifts needs going LIVE first, and possibly a higher age: one sentence, the higher one.
    rules = programs["live_gifts"]
    rules.at_least("age", age, max(rate("live.min_age"), _min_age("live_gifts.min_age", country)))
    rules.at_least("followers", followers, rate("live.min_followers"))

    rules = programs["subscriptions"]
    rules.at_least("age", age, rate("subscriptions.min_age"))
    rules.at_least("followers", followers, rate("subscriptions.min_followers"))
    rules.at_least("views", views_30d, rate("subscriptions.min_views_30d"))

    rules = programs["series"]
    rules.at_least("age", age, rate("series.min_age"))
    rules.at_least("account_age", account_age_days, rate("series.min_account_age_days"))
    rules.at_least("followers", followers, rate("series.min_followers"))
    rules.at_least("views", views_30d, rate("series.min_views_30d"))
    rules.at_least("posts", posts_30d, rate("series.min_posts_30d"))

    # The follower minimum depends on the Shop country, so it is only checked where Shop runs.
    rules = programs["shop_affiliate"]
    rules.at_least("age", age, rate("shop_affiliate.min_age"))
    rules.at_least("followers", followers, _shop_min_followers(country))

    rules = programs["creator_fund"]
    rules.at_least("age", age, rate("creator_fund.min_age"))
    _fund_country(rules, country)
    rules.at_least("followers", followers, rate("creator_fund.min_followers"))
    rules.at_least("views", views_30d, rate("creator_fund.min_views_30d"))

    answers: dict[str, object] = {}
    for name, rules in programs.items():
        answers[name] = not rules.missing
        answers[f"{name}_missing"] = tuple(rules.missing)
        answers[f"{name}_status"] = status(name, country).value
    return Eligibility(**answers)  # type: ignore[arg-type]  # a bool, a tuple and a status per program


STATUS_CHOICES = tuple(Choice(item.value, STATUS_NAMES[item]) for item in Status)


def _outputs() -> tuple[Output, ...]:
    outputs = []
    for name, label in PROGRAMS:
        outputs.append(Output(name, OutputKind.BOOLEAN, label))
        outputs.append(
            Output(
                f"{name}_missing",
                OutputKind.REASONS,
                Text(f"{label.en}: what is missing", f"{label.fr} : ce qui manque"),
            )
        )
    # After the answers outside tools read (one yes/no and one list per program), in the same order.
    for name, label in PROGRAMS:
        outputs.append(
            Output(
                f"{name}_status",
                OutputKind.CHOICE,
                Text(f"{label.en}: open in your country?", f"{label.fr} : ouvert dans ton pays ?"),
                choices=STATUS_CHOICES,
            )
        )
    return tuple(outputs)


CALCULATOR = Calculator(
    slug="eligibility",
    title=Text("Eligibility checker", "Vérificateur d'éligibilité"),
    question=Text(
        "Which TikTok programs can I join today, and what am I missing for the others?",
        "À quels programmes TikTok ai-je droit aujourd'hui, et que me manque-t-il pour les autres ?",
    ),
    summary=Text(
        "See which TikTok programs you can join today, and what is still missing for the others.",
        "Vois à quels programmes TikTok tu as accès aujourd'hui, et ce qui te manque pour les autres.",
    ),
    fields=(
        from_rate("age", Kind.COUNT, "eligibility.age", Text("Your age", "Ton âge"), maximum=Decimal(130)),
        from_rate("followers", Kind.COUNT, "eligibility.followers", Text("Followers", "Followers")),
        from_rate(
            "views_30d",
            Kind.COUNT,
            "eligibility.views_30d",
            Text("Views in the last 30 days", "Vues sur les 30 derniers jours"),
        ),
        Field(
            "country",
            Kind.COUNTRY,
            Text("Country (two-letter code)", "Pays (code à deux lettres)"),
            "US",
            help=Text(
                "Where your account is registered, like US, GB or FR.",
                "Le pays de ton compte, par exemple FR, BE ou CA.",
            ),
        ),
        from_rate(
            "account_age_days",
            Kind.COUNT,
            "eligibility.account_age_days",
            Text("Account age (days)", "Ancienneté du compte (jours)"),
        ),
        from_rate(
            "posts_30d",
            Kind.COUNT,
            "eligibility.posts_30d",
            Text("Public posts in the last 30 days", "Publications publiques sur les 30 derniers jours"),
        ),
        Field(
            "business_account",
            Kind.BOOLEAN,
            Text("Business account", "Compte professionnel"),
            False,
            help=Text(
                "Creator Rewards needs a personal account.",
                "Le Programme de récompenses pour les créateurs demande un compte personnel.",
            ),
        ),
    ),
    outputs=_outputs(),
    compute=compute,
)
