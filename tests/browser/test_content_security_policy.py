"""The site works under its own strict content security policy: no violation on any page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import PYTHON_READY_TIMEOUT
from tests.conftest import site_headers

pytestmark = pytest.mark.browser

RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) =>
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
"""


def test_the_policy_is_strict(built_site: Path):
    policy = site_headers(built_site)["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert "'wasm-unsafe-eval'" in directives["script-src"]
    assert all(source.startswith("'") for source in directives["script-src"].split())  # no other origin


def test_no_violation_on_any_page(browser, built_site: Path, served_site: str):
    context = browser.new_context()
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.on("worker", lambda worker: worker.on("console", lambda message: console.append(message.text)))
    violations = []
    for path in sorted(
        p.relative_to(built_site).as_posix().removesuffix("index.html") for p in built_site.rglob("index.html")
    ):
        page.goto(served_site + path)
        if page.query_selector("form[data-calculator]"):
            page.wait_for_selector("form[data-calculator][data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
        violations += [f"{path}: {violation}" for violation in page.evaluate("window.__violations")]
    context.close()
    assert violations == []
    assert not [text for text in console if "Content Security Policy" in text]
