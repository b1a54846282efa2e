"""axe-core in a test's page: its serious and critical violations."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
SERIOUS = """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations
    .filter(v => v.impact === "serious" || v.impact === "critical")
    .map(v => `${v.id}: ${v.nodes.map(n => n.target.join(" ")).slice(0, 3).join(", ")}`)"""

STILL = """() => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== "running")"""


def serious_violations(page: Page, open_sections: bool = True) -> list[str]:
    """Open every `<details>` (unless told not to), inject axe (the page's policy must allow it)
    and run every rule."""
    if open_sections:
        page.evaluate("document.querySelectorAll('details').forEach((section) => { section.open = true; })")
    # Colours are read at rest: a button still fading to its hover colour fails contrast midway.
    page.wait_for_function(STILL)
    page.add_script_tag(path=str(AXE))
    return list(page.evaluate(SERIOUS))
