"""The same calculators package, run inside Pyodide (Python 3.14, WebAssembly) under Node, gives
exactly what CPython gives: a golden table computed here, replayed there."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from calculators import CALCULATORS, evaluate_json
from calculators.fields import GOAL_INPUT, Kind
from calculators.gifts import GIFT_LIST

pytestmark = pytest.mark.pyodide

PROJECT = Path(__file__).resolve().parents[2]


SNAPSHOT_LIMIT = 30 * 2**20 + 2**16
"""Pyodide 314.0.x restores no snapshot larger than its initial 30 MiB heap (issue #6254); the
snapshot adds a header of a few kB to the heap."""

GIFTS_TYPED = {
    "en": ["3 × Rose, 1 × Lion", "3x rose; lion", "2 galaxies + Universe", "Lion × 2", "3 × Dragon", "1.5 × Rose", ""],
    "fr": ["3 × Rose, 1 × Lion", "3x rose ; lion", "1 500 roses", "2 × Dragon", "1,5 × Rose", "3 ×"],
}
"""Gifts by name, read and refused alike in both runtimes."""


def golden_cases() -> list[dict]:
    """Defaults, every field doubled, zeroed and mistyped, gifts by name, in both languages."""
    cases = []
    for slug, calculator in CALCULATORS.items():
        for lang in ("en", "fr"):
            cases.append({"slug": slug, "lang": lang, "values": {}})
            for field in calculator.fields:
                if field.kind is Kind.TEXT:
                    assert field.reader is GIFT_LIST, "a new kind of text field needs its own golden cases"
                    for text in GIFTS_TYPED[lang]:
                        cases.append({"slug": slug, "lang": lang, "values": {field.name: text}})
                    continue
                if field.kind in (Kind.BOOLEAN, Kind.CHOICE, Kind.COUNTRY):
                    for choice in [c.code for c in field.choices] or ["true", "false", "FR", "KR", "ZZ"]:
                        cases.append({"slug": slug, "lang": lang, "values": {field.name: choice}})
                    continue
                doubled = field.format(field.default * 2 if not isinstance(field.default, str) else field.default, lang)
                for text in (doubled, "0", "1 500" if lang == "fr" else "1,500", "abc", "-1"):
                    cases.append({"slug": slug, "lang": lang, "values": {field.name: text}})
            if calculator.goal is not None:
                for text in ("0", "2 500,5" if lang == "fr" else "2,500.5", "abc"):
                    cases.append({"slug": slug, "lang": lang, "values": {GOAL_INPUT: text}})
    # Only the gifts: 3 Roses and a Lion are 30,002 coins, 15,001 diamonds, $75.01.
    cases.append({"slug": "live-gifts", "lang": "fr", "values": {"coins": "0", "gifts": "3 × Rose, 1 × Lion"}})
    return cases


def test_every_calculator_gives_identical_results_in_pyodide(built_site: Path, tmp_path: Path):
    cases = golden_cases()
    assert {case["slug"] for case in cases} == set(CALCULATORS), "every calculator, the home's estimator included"
    # What the worker calls: the evaluation, the goal's answer and the working shown.
    expected = [json.loads(evaluate_json(case["slug"], json.dumps(case["values"]), case["lang"])) for case in cases]
    cases_file = tmp_path / "cases.json"
    cases_file.write_text(json.dumps(cases), encoding="utf-8")
    [package_dir] = (built_site / "assets" / "calculators").iterdir()
    completed = subprocess.run(
        ["node", str(PROJECT / "tests" / "pyodide" / "run_golden.mjs"), str(package_dir), str(cases_file)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    answer = json.loads(completed.stdout)
    assert answer["version"].startswith("3.14"), "the browser runtime should be Pyodide's Python 3.14"
    assert len(answer["results"]) == len(expected)
    for case, want, got in zip(cases, expected, answer["results"], strict=True):
        assert got == want, case
    # A later visit: Python from the site's memory snapshot, the calculators already imported.
    assert answer["resident"] is True
    assert answer["snapshotBytes"] <= SNAPSHOT_LIMIT, "larger than the initial heap: Pyodide #6254"
    for case, want, got in zip(cases, expected, answer["restoredResults"], strict=True):
        assert got == want, ("from the snapshot", case)
    assert any(not result["ok"] for result in expected), "the table should include invalid input"
