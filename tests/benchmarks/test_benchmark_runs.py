"""The benchmark runs end to end in its short mode, in both network profiles (budgets are judged
by its report, not here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.bench]

PROJECT = Path(__file__).resolve().parents[2]
MEASURES = [
    "First result visible",
    "Cold: runtime ready",
    "Cold ready, lever away: no preload hints",
    "Cold ready, the site before",
    "Warm: runtime ready",
    "Keystroke to result, p95",
    "Main-thread tasks > 50 ms while Python loads",
    "Bytes on the wire, calculator page, cold",
    "Bytes on the wire, text page",
    "Ready after a click from a text page",
]


def test_short_benchmark_reports_every_measure():
    completed = subprocess.run(
        [sys.executable, str(PROJECT / "benchmarks" / "run.py"), "--short"],
        capture_output=True,
        text=True,
        check=False,
        timeout=1500,
        cwd=PROJECT,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    report = completed.stdout
    print(report)  # CI's log keeps the figures
    for measure in MEASURES:
        row = next((line for line in report.splitlines() if line.startswith(f"| {measure}")), None)
        assert row is not None, measure
        cells = [cell.strip() for cell in row.split("|")]
        for site in (cells[2], cells[7]):  # the site's figure in each profile
            assert site.removesuffix(" MB").removesuffix(" kB").replace(".", "").isdigit(), row
    assert "Full build:" in report
