"""Every module and data file of the package, loaded now.

A Python started from a memory snapshot has the snapshot's memory but none of its files. The
browser's snapshot is made after `preload()` (docs/assets/js/worker/pyodide-compat.js), so that a
later visit starts with the calculators already imported and never reads the wheel again.
"""

from __future__ import annotations

import importlib
import pkgutil

from .countries import country_name
from .locales import languages, locale

NOT_IN_THE_BROWSER = frozenset({"calculators.__main__", "calculators.cli"})
"""The command line: it needs `argparse`, which the site's trimmed standard library leaves out."""


def preload() -> list[str]:
    """Import every module the browser can use and read every data file; return the modules."""
    package = importlib.import_module("calculators")
    names = sorted(
        info.name
        for info in pkgutil.walk_packages(package.__path__, "calculators.")
        if info.name not in NOT_IN_THE_BROWSER
    )
    for name in names:
        importlib.import_module(name)
    for lang in languages():  # the data files read on first use (each cached once read)
        locale(lang)
        country_name("FR", lang)
    return names
