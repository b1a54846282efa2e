"""Where each way of earning is open, country by country: open, not open, or unknown.

The answer is read from the country lists of the data file, each with its sources, and how a
list is read depends on what kind of page gives it:

- an *official* list (TikTok names every country, as for the Creator Rewards Program): a country
  missing from it is not open;
- a *reported* list (press and guides name some countries, as for LIVE gifts): a country missing
  from it is unknown, never assumed either way;
- *no country condition* (TikTok's rules for going LIVE name ages and followers, no country): open
  wherever TikTok itself runs, unknown where access to TikTok has been restricted;
- *closed* (the Creator Fund): not open anywhere any more.

A country that a page explicitly reports as not open is not open whatever the list says.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .rates import RATES
from .text import Text


class Status(enum.Enum):
    OPEN = "open"
    NOT_OPEN = "not_open"
    UNKNOWN = "unknown"


STATUS_NAMES = {
    Status.OPEN: Text("Open", "Ouvert"),
    Status.NOT_OPEN: Text("Not open", "Pas ouvert"),
    Status.UNKNOWN: Text("Unknown", "Inconnu"),
}


class Scope(enum.Enum):
    OFFICIAL_LIST = "official list"
    REPORTED_LIST = "reported list"
    NO_COUNTRY_CONDITION = "no country condition"
    CLOSED = "closed"


@dataclass(frozen=True)
class Program:
    id: str
    name: Text
    scope: Scope
    open_key: str | None = None
    """The figure listing the countries where it is open."""
    not_open_key: str | None = None
    """The figure listing countries a page reports it is not open in."""
    also: tuple[str, ...] = ()
    """Other figures whose sources back the answer (a closure date, a rule)."""

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(key for key in (self.open_key, self.not_open_key, *self.also) if key)


RESTRICTED = "availability.app_restricted"

PROGRAMS: tuple[Program, ...] = (
    Program(
        "creator_rewards",
        Text("Creator Rewards Program", "Programme de récompenses pour les créateurs"),
        Scope.OFFICIAL_LIST,
        "creator_rewards.countries",
        "availability.creator_rewards.not_open",
    ),
    Program(
        "creator_fund",
        Text("Creator Fund", "Fonds pour les créateurs"),
        Scope.CLOSED,
        also=("creator_fund.closed_countries", "creator_fund.closed_countries_later"),
    ),
    Program("live", Text("Going LIVE", "Passer en LIVE"), Scope.NO_COUNTRY_CONDITION, also=("live.min_followers",)),
    Program(
        "live_gifts",
        Text("LIVE gifts", "Cadeaux LIVE"),
        Scope.REPORTED_LIST,
        "availability.live_gifts",
        "availability.live_gifts.not_open",
    ),
    Program("subscriptions", Text("Subscriptions", "Abonnements"), Scope.REPORTED_LIST, "availability.subscriptions"),
    Program(
        "series",
        Text("Series", "Séries"),
        Scope.REPORTED_LIST,
        also=("availability.series.country_count",),
    ),
    Program(
        "shop_seller",
        Text("Selling on TikTok Shop", "Vendre sur TikTok Shop"),
        Scope.REPORTED_LIST,
        "shop_affiliate.countries",
        "availability.shop.not_open",
    ),
    Program(
        "shop_affiliate",
        Text("TikTok Shop affiliate", "Affiliation TikTok Shop"),
        Scope.REPORTED_LIST,
        "shop_affiliate.countries",
        "availability.shop.not_open",
    ),
    Program(
        "tiktok_one",
        Text("TikTok One (Creator Marketplace)", "TikTok One (Creator Marketplace)"),
        Scope.REPORTED_LIST,
        "availability.tiktok_one",
    ),
    Program("tips", Text("Tips", "Tips"), Scope.REPORTED_LIST, "tips.countries"),
)
BY_ID = {program.id: program for program in PROGRAMS}


def _codes(key: str | None) -> tuple[str, ...]:
    if key is None:
        return ()
    value = RATES[key].value
    return value if isinstance(value, tuple) else ()


def status(program_id: str, country: str) -> Status:
    """Whether `program_id` is open in `country`, by the data file's lists and their kind."""
    program = BY_ID[program_id]
    if program.scope is Scope.CLOSED or country in _codes(program.not_open_key):
        return Status.NOT_OPEN
    if program.scope is Scope.NO_COUNTRY_CONDITION:
        return Status.UNKNOWN if country in _codes(RESTRICTED) else Status.OPEN
    if country in _codes(program.open_key):
        return Status.OPEN
    return Status.NOT_OPEN if program.scope is Scope.OFFICIAL_LIST else Status.UNKNOWN


def grid(countries: tuple[str, ...]) -> dict[str, dict[str, Status]]:
    """Every program's status in each of `countries`."""
    return {program.id: {country: status(program.id, country) for country in countries} for program in PROGRAMS}
