"""TikTok earnings calculators: pure functions over `Decimal`, in English and in French.

    >>> from calculators import evaluate
    >>> evaluate("live-gifts", {"coins": "1,000"}).outputs()["earnings"]
    '2.50'

Stdlib only and free of I/O, so the same code runs in CPython and, unchanged, in Pyodide.
"""

from .catalog import CALCULATORS
from .engine import Evaluation, calculator, evaluate, evaluate_json
from .preload import preload
from .rates import RATES, REVIEWED

__all__ = ["CALCULATORS", "RATES", "REVIEWED", "Evaluation", "calculator", "evaluate", "evaluate_json", "preload"]
__version__ = "0.1.0"
