"""Properties every calculator must have, checked over whatever `calculators.CALCULATORS` holds,
so a calculator added tomorrow is held to them without anyone writing a test for it."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import CALCULATORS, RATES, evaluate
from calculators.fields import Field, Kind
from calculators.numbers import format_decimal, parse_decimal

SLUGS = sorted(CALCULATORS)
LANGS = ["en", "fr"]
NUMERIC = (Kind.COUNT, Kind.NUMBER, Kind.MONEY, Kind.PERCENT)

HOSTILE = [
    "",
    " ",
    "\u00a0\u202f",
    "1e309",
    "-1e309",
    "1E5",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "Infinity",
    "-0",
    "+0",
    "0",
    "-1",
    "0.5",
    "0,5",
    "1,500",
    "1 500",
    "1.234.567,5",
    "99999999999999999999999999999999",
    "1" + "0" * 40,
    "0.000000000000000000001",
    "١٢٣",  # Arabic-Indic digits
    "１２３",  # full-width digits
    "x" * 10_000,
    "9" * 10_000,
    "<script>alert(1)</script>",
    "yes",
    "non",
    "US",
    "uk",
    "ZZ",
    "$%",
]


def _plausible(field: Field) -> st.SearchStrategy[str]:
    """Text a reader could well type in this field, valid or nearly so, so that results occur."""
    if field.kind is Kind.BOOLEAN:
        return st.sampled_from(["true", "false", "oui", "non", "yes", "no", "1", "0", ""])
    if field.kind is Kind.COUNTRY:
        return st.sampled_from(["US", "FR", "KR", "IT", "ES", "gb", "BE", "JP", "ZZ"])
    if field.kind is Kind.CHOICE:
        return st.sampled_from([choice.code for choice in field.choices] + ["nothing"])
    if field.kind is Kind.TEXT:
        examples = [field.reader.example(lang) for lang in LANGS] if field.reader else []
        return st.sampled_from(["", field.format(field.default, "en"), *examples, "nothing"])
    return st.one_of(
        st.integers(0, 10**13).map(str),
        st.decimals(min_value=0, max_value=10**13, places=2).map(lambda value: f"{value:f}"),
        st.decimals(min_value=0, max_value=10**6, places=2).map(lambda value: format_decimal(value, "fr")),
    )


@st.composite
def raw_inputs(draw: st.DrawFn, slug: str) -> dict[str, str]:
    fields = CALCULATORS[slug].fields
    chosen = draw(st.lists(st.sampled_from(fields), unique_by=lambda field: field.name, max_size=len(fields)))
    return {
        field.name: draw(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=20), _plausible(field)))
        for field in chosen
    }


def _assert_finite(name: str, value: object) -> None:
    if isinstance(value, str) and re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", value):
        assert Decimal(value).is_finite(), name
    elif isinstance(value, str):
        assert not re.fullmatch(r"(?i)[+-]?(nan|s?nan|inf|infinity)", value), name


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("slug", SLUGS)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_any_text_gives_a_result_or_field_errors(slug, lang, data):
    raw = data.draw(raw_inputs(slug))
    evaluation = evaluate(slug, raw, lang)
    names = {field.name for field in CALCULATORS[slug].fields}
    assert set(evaluation.errors) <= names
    assert all(isinstance(problem, str) and problem for problem in evaluation.errors.values())
    answer = evaluation.to_dict()  # formats every output and draws every chart: none may raise
    if evaluation.ok:
        outputs = evaluation.outputs()
        assert set(outputs) == {output.name for output in CALCULATORS[slug].outputs}
        for name, value in outputs.items():
            assert value is None or isinstance(value, (str, bool, list)), name
            _assert_finite(name, value)
        assert set(answer["text"]) == set(outputs)
    else:
        assert evaluation.result is None
        assert answer["values"] == {}


@pytest.mark.parametrize("slug", SLUGS)
def test_defaults_evaluate_alike_in_both_languages(slug):
    english, french = evaluate(slug, {}, "en"), evaluate(slug, {}, "fr")
    assert english.ok, english.errors
    assert french.ok, french.errors
    # The values do not depend on the language; only sentences (reasons, hints) may.
    calc = CALCULATORS[slug]
    worded = {output.name for output in calc.outputs if output.kind.value in ("reasons", "text")}
    for output in calc.outputs:
        if output.name not in worded:
            assert english.outputs()[output.name] == french.outputs()[output.name], output.name
        else:
            assert (english.outputs()[output.name] is None) == (french.outputs()[output.name] is None)
    for name, value in english.outputs().items():
        _assert_finite(name, value)


@pytest.mark.parametrize("slug", SLUGS)
def test_defaults_typed_back_give_the_same_result(slug):
    """What a page pre-fills (each default, written for the reader) reads back to the same result."""
    calc = CALCULATORS[slug]
    for lang in LANGS:
        typed = {field.name: field.format(field.default, lang) for field in calc.fields}
        assert evaluate(slug, typed, lang).outputs() == evaluate(slug, {}, lang).outputs()


def _numeric_fields() -> list[tuple[str, Field]]:
    return [(slug, field) for slug in SLUGS for field in CALCULATORS[slug].fields if field.kind in NUMERIC]


@st.composite
def field_values(draw: st.DrawFn, field: Field) -> Decimal | int:
    low = field.minimum if field.minimum is not None else Decimal(-(10**12))
    high = field.maximum if field.maximum is not None else Decimal(10**12)
    if field.kind is Kind.COUNT:
        return draw(st.integers(int(low), int(high)))
    return draw(st.decimals(min_value=low, max_value=high, places=field.places)) + 0


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("slug", "field"), _numeric_fields(), ids=lambda item: getattr(item, "name", item))
@settings(max_examples=50, deadline=None)
@given(data=st.data())
def test_numeric_fields_read_back_what_they_write(slug, field, lang, data):
    value = data.draw(field_values(field))
    assert field.parse(field.format(value, lang), lang) == value


@settings(max_examples=100, deadline=None)
@given(
    # Far beyond any input (at most 10**12) or output the calculators produce.
    st.decimals(min_value=-(10**30), max_value=10**30, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(LANGS),
)
def test_numbers_read_back_what_they_write(value, lang):
    assert parse_decimal(format_decimal(value, lang), lang) == value


def test_numbers_write_values_wider_than_the_default_precision():
    assert format_decimal(Decimal(10) ** 26, "en") == "100," + ",".join(["000"] * 8)


@pytest.mark.parametrize("slug", SLUGS)
def test_every_rate_a_field_names_exists(slug):
    for field in CALCULATORS[slug].fields:
        if field.rate is not None:
            assert field.rate in RATES, f"{slug}.{field.name} names {field.rate!r}"
