"""LIVE gifts by name: "3 × Rose, 1 × Lion" read into counts of gifts, and written back.

The gifts and their prices in coins are the `live_gifts.gift.*` figures of the data file; a
gift's name is its label, in English or in French. Reading is forgiving about what people type
("3x rose; lion", "Lion × 2", "2 lions", any case, accents or not) and strict about the rest: a
name that is no gift, or a count that is not a whole number, is a `FieldError` that quotes what
was not understood, in the reader's language. Pure functions, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from .fields import FieldError, TextFormat
from .locales import locale
from .messages import message
from .numbers import NumberFormatError, format_decimal, parse_decimal
from .rates import RATES
from .text import Lang, Text

PREFIX = "live_gifts.gift."
MAX_COUNT = 10**9
"""The most of one gift a line may count: far beyond any LIVE, small enough to stay exact."""
MAX_QUOTED = 40
"""Characters of a misunderstood name or count that an error message repeats."""

Gifts = tuple[tuple[str, int], ...]
"""Gifts as read: (figure key, count) pairs, in the order typed."""


@dataclass(frozen=True)
class Gift:
    key: str
    name: Text
    coins: int


def _catalogue() -> tuple[Gift, ...]:
    gifts = []
    for key, figure in RATES.items():
        if key.startswith(PREFIX):
            coins = figure.number
            if coins != coins.to_integral_value() or coins < 0:
                raise ValueError(f"{key}: a gift costs a whole number of coins, not {coins}")
            gifts.append(Gift(key, figure.label, int(coins)))
    return tuple(sorted(gifts, key=lambda gift: gift.coins))


GIFTS = _catalogue()
"""Every gift with a sourced price, cheapest first (at one price, in the data file's order)."""
BY_KEY = {gift.key: gift for gift in GIFTS}


def normalize(name: str) -> str:
    """A gift name as compared: no accents, no apostrophes, any case, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    bare = re.sub(r"['’`´]", "", bare)
    return " ".join(re.sub(r"[\W_]+", " ", bare).split())


def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for gift in GIFTS:
        for label in (gift.name.en, gift.name.fr):
            known = names.setdefault(normalize(label), gift.key)
            if known != gift.key:
                raise ValueError(f"{known} and {gift.key} are both called {label!r}")
    return names


NAMES = _names()

# One gift per item; items are separated by ; + or a new line, or by a comma that is not inside
# a number: a group of thousands where the decimal mark is a point (1,500), a decimal comma where
# it is a comma (1,5: refused later as a count, but named as typed).
_SEPARATORS = {
    ".": re.compile(r"[;+\n\r]|(?<![0-9]),|,(?![0-9]{3}(?![0-9]))"),
    ",": re.compile(r"[;+\n\r]|(?<![0-9]),|,(?![0-9])"),
}
_COUNT = r"[+\-\u2212]?[0-9](?:[0-9.,\s]*[0-9])?"
_LEADING = re.compile(rf"(?P<count>{_COUNT})(?P<rest>.*)", re.DOTALL)
_TIMES = re.compile(r"(?P<before>\s*)(?:[×✕*]|(?P<x>[xX]))(?P<after>\s*)")
_TRAILING = re.compile(rf"(?:\s*[×✕*]|\s+[xX])?\s*(?P<count>{_COUNT})$")
_LETTER = re.compile(r"[^\W\d_]")


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_QUOTED else text[: MAX_QUOTED - 1] + "…"


def _count(text: str, lang: Lang) -> int:
    try:
        value = parse_decimal(text, lang)
    except NumberFormatError:
        value = None
    if value is None or value != value.to_integral_value() or not 0 <= value <= MAX_COUNT:
        limit = format_decimal(Decimal(MAX_COUNT), lang)
        raise FieldError(message("gift_count", lang, count=_quoted(text), maximum=limit))
    return int(value)


def _gift(name: str, lang: Lang) -> str:
    """The key of the gift called `name`, singular or plural ("roses", "galaxies")."""
    wanted = normalize(name)
    candidates = [wanted]
    if wanted.endswith("ies"):
        candidates.append(wanted[:-3] + "y")
    if wanted.endswith(("s", "x")):
        candidates.append(wanted[:-1])
    for candidate in candidates:
        if candidate in NAMES:
            return NAMES[candidate]
    raise FieldError(message("gift_unknown", lang, name=_quoted(name)))


def _item(item: str, lang: Lang) -> tuple[str, int]:
    """One item: "3 × Rose", "3x rose", "3 roses", "Rose × 3", "rose x3" or "lion" (one)."""
    leading = _LEADING.fullmatch(item)
    if leading:
        rest = leading["rest"]
        times = _TIMES.match(rest)
        # An "x" multiplies when it touches the count ("3x rose") or stands alone ("3 x rose");
        # "3 xylophones" is a name.
        if times and (not times["x"] or not times["before"] or times["after"] or not rest[times.end() :]):
            rest = rest[times.end() :]
        name = rest.strip()
        if not name:
            raise FieldError(message("gift_missing_name", lang, item=_quoted(item)))
        return _gift(name, lang), _count(leading["count"], lang)
    # Searched only when the item ends with a digit, so that reading stays linear in the text.
    trailing = _TRAILING.search(item) if item[-1] in "0123456789" else None
    if trailing and _LETTER.search(item, 0, trailing.start()):
        return _gift(item[: trailing.start()].strip(), lang), _count(trailing["count"], lang)
    return _gift(item, lang), 1


def read_gifts(text: str, lang: Lang) -> Gifts:
    """The gifts a reader listed; empty text lists none. Raise `FieldError` on what is not understood."""
    items = []
    separator = _SEPARATORS[","] if locale(lang).decimal == "," else _SEPARATORS["."]
    for item in separator.split(text):
        if item.strip():
            items.append(_item(item.strip(), lang))
    return tuple(items)


def write_gifts(gifts: Gifts, lang: Lang) -> str:
    """Gifts as a reader of `lang` would type them, "3 × Rose, 1 × Lion", which reads back the same."""
    return ", ".join(f"{format_decimal(Decimal(count), lang)} × {BY_KEY[key].name(lang)}" for key, count in gifts)


def gift_coins(gifts: Gifts) -> int:
    """What the gifts cost their senders, in coins."""
    return sum(BY_KEY[key].coins * count for key, count in gifts)


def _write(value: object, lang: Lang) -> str:
    if not isinstance(value, tuple):
        raise TypeError(f"not a list of gifts: {value!r}")
    return write_gifts(value, lang)


GIFT_LIST = TextFormat(
    read=read_gifts,
    write=_write,
    example=Text("3 × Rose, 1 × Lion", "3 × Rose, 1 × Lion"),
)
"""How the LIVE gifts calculator's `gifts` field is read and written."""
