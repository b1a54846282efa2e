"""A later visit starts Python from the memory snapshot the first one left, the calculators
already imported in it: the wheel is neither fetched nor needed, and every answer is the same."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from calculators import evaluate
from tests.browser.conftest import PYTHON_READY_TIMEOUT, RecordedPage, fill

pytestmark = pytest.mark.browser

SNAPSHOT_SAVED = """async () => {
  const cache = await caches.open("immutable");
  return (await cache.keys()).some((request) => request.url.endsWith("/python-memory.snapshot"));
}"""


def test_a_later_visit_starts_from_the_snapshot_without_the_wheel(browser, served_site):
    # The worker keeps the snapshot in Cache Storage itself: no service worker needed (blocked,
    # so that Playwright's routing sees every request).
    context = browser.new_context(service_workers="block")
    first = RecordedPage(context.new_page())
    first.page.goto(served_site + "methods/live-gifts/")
    first.page.wait_for_selector("form[data-calculator][data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
    assert any(url.endswith(".whl") for url in first.requests), "a first visit loads the wheel"
    # Made once the reader pauses (five seconds), by a second Python. `evaluate` awaits the
    # promise; `wait_for_function` would take the promise itself for a true value.
    for _ in range(PYTHON_READY_TIMEOUT // 500):
        if first.page.evaluate(SNAPSHOT_SAVED):
            break
        first.page.wait_for_timeout(500)
    assert first.page.evaluate(SNAPSHOT_SAVED), "no snapshot saved"
    first.page.close()

    later = RecordedPage(context.new_page())
    later.page.route("**/*.whl", lambda route: route.abort())  # and it would not be needed
    later.page.goto(served_site + "fr/methods/creator-rewards/")
    form = 'form[data-calculator="creator-rewards"]'
    later.page.wait_for_selector(f"{form}[data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
    fill(later.page, f"{form} input[name=qualified_views]", "250 000")
    expected = evaluate("creator-rewards", {"qualified_views": "250 000"}, "fr")
    output = later.page.locator(f"{form} output").first
    name = output.get_attribute("name")
    expect(output).to_have_attribute("data-value", expected.outputs()[name], timeout=15_000)
    # What the worker itself fetched (the page's preload hints may still ask for the wheel).
    [worker] = [worker for worker in later.page.workers if worker.url.endswith("/worker.js")]
    fetched = worker.evaluate("performance.getEntriesByType('resource').map((entry) => entry.name)")
    assert any(url.endswith("pyodide.asm.wasm") for url in fetched), fetched
    assert not any(url.endswith(".whl") for url in fetched), fetched
    assert later.errors == []
    context.close()
