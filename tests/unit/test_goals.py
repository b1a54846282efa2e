"""Goal seek ("what do I need for X a month?"): the answer, fed back into the calculator, reaches
the goal, and one less does not; checked over every calculator that declares a goal."""

from __future__ import annotations

import decimal
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import CALCULATORS, evaluate, evaluate_json
from calculators.cli import main
from calculators.engine import evaluate_goal
from calculators.fields import GOAL_INPUT, Calculator, DeclarationError, Field, GoalSeek, Kind, Output, OutputKind
from calculators.goals import GOAL_FIELD, _first_reaching, goal_outputs, seek
from calculators.text import Text

GOALS = sorted(slug for slug, calc in CALCULATORS.items() if calc.goal is not None)
EXACT = decimal.Context(prec=60, traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow])


def test_every_money_calculator_of_the_issue_answers_a_goal():
    assert set(GOALS) >= {
        "creator-rewards",
        "creator-fund",
        "live-gifts",
        "subscriptions",
        "series",
        "own-products",
        "affiliate",
        "brand-deal",
    }


def _value(field: Field) -> st.SearchStrategy[object]:
    low = field.minimum if field.minimum is not None else Decimal(0)
    if field.kind is Kind.COUNT:
        return st.integers(int(low), min(int(field.maximum or 10**9), 10**9))
    if field.kind is Kind.CHOICE:
        return st.sampled_from([choice.code for choice in field.choices])
    high = min(field.maximum or Decimal(1000), Decimal(1000))
    return st.decimals(low, high, places=min(field.places, 4), allow_nan=False, allow_infinity=False)


@st.composite
def cases(draw: st.DrawFn, slug: str) -> tuple[dict[str, object], Decimal]:
    calc = CALCULATORS[slug]
    values = {item.name: draw(_value(item)) for item in calc.fields}
    goal = draw(st.decimals(Decimal(0), Decimal(10**6), places=2, allow_nan=False, allow_infinity=False))
    return values, goal


def _output(calc: Calculator, values: dict[str, object], name: str) -> Decimal:
    with decimal.localcontext(EXACT):
        return Decimal(getattr(calc.compute(**values), name))


def _check(slug: str, values: dict[str, object], goal: Decimal) -> None:
    calc = CALCULATORS[slug]
    evaluation = evaluate(slug, values)
    if not evaluation.ok:  # a cross-field rule (shares over 100 %…): nothing to seek
        return
    assert calc.goal is not None
    answer = seek(calc, evaluation.values, goal)
    # Each end of the range answers one of the outputs (each its own); the fewest come first.
    pool = list(answer.values())
    reachable = [need for need in pool if need is not None]
    assert reachable == sorted(reachable)
    assert pool == reachable + [None] * (len(pool) - len(reachable))
    for output in calc.goal.outputs:
        if calc.goal.solve is None:
            each = _output(calc, dict(evaluation.values), output)

            def right(n: int, each: Decimal = each) -> bool:
                return n * each >= goal and (n == 0 or (n - 1) * each < goal)

            unreachable = each == 0 and goal > 0
        else:
            field = calc.field(calc.goal.solve)

            def reached(count: int, output: str = output, solve: str = field.name) -> bool:
                return _output(calc, {**evaluation.values, solve: count}, output) >= goal

            def right(n: int, field: Field = field, reached=reached) -> bool:
                return reached(n) and (n == field.minimum or not reached(n - 1))

            unreachable = not reached(int(field.maximum or 10**12))
        match = next((n for n in pool if n is not None and right(n)), None)
        if match is None:
            assert unreachable, f"no answer for {output}: {answer}"
        pool.remove(match)
    assert pool == []


@pytest.mark.parametrize("slug", GOALS)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_the_answer_fed_back_reaches_the_goal_and_one_less_does_not(slug, data):
    values, goal = data.draw(cases(slug))
    _check(slug, values, goal)


@pytest.mark.parametrize(
    ("slug", "inputs", "goal", "expected"),
    [
        # $1,000 at $0.40 to $1.00 per 1,000 qualified views: 1,000,000 to 2,500,000 views.
        ("creator-rewards", {"rpm_low": "0.40", "rpm_high": "1.00"}, "1000", ("1000000", "2500000")),
        # One more view than 1,000 x 1000 / 0.4 would be one too many; $1,000.01 needs 2 more.
        ("creator-rewards", {"rpm_low": "0.40", "rpm_high": "1.00"}, "1000.01", ("1000010", "2500025")),
        # $10 x 50 % base share = $5 a subscriber: 200 subscribers make $1,000.
        ("subscriptions", {"price": "10", "creator_share": "50", "bonus_share": "0"}, "1000", ("200",)),
        # $500 a post, ± 15 %: $425 to $575, so 2 posts ($1,150) at best, 3 ($1,275) at worst.
        ("brand-deal", {}, "1000", ("2", "3")),
        # Own products: each unit leaves price - fee - cost; fixed costs come first.
        (
            "own-products",
            {"price": "20", "unit_cost": "5", "platform_fee": "0", "fixed_costs": "100"},
            "1000",
            ("74",),  # 74 x 15 - 100 = 1,010; 73 x 15 - 100 = 995
        ),
        ("series", {"price": "10", "creator_share": "50"}, "0", ("0",)),
    ],
)
def test_worked_examples(slug, inputs, goal, expected):
    goal_answer = evaluate_goal(evaluate(slug, inputs), goal)
    assert goal_answer.error is None
    assert tuple(goal_answer.values.values()) == expected


def test_a_goal_out_of_reach_is_not_available():
    answer = evaluate_goal(evaluate("creator-rewards", {"rpm_low": "0", "rpm_high": "1"}), "1000")
    assert answer.values == {"goal_low": "1000000", "goal_high": None}
    assert answer.text["goal_high"] == "not available"
    answer = evaluate_goal(evaluate("brand-deal", {"followers": "0"}), "1000")
    assert answer.values == {"goal_low": None, "goal_high": None}


def test_the_goal_is_read_as_a_reader_of_the_page_types_it():
    assert (
        evaluate_goal(evaluate("subscriptions", {}, "fr"), "1 000,5").values
        == evaluate_goal(evaluate("subscriptions", {}), "1,000.5").values
    )
    assert evaluate_goal(evaluate("subscriptions", {}, "fr"), "mille").error == "Saisis un nombre, par exemple 0,5."
    assert evaluate_goal(evaluate("subscriptions", {}), "-1").error is not None


def test_labels_in_both_languages():
    outputs = goal_outputs(CALCULATORS["creator-rewards"])
    assert [output.label("en") for output in outputs] == [
        "Qualified views needed a month, at best",
        "Qualified views needed a month, at worst",
    ]
    assert outputs[0].label("fr") == "Vues qualifiées nécessaires par mois, au mieux"
    assert [output.name for output in goal_outputs(CALCULATORS["series"])] == ["goal_needed"]
    assert GOAL_FIELD.label("fr") == "Ton objectif par mois (USD)"


def test_the_worker_answer_carries_the_goal_and_its_errors():
    answer = json.loads(evaluate_json("series", json.dumps({"buyers": "10", GOAL_INPUT: "1 000"}), "fr"))
    assert answer["ok"]
    assert answer["values"]["goal_needed"] == "287"
    assert list(answer["values"])[-1] == "goal_needed"  # the goal's outputs come last
    answer = json.loads(evaluate_json("series", json.dumps({GOAL_INPUT: "x"}), "en"))
    assert not answer["ok"]
    assert set(answer["errors"]) == {GOAL_INPUT}
    # The goal input means nothing to a calculator that answers no goal: an unknown field.
    answer = json.loads(evaluate_json("payout", json.dumps({GOAL_INPUT: "1"}), "en"))
    assert GOAL_INPUT in answer["errors"]


def test_cli_goal(capsys):
    assert main(["creator-rewards", "--goal", "1000", "--json", "rpm_low=0.40", "rpm_high=1"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["goal_low"], out["goal_high"]) == ("1000000", "2500000")
    assert list(out)[:4] == ["monthly_low", "monthly_high", "yearly_low", "yearly_high"]
    assert main(["series", "--lang", "fr", "--goal", "1 000"]) == 0
    assert "Acheteurs nécessaires par mois" in capsys.readouterr().out
    assert main(["series", "--goal", "lots"]) == 2
    assert "--goal" in capsys.readouterr().err
    with pytest.raises(SystemExit) as raised:
        main(["payout", "--goal", "1000"])
    assert raised.value.code == 2
    # Without --goal, the CLI answers exactly as before.
    assert main(["creator-rewards", "--json"]) == 0
    assert "goal_low" not in json.loads(capsys.readouterr().out)


def test_declarations_are_checked():
    base = CALCULATORS["series"]
    with pytest.raises(DeclarationError, match="money"):
        Calculator(**{**base.__dict__, "goal": GoalSeek(("buyers",), Text("x", "x"), solve="buyers")})
    with pytest.raises(DeclarationError, match="count input"):
        Calculator(**{**base.__dict__, "goal": GoalSeek(("earnings",), Text("x", "x"), solve="price")})
    clash = (*base.outputs, Output("goal_needed", OutputKind.COUNT, Text("x", "x")))
    with pytest.raises(DeclarationError):
        Calculator(**{**base.__dict__, "outputs": clash})


@given(
    low=st.integers(min_value=0, max_value=10**6),
    span=st.integers(min_value=1, max_value=10**12),
    data=st.data(),
)
def test_the_search_finds_the_first_count_from_any_guess(low, span, data):
    """Galloping from a guess, right or wrong, then halving: the least count that reaches, in
    few tries (the guess is the proportional one, right for most calculators, not for all)."""
    high = low + span
    answer = data.draw(st.integers(min_value=low + 1, max_value=high))
    guess = data.draw(st.integers(min_value=-10, max_value=high + 10))
    tries: list[int] = []

    def reaches(count: int) -> bool:
        tries.append(count)
        assert low < count <= high, "only counts strictly inside the bracket are tried"
        return count >= answer

    assert _first_reaching(reaches, low, high, guess) == answer
    assert len(tries) <= 4 * span.bit_length() + 2
    if guess == answer:
        assert len(tries) <= 2
