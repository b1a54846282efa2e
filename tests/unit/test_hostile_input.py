"""Fuzzing through the very entry point the browser worker calls, `evaluate_json`, for every
calculator in both languages: whatever arrives, the answer is a result or field errors."""

from __future__ import annotations

import json
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import CALCULATORS, evaluate_json

HOSTILE_TEXT = [
    "",
    "   ",
    "\t\n",
    "1e309",
    "-1e309",
    "NaN",
    "nan",
    "inf",
    "-Infinity",
    "-0",
    "0x10",
    "١٢٣",  # Arabic-Indic digits
    "१२३",  # Devanagari digits
    "１２３",  # full-width digits
    "9" * 10_000,
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ 7*7 }}",
    "1,5,0",
    "1 500,5,5",
    "$%€£",
    "\u202e123",
    "\x00",
]

json_scalars = st.one_of(
    st.sampled_from(HOSTILE_TEXT),
    st.text(max_size=40),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
)
json_values = st.one_of(
    json_scalars, st.lists(json_scalars, max_size=3), st.dictionaries(st.text(max_size=5), json_scalars, max_size=2)
)


def _refuse_constants(name: str) -> float:
    raise AssertionError(f"the answer contains {name}")


@st.composite
def requests(draw):
    slug = draw(st.sampled_from(sorted(CALCULATORS)))
    names = [field.name for field in CALCULATORS[slug].fields]
    keys = st.one_of(st.sampled_from(names), st.text(max_size=12))
    values = draw(st.dictionaries(keys, json_values, max_size=len(names) + 2))
    return slug, values, draw(st.sampled_from(["en", "fr"]))


@settings(max_examples=300, deadline=None)
@given(requests())
def test_any_request_gives_a_result_or_field_errors(request):
    slug, values, lang = request
    answer = json.loads(evaluate_json(slug, json.dumps(values), lang), parse_constant=_refuse_constants)
    fields = {field.name for field in CALCULATORS[slug].fields}
    assert set(answer["errors"]) <= set(values) | fields
    if answer["ok"]:
        for name, value in answer["values"].items():
            assert value is None or isinstance(value, (str, bool, list)), name
            if isinstance(value, str) and value.lstrip("-").replace(".", "", 1).isdigit():
                assert math.isfinite(float(value))
    else:
        assert answer["values"] == {}
        assert all(isinstance(message, str) and message for message in answer["errors"].values())


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(CALCULATORS)), st.sampled_from(HOSTILE_TEXT), st.sampled_from(["en", "fr"]))
def test_hostile_text_in_every_field(slug, text, lang):
    names = {field.name for field in CALCULATORS[slug].fields}
    for name in names:
        answer = json.loads(evaluate_json(slug, json.dumps({name: text}), lang), parse_constant=_refuse_constants)
        # A bad value is reported on its field; a valid one may break a rule across fields.
        assert answer["ok"] or name in answer["errors"] or set(answer["errors"]) <= names
