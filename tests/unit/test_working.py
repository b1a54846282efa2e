"""The working shown ("How this is calculated"): the formula in words with the reader's numbers,
and a command that gives exactly the answer the page shows."""

from __future__ import annotations

import json
import shlex

import pytest

from calculators import CALCULATORS, evaluate, evaluate_json
from calculators.cli import main
from calculators.fields import GOAL_INPUT, Calculator, DeclarationError, Kind
from calculators.text import Text
from tests.support.inputs import typed_numbers

SLUGS = sorted(CALCULATORS)


def typed(slug: str, lang: str) -> dict[str, str]:
    """Every number field changed, as a reader of `lang` types it."""
    values = typed_numbers(slug, lang)
    for field in CALCULATORS[slug].fields:
        if field.kind in (Kind.BOOLEAN, Kind.CHOICE, Kind.COUNTRY):
            values[field.name] = field.format(field.default, lang)
        elif field.kind is Kind.TEXT:  # gifts by name: a shell must keep "3 × Rose" in one word
            values[field.name] = "3 × Rose, 1 × Lion"
    if CALCULATORS[slug].goal is not None:
        values[GOAL_INPUT] = "2 500" if lang == "fr" else "2,500"
    return values


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("slug", SLUGS)
def test_the_command_gives_the_answer_the_page_shows(slug, lang, capsys):
    raw = typed(slug, lang)
    answer = json.loads(evaluate_json(slug, json.dumps(raw), lang))
    assert answer["ok"], answer["errors"]
    words = shlex.split(answer["command"])
    assert words[:4] == ["python", "-m", "calculators", slug]
    assert main(words[3:]) == 0
    assert json.loads(capsys.readouterr().out) == answer["values"]


def test_the_command_leaves_out_defaults_and_quotes_what_a_shell_would_split():
    answer = json.loads(evaluate_json("creator-rewards", json.dumps({"qualified_views": "1 500 000"}), "fr"))
    assert answer["command"] == (
        "python -m calculators creator-rewards --lang fr --goal '1\u202f000' --json 'qualified_views=1 500 000'"
    )
    answer = json.loads(evaluate_json("payout", "{}", "en"))
    assert answer["command"] == "python -m calculators payout --json"


def test_the_formula_is_filled_with_the_readers_numbers():
    evaluation = evaluate("creator-rewards", {"qualified_views": "1,500,000", "rpm_low": "0.5"})
    assert evaluation.working() == [
        "1,500,000 qualified views × $0.50 ÷ 1,000 = $750.00 a month at the low RPM",
        "1,500,000 qualified views × $1.00 ÷ 1,000 = $1,500.00 a month at the high RPM",
        "× 12 months = $9,000.00 to $18,000.00 a year",
    ]
    french = evaluate("subscriptions", {"subscribers": "1 000"}, "fr").working()
    assert french[0] == "1\u202f000 abonnés × 4,99\u00a0$US × (50\u202f% + 0\u202f%) = 2\u202f495,00\u00a0$US par mois"
    # Figures of the data file are quoted, never typed.
    assert "15%" in evaluate("brand-deal", {}).working()[1]
    assert evaluate("series", {"buyers": "x"}).working() == []


@pytest.mark.parametrize("slug", [slug for slug in SLUGS if CALCULATORS[slug].goal is not None])
def test_every_money_calculator_shows_its_working_in_both_languages(slug):
    for lang in ("en", "fr"):
        lines = evaluate(slug, {}, lang).working()
        assert lines
        assert all("{" not in line for line in lines)
        # Every output the calculator shows appears in its working, as the reader reads it.
        shown = evaluate(slug, {}, lang).formatted()
        for output in CALCULATORS[slug].outputs:
            if output.kind.value in ("money", "count", "number", "percent"):
                assert any(shown[output.name] in line for line in lines), (slug, lang, output.name)


def test_a_working_line_naming_nothing_the_calculator_has_fails_at_import():
    base = CALCULATORS["series"]
    with pytest.raises(DeclarationError, match="working"):
        Calculator(**{**base.__dict__, "working": (Text("{buyers} × {nothing}", "{buyers} × {nothing}"),)})
