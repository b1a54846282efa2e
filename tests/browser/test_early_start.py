"""On a calculator page opened directly, Python's worker starts from the page's head
(early-start.js), before Material's bundle and the page's modules have run, and the page's
client adopts that worker instead of starting a second one."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PYTHON_READY_TIMEOUT, fill

pytestmark = pytest.mark.browser

FORM = 'form[data-calculator="live-gifts"]'
WORKER = "/assets/js/worker/worker.js"


def test_the_worker_starts_from_the_head_and_is_adopted(recorded, served_site):
    page = recorded.page
    started: list[str] = []
    page.on("worker", lambda worker: started.append(worker.url))
    page.goto(served_site + "methods/live-gifts/")
    page.wait_for_selector(f"{FORM}[data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
    marks = page.evaluate("performance.getEntriesByName('calculators:start').map((mark) => mark.detail)")
    assert marks == ["early"], "started once, by the head's script"
    assert [url for url in started if url.endswith(WORKER)] == [served_site + WORKER.lstrip("/")]
    fill(page, f"{FORM} input[name=coins]", "1500")
    expect(page.locator(f"{FORM} output[name=earnings]")).to_have_attribute("data-value", "3.75")
    assert recorded.errors == []


def test_after_an_instant_navigation_the_client_starts_the_worker(recorded, served_site):
    """A text page has no early start; moving to a calculator page keeps the document, so the
    client starts the worker itself."""
    page = recorded.page
    started: list[str] = []
    page.on("worker", lambda worker: started.append(worker.url))
    page.goto(served_site + "glossary/")
    page.locator('a[href$="methods/live-gifts/"]').first.click()
    page.wait_for_selector(f"{FORM}[data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
    assert page.evaluate("performance.getEntriesByName('calculators:start').map((mark) => mark.detail)") == [None]
    assert [url for url in started if url.endswith(WORKER)] == [served_site + WORKER.lstrip("/")]
    assert recorded.errors == []
