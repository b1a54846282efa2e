"""What the tests type into a calculator, shared by the browser and the unit tests."""

from __future__ import annotations

from decimal import Decimal

from calculators import CALCULATORS
from calculators.fields import Kind

NOT_NUMBERS = (Kind.BOOLEAN, Kind.CHOICE, Kind.COUNTRY, Kind.TEXT)


def typed_numbers(slug: str, lang: str) -> dict[str, str]:
    """New values for every number field: the default plus half again, plus one, as a reader of
    `lang` types it (the default where that would pass the field's maximum)."""
    values = {}
    for field in CALCULATORS[slug].fields:
        if field.kind in NOT_NUMBERS:
            continue
        new = Decimal(field.default) * Decimal("1.5") + 1
        value = int(new) if field.kind is Kind.COUNT else new
        if field.maximum is not None and value > field.maximum:
            value = field.default
        values[field.name] = field.format(value, lang)
    return values
