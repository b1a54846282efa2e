"""Intent prefetch: a text page fetches no runtime byte until the reader points at a link to a
calculator page; then the runtime's files are fetched at low priority, ready for the worker."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

RUNTIME = ("/assets/pyodide/", "/assets/calculators/")
CALCULATOR_LINK = 'a[href$="methods/live-gifts/"]'


def runtime_requests(requests: list[str]) -> list[str]:
    return [url for url in requests if any(part in url for part in RUNTIME)]


@pytest.mark.parametrize("text_page", ["glossary/", "fr/sources/"])
def test_a_text_page_fetches_the_runtime_only_on_intent(recorded, served_site, text_page):
    page = recorded.page
    page.goto(served_site + text_page)
    page.wait_for_load_state("networkidle")
    # A reader reads, scrolls and points at the text and at links to other text pages.
    page.mouse.move(600, 400)
    page.mouse.wheel(0, 600)
    calculator_pages = page.evaluate(
        """() => JSON.parse(document.getElementById("runtime-prefetch").textContent).pages
              .map((path) => new URL(path, new URL("../../", document.querySelector('script[src$="page.js"]').src)).pathname)"""
    )
    assert len(calculator_pages) > 10
    text_links = [
        link
        for link in page.locator(".md-content a[href]:visible").all()[:40]
        if link.evaluate("(a) => new URL(a.href).pathname") not in calculator_pages
    ][:3]
    assert text_links, "the page links to other text pages"
    for link in text_links:
        link.hover()
    page.wait_for_timeout(1000)
    assert runtime_requests(recorded.requests) == [], "no runtime byte without the reader's intent"

    with page.expect_request(lambda request: request.url.endswith("/pyodide.asm.wasm")):
        page.locator(f"{CALCULATOR_LINK}:visible").first.hover()
    page.wait_for_timeout(500)
    fetched = {url.rsplit("/", 1)[-1] for url in runtime_requests(recorded.requests)}
    assert {"pyodide.asm.wasm", "pyodide.asm.mjs", "pyodide.mjs", "python_stdlib.zip"} <= fetched
    assert any(name.endswith(".whl") for name in fetched), fetched
    assert recorded.errors == []
