"""Sensitivity: where a result rests on a rate whose sources give a low and a high value, the
result at the low end, at the reader's value and at the high end, and which of those rates moves
the result most. Computed with the calculator's own `compute`, the other inputs held."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .fields import Calculator, Spread, Value
from .rates import RATES
from .text import Lang


@dataclass(frozen=True)
class SpreadResult:
    """One rate: its low, the reader's and its high value, and the output at each."""

    spread: Spread
    rates: tuple[Decimal, Decimal, Decimal]
    results: tuple[Any, Any, Any]

    @property
    def swing(self) -> Decimal:
        """How far the output moves from one end of the rate to the other."""
        low, _, high = self.results
        return abs(Decimal(high) - Decimal(low)) if low is not None and high is not None else Decimal(0)


def spread_results(calc: Calculator, values: Mapping[str, Value], lang: Lang = "en") -> list[SpreadResult]:
    """Each declared rate at its sourced low, at the reader's value and at its sourced high."""
    found = []
    for spread in calc.spreads:
        figure = RATES[spread.figure]
        # Both ends exist: the declarations were checked at import.
        assert figure.low is not None
        assert figure.high is not None
        typical = values[spread.field]
        if isinstance(typical, bool | str | tuple):
            raise TypeError(f"{calc.slug}: {spread.field!r} is not a number")
        ends = (figure.low.value, Decimal(typical), figure.high.value)
        results = tuple(
            getattr(calc.compute(**{**values, spread.field: end}, lang=lang), spread.output) for end in ends
        )
        found.append(SpreadResult(spread, ends, (results[0], results[1], results[2])))
    return found


def most_moving(found: list[SpreadResult]) -> SpreadResult | None:
    """The rate that moves its result most from one end to the other (the first, on a tie)."""
    return max(found, key=lambda item: item.swing, default=None)
