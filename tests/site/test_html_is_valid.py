"""Every built page passes a real HTML validator (html-validate, from npm, standard rules)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.site

PROJECT = Path(__file__).resolve().parents[2]


def test_every_page_is_valid_html(built_site: Path):
    pages = sorted(str(path) for path in built_site.rglob("*.html"))
    assert len(pages) > 2
    validator = PROJECT / "node_modules" / ".bin" / "html-validate"
    completed = subprocess.run(
        [str(validator), "--config", str(PROJECT / ".htmlvalidate.json"), "--formatter", "text", *pages],
        capture_output=True,
        text=True,
        check=False,
        cwd=PROJECT,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
