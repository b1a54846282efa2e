"""Time one full call (parse, validate, compute, format, charts) of every calculator, in CPython
and in Pyodide under Node. A benchmark, not a test: the target is at most 0.3 ms per call in
CPython. The machine is shared, so each figure is the best of several rounds: what a call costs
when nothing else is running, not the noise of whatever else is.

    .venv/bin/python benchmarks/calls.py PACKAGE_DIR   # a built site's assets/calculators/<hash>/
"""

from __future__ import annotations

import json
import subprocess
import sys
import timeit
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from calculators import CALCULATORS, evaluate_json  # noqa: E402

REPEATS = 200
ROUNDS = 20
BUDGET_US = 300


def cpython_timings() -> dict[str, float]:
    """Microseconds per call: the best of ROUNDS rounds of REPEATS // ROUNDS calls."""
    number = REPEATS // ROUNDS
    return {
        slug: min(timeit.repeat(lambda slug=slug: evaluate_json(slug, "{}", "fr"), number=number, repeat=ROUNDS))
        / number
        * 1e6
        for slug in CALCULATORS
    }


def pyodide_timings(package_dir: Path) -> dict[str, float]:
    completed = subprocess.run(
        ["node", str(PROJECT / "benchmarks" / "calls.mjs"), str(package_dir), str(REPEATS), str(ROUNDS)],
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT,
    )
    return json.loads(completed.stdout)


def table(package_dir: Path) -> str:
    cpython, pyodide = cpython_timings(), pyodide_timings(package_dir)
    lines = [
        f"| Calculator | CPython (µs per call) | Pyodide (µs per call) | At most {BUDGET_US} µs in CPython |",
        "|---|---:|---:|:---:|",
    ]
    for slug in CALCULATORS:
        lines.append(
            f"| `{slug}` | {cpython[slug]:.0f} | {pyodide[slug]:.0f} | {'yes' if cpython[slug] <= BUDGET_US else 'NO'} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(table(Path(sys.argv[1])))
