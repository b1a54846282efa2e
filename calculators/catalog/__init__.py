"""The calculators, one module each. Adding a module here that defines `CALCULATOR` is all it takes."""

from __future__ import annotations

import importlib
import pkgutil

from ..fields import Calculator


def _discover() -> dict[str, Calculator]:
    found: dict[str, Calculator] = {}
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        calculator = getattr(module, "CALCULATOR", None)
        if isinstance(calculator, Calculator):
            if calculator.slug in found:
                raise RuntimeError(f"two calculators share the slug {calculator.slug!r}")
            found[calculator.slug] = calculator
    return found


CALCULATORS: dict[str, Calculator] = _discover()
