"""Reading and writing numbers the way each page's readers type them."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators.numbers import NumberFormatError, format_decimal, format_money, format_percent, parse_decimal


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,500", "1500"),
        ("1,234,567.25", "1234567.25"),
        ("0.5", "0.5"),
        (".5", "0.5"),
        ("$1,500", "1500"),
        ("15%", "15"),
        ("  42 ", "42"),
        ("1 500", "1500"),
        ("-0", "0"),
        ("\u22125", "-5"),
    ],
)
def test_english(text, value):
    assert parse_decimal(text, "en") == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 500", "1500"),
        ("1\u00a0500", "1500"),  # no-break space
        ("1\u202f500", "1500"),  # narrow no-break space, as the French formatter writes
        ("1\u2009500,75", "1500.75"),  # thin space
        ("0,5", "0.5"),
        ("0.5", "0.5"),  # a dot typed on a phone keypad still means a decimal point
        ("1.234.567,5", "1234567.5"),
        ("15 %", "15"),
        ("25 €", "25"),
        ("4,99 $US", "4.99"),
    ],
)
def test_french(text, value):
    assert parse_decimal(text, "fr") == Decimal(value)


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("", "en", "required"),
        ("   ", "fr", "required"),
        ("abc", "en", "not_a_number"),
        ("1,5", "en", "bad_grouping"),
        ("1e309", "en", "not_a_number"),
        ("NaN", "en", "not_a_number"),
        ("inf", "fr", "not_a_number"),
        ("١٢٣", "en", "not_a_number"),  # Arabic-Indic digits
        ("1,000.5,0", "en", "bad_grouping"),
        ("1,5.0", "fr", "not_a_number"),
        ("9" * 65, "en", "too_long"),
        ("<script>alert(1)</script>", "fr", "not_a_number"),
    ],
)
def test_what_is_not_a_number(text, lang, key):
    with pytest.raises(NumberFormatError) as raised:
        parse_decimal(text, lang)
    assert raised.value.key == key


def test_writing():
    assert format_decimal(Decimal("12345.5"), "en") == "12,345.5"
    assert format_decimal(Decimal("12345.5"), "fr") == "12\u202f345,5"
    assert format_money(Decimal("1234.5"), "en") == "$1,234.50"
    assert format_money(Decimal("1234.5"), "fr") == "1\u202f234,50\u00a0$US"
    assert format_money(Decimal("-3"), "en") == "-$3.00"
    assert format_money(Decimal("10"), "fr", "EUR") == "10,00\u00a0€"
    assert format_percent(Decimal("17.675"), "en") == "17.68%"
    assert format_percent(Decimal("17.675"), "fr") == "17,68\u202f%"
    assert format_decimal(Decimal("-0.001"), "en") == "0"


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_what_is_written_reads_back(value):
    for lang in ("en", "fr"):
        assert parse_decimal(format_decimal(value, lang), lang) == value
        assert parse_decimal(format_money(value, lang), lang) == value


def test_ceil_div_needs_no_more_precision_than_it_is_given():
    # A goal over a tiny rate: a quotient with more digits than any decimal context holds.
    from decimal import localcontext

    from calculators.numbers import ceil_div

    with localcontext(prec=10):
        assert ceil_div(Decimal(100), Decimal("1e-30")) == 10**32
        assert ceil_div(Decimal(10), Decimal(3)) == 4
