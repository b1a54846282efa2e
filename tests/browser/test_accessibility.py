"""axe-core (from npm) finds no serious or critical violation on any page, in either language."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

PROJECT = Path(__file__).resolve().parents[2]
AXE = PROJECT / "node_modules" / "axe-core" / "axe.min.js"


def page_paths(site: Path) -> list[str]:
    return sorted(path.relative_to(site).as_posix().removesuffix("index.html") for path in site.rglob("index.html"))


def test_no_serious_violation_on_any_page(browser, built_site, served_site):
    context = browser.new_context(bypass_csp=True)  # axe is injected inline, which a strict policy forbids
    page = context.new_page()
    problems = []
    paths = page_paths(built_site)
    assert any(path.startswith("fr/") for path in paths)
    for path in paths:
        page.goto(served_site + path)
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(
            """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations
                .filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => `${v.id}: ${v.nodes.map(n => n.target.join(" ")).slice(0, 3).join(", ")}`)"""
        )
        problems += [f"{path or '/'}: {violation}" for violation in violations]
    context.close()
    assert problems == []
