"""Goal seek: "what do I need for X a month?", answered by the calculator's own `compute`.

A calculator declares what it can answer (`fields.GoalSeek`): which count input to solve for
(views, coins, subscribers, buyers, units) and which money outputs must reach the goal; or, with
no input to solve, how many times its result is needed (brand deals a month). The answer is the
smallest whole number whose exact result (before rounding to the cent) reaches the goal, so
feeding it back into the calculator reaches the goal and one less does not. A calculator whose
rate is a range gives two outputs, so the answer is a range too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

from .fields import GOAL_INPUT, Calculator, Field, GoalSeek, Kind, Output, OutputKind, Value
from .numbers import ceil_div
from .rates import rate
from .text import Lang, Text

GOAL_FIELD = Field(
    GOAL_INPUT,
    Kind.MONEY,
    Text("Your goal a month (USD)", "Ton objectif par mois (USD)"),
    rate("examples.monthly_goal"),
    help=Text(
        "What you would like this to pay each month; the answer is the least that reaches it.",
        "Ce que tu voudrais en tirer chaque mois ; la réponse est le minimum qui l'atteint.",
    ),
    rate="examples.monthly_goal",
)
"""The goal input, the same for every calculator that answers a goal."""

_RANGE_ENDS = (
    Text("{label}, at best", "{label}, au mieux"),
    Text("{label}, at worst", "{label}, au pire"),
)

_NO_MAXIMUM = 10**12


def goal_outputs(calc: Calculator) -> tuple[Output, ...]:
    """The outputs of the goal's answer, after the calculator's own: whole numbers."""
    goal = _declared(calc)
    if len(goal.output_names) == 1:
        return (Output(goal.output_names[0], OutputKind.COUNT, goal.label),)
    return tuple(
        Output(name, OutputKind.COUNT, Text(end.en.format(label=goal.label.en), end.fr.format(label=goal.label.fr)))
        for name, end in zip(goal.output_names, _RANGE_ENDS, strict=True)
    )


def seek(calc: Calculator, values: Mapping[str, Value], goal: Decimal, lang: Lang = "en") -> dict[str, int | None]:
    """The goal's answer by output name (`goal_low`, `goal_high` or `goal_needed`): None where
    the goal cannot be reached (a rate of zero, or more than the input allows)."""
    declared = _declared(calc)
    needs = [_needed(calc, declared, values, goal, output, lang) for output in declared.outputs]
    # The fewest first; "cannot be reached" is the most of all.
    needs.sort(key=lambda need: (need is None, need or 0))
    return dict(zip(declared.output_names, needs, strict=True))


def _declared(calc: Calculator) -> GoalSeek:
    if calc.goal is None:
        raise ValueError(f"{calc.slug} answers no goal")
    return calc.goal


def _needed(
    calc: Calculator, goal: GoalSeek, values: Mapping[str, Value], target: Decimal, output: str, lang: Lang
) -> int | None:
    if goal.solve is None:
        each = Decimal(getattr(calc.compute(**values, lang=lang), output))
        if target <= 0:
            return 0
        return ceil_div(target, each) if each > 0 else None
    field = calc.field(goal.solve)
    solve = goal.solve

    def reaches(count: int) -> bool:
        return bool(getattr(calc.compute(**{**values, solve: count}, lang=lang), output) >= target)

    low = int(field.minimum or 0)
    high = int(field.maximum) if field.maximum is not None else _NO_MAXIMUM
    if reaches(low):
        return low
    if not reaches(high):
        return None
    # Outputs grow with the input (every goal's input is a count that multiplies a rate), so the
    # answer is the first count that reaches the goal: not `low`, but `high`. Most outputs are
    # proportional to the input, so a proportional guess is usually right at once.
    current = values.get(solve)
    probe = max(low + 1, int(current) if isinstance(current, int | Decimal) else 0, 1)
    at_probe = Decimal(getattr(calc.compute(**{**values, solve: probe}, lang=lang), output))
    guess = ceil_div(target * probe, at_probe) if at_probe > 0 else high
    return _first_reaching(reaches, low, high, guess)


def _first_reaching(reaches: Callable[[int], bool], low: int, high: int, guess: int) -> int:
    """The least count in (low, high] that reaches the goal, given that `low` does not and
    `high` does: galloping from `guess` to bracket it (two tries when the guess is right), then
    halving the bracket."""
    guess = min(max(guess, low + 1), high)
    step = 1
    if reaches(guess):
        high = guess
        while high - step > low:
            if not reaches(high - step):
                low = high - step
                break
            high, step = high - step, step * 2
    else:
        low = guess
        while low + step < high:
            if reaches(low + step):
                high = low + step
                break
            low, step = low + step, step * 2
    while high - low > 1:
        middle = (low + high) // 2
        if reaches(middle):
            high = middle
        else:
            low = middle
    return high
