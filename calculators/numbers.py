"""Locale-aware reading and writing of numbers, the way readers type them on each page.

English pages read ``1,500`` and ``0.5``; French pages read ``1 500`` (any kind of space) and
``0,5``. A currency sign or a percent sign typed along with the number is ignored. Only ASCII
digits are accepted: a digit from another script is more likely a paste accident than intent.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, getcontext, localcontext

from .locales import locale
from .text import Lang

MAX_INPUT_LENGTH = 64
"""Longer text is refused before any parsing: no number a reader means is that long."""

# What a reader may type around the number itself.
_DECORATIONS = re.compile(r"(?i)(us\s*\$|\$\s*us|usd|eur|gbp|[$€£%])")
_MINUS_SIGNS = "-\u2212\u2012\u2013"
# ASCII digits only: `\d` would also accept digits from other scripts.
_PLAIN = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)")
_EN_GROUPED = re.compile(r"[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]*)?")
_FR_GROUPED = re.compile(r"[+-]?[0-9]{1,3}(\.[0-9]{3}){2,}(,[0-9]*)?")

# Typographic spaces used when writing French, as babel does: U+202F between groups and before
# the percent sign, U+00A0 before a currency.
NARROW_NBSP = "\u202f"
NBSP = "\u00a0"


class NumberFormatError(ValueError):
    """Raised with a message key (see `messages`) when text cannot be read as a number."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _is_space(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) == "Zs" or char in "\u200b\u2060\ufeff"


def parse_decimal(text: str, lang: Lang) -> Decimal:
    """Read what a reader typed on a page in `lang`; raise `NumberFormatError` when it is no number."""
    if len(text) > MAX_INPUT_LENGTH:
        raise NumberFormatError("too_long")
    cleaned = _DECORATIONS.sub("", text)
    cleaned = "".join(char for char in cleaned if not _is_space(char))
    for minus in _MINUS_SIGNS:
        cleaned = cleaned.replace(minus, "-")
    if not cleaned:
        raise NumberFormatError("required" if not text.strip() else "not_a_number")
    if locale(lang).input == "space":
        if _FR_GROUPED.fullmatch(cleaned):  # 1.234.567,5: dots grouping thousands
            cleaned = cleaned.replace(".", "")
        elif "," in cleaned and "." in cleaned:
            raise NumberFormatError("not_a_number")
        cleaned = cleaned.replace(",", ".")
    elif "," in cleaned:
        if not _EN_GROUPED.fullmatch(cleaned):
            raise NumberFormatError("bad_grouping")
        cleaned = cleaned.replace(",", "")
    if not _PLAIN.fullmatch(cleaned):
        raise NumberFormatError("not_a_number")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:  # pragma: no cover - the pattern above already excludes this
        raise NumberFormatError("not_a_number") from error
    return Decimal(0) if value.is_zero() else value  # -0 reads as 0; nothing else is rounded


def ceil_div(numerator: Decimal, denominator: Decimal) -> int:
    """Exact ceiling of a positive quotient (how many whole coins, days or units it takes),
    whatever the decimal context's precision."""
    digits = max(numerator.adjusted() - denominator.adjusted(), 0) + 5
    with localcontext(prec=max(digits, getcontext().prec)):
        quotient, remainder = divmod(numerator, denominator)
    return int(quotient) + (1 if remainder else 0)


_STEPS: dict[int, Decimal] = {}  # places -> Decimal("1e-places"), the quantum quantize rounds to


def quantize(value: Decimal, places: int) -> Decimal:
    """Round half up, as people and invoices do, to a fixed number of decimal places, with
    enough precision for the number's own digits whatever the caller's decimal context."""
    step = _STEPS.get(places)
    if step is None:
        step = _STEPS[places] = Decimal(1).scaleb(-places)
    digits = max(value.adjusted(), 0) + places + 2
    if digits <= getcontext().prec:  # the usual case: no wider context needed (and none made)
        return value.quantize(step, rounding=ROUND_HALF_UP)
    with localcontext(prec=digits):
        return value.quantize(step, rounding=ROUND_HALF_UP)


def plain(value: Decimal, max_places: int) -> str:
    """A decimal string without exponent and without trailing zeros after the point."""
    text = f"{quantize(value, max_places):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_decimal(value: Decimal, lang: Lang, places: int | None = None, max_places: int = 2) -> str:
    """Write a number for a reader of `lang`: ``12,345.5`` in English, ``12 345,5`` in French.

    With `places` the number shows exactly that many decimals (money); otherwise up to
    `max_places`, without trailing zeros.
    """
    text = f"{quantize(value, places):f}" if places is not None else plain(value, max_places)
    sign = ""
    if text.startswith("-"):
        sign, text = "-", text[1:]
        if set(text) <= {"0", "."}:
            sign = ""
    whole, _, fraction = text.partition(".")
    rules = locale(lang)
    grouped = f"{int(whole):,}".replace(",", rules.group) if len(whole) > 3 else whole
    body = grouped + (rules.decimal + fraction if fraction else "")
    return (rules.minus if sign else "") + body


def format_money(value: Decimal, lang: Lang, currency: str = "USD", places: int = 2) -> str:
    """``$1,234.50`` in English; ``1 234,50 $US`` in French (and likewise for EUR and GBP).
    `places` above 2 is for tiny amounts such as the price of one coin."""
    rules = locale(lang)
    number = format_decimal(value, lang, places=places)
    sign = ""
    if number.startswith(rules.minus):
        sign, number = rules.minus, number[len(rules.minus) :]
    return rules.money.format(sign=sign, symbol=rules.symbol(currency), number=number)


def format_percent(value: Decimal, lang: Lang, max_places: int = 2) -> str:
    """``17.68%`` in English; ``17,68 %`` in French."""
    return locale(lang).percent.format(number=format_decimal(value, lang, max_places=max_places))
