"""babel (CLDR) as the oracle for calculators/numbers.py: the site writes numbers, money and
percentages as CLDR does for en_US and fr_FR, except where its own typography chooses otherwise,
and each such choice is listed here with its reason. babel is a test dependency only: Pyodide runs
numbers.py without it."""

from __future__ import annotations

import pytest
from babel import numbers as cldr
from hypothesis import given
from hypothesis import strategies as st

from calculators.locales import locale
from calculators.numbers import format_decimal, format_money, format_percent, quantize

CLDR_LOCALE = {"en": "en_US", "fr": "fr_FR"}
# The site's deliberate departures from CLDR, as (CLDR's text, the site's) per language.
DEPARTURES = {
    "en": [
        ("CHF", "CHF\u00a0"),  # a space after a letter symbol reads better: CHF 12.50
    ],
    "fr": [
        ("-", "\u2212"),  # French typography sets a true minus sign, not a hyphen
        ("\u00a0%", "\u202f%"),  # and a narrow no-break space before %, as before ; ! ?
        ("£GB", "£"),  # the pound needs no country in a page that names the currency
    ],
}

amounts = st.decimals(min_value=-(10**12), max_value=10**12, allow_nan=False, allow_infinity=False, places=6)


def as_site_writes(text: str, lang: str) -> str:
    for theirs, ours in DEPARTURES[lang]:
        text = text.replace(theirs, ours)
    return text


def test_the_locale_records_name_the_cldr_symbols():
    for lang, tag in CLDR_LOCALE.items():
        rules = locale(lang)
        assert rules.decimal == cldr.get_decimal_symbol(tag)
        assert rules.group == cldr.get_group_symbol(tag)
        assert rules.social_locale == tag


@pytest.mark.parametrize("lang", ["en", "fr"])
@given(value=amounts)
def test_numbers_are_written_as_cldr_writes_them(lang, value):
    rounded = quantize(value, 2)
    expected = cldr.format_decimal(rounded, format="#,##0.##", locale=CLDR_LOCALE[lang])
    if rounded == 0:
        expected = "0"  # CLDR keeps the sign of a negative zero; nobody writes −0
    assert format_decimal(value, lang) == as_site_writes(expected, lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("currency", ["USD", "EUR", "GBP", "CHF", "CAD"])
@given(value=amounts)
def test_money_is_written_as_cldr_writes_it(lang, currency, value):
    rounded = quantize(value, 2)
    if rounded == 0:
        rounded = abs(rounded)
    expected = cldr.format_currency(rounded, currency, locale=CLDR_LOCALE[lang])
    assert format_money(value, lang, currency) == as_site_writes(expected, lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
@given(value=st.decimals(min_value=0, max_value=10**6, allow_nan=False, allow_infinity=False, places=4))
def test_percentages_are_written_as_cldr_writes_them(lang, value):
    rounded = quantize(value, 2)
    expected = cldr.format_percent(rounded / 100, locale=CLDR_LOCALE[lang], decimal_quantization=False)
    assert format_percent(value, lang) == as_site_writes(expected, lang)
