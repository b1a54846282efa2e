"""The service worker: a visited calculator page works again offline, runtime included; a page
never visited shows, offline, a page in both languages listing those that work."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PYTHON_READY_TIMEOUT, fill

pytestmark = pytest.mark.browser

FORM = 'form[data-calculator="live-gifts"]'


def test_a_visited_page_works_offline(browser, served_site):
    context = browser.new_context(service_workers="allow")
    page = context.new_page()
    url = served_site + "fr/methods/live-gifts/"
    page.goto(url)
    page.wait_for_selector(f'{FORM}[data-state="ready"]', timeout=PYTHON_READY_TIMEOUT)
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    # The worker registers once the page is idle, then takes control: wait for it.
    for _ in range(100):
        if page.evaluate("navigator.serviceWorker.controller !== null"):
            break
        page.wait_for_timeout(100)
    assert page.evaluate("navigator.serviceWorker.controller !== null")
    page.reload()  # now through the service worker, which caches page, runtime and wheel
    page.wait_for_selector(f'{FORM}[data-state="ready"]', timeout=PYTHON_READY_TIMEOUT)

    context.set_offline(True)
    page.reload()
    page.wait_for_selector(f'{FORM}[data-state="ready"]', timeout=PYTHON_READY_TIMEOUT)
    fill(page, f"{FORM} input[name=coins]", "1 500")
    expect(page.locator(f"{FORM} output[name=earnings]")).to_have_attribute("data-value", "3.75")
    caches = page.evaluate("caches.keys()")

    page.goto(served_site + "glossary/")  # never visited, still offline
    offline = page.locator("main[data-offline]")
    expect(offline).to_contain_text("You are offline")
    expect(offline.locator('[lang="fr"]')).to_contain_text("Tu es hors ligne")
    kept = offline.locator("li a")
    expect(kept.first).to_have_attribute("href", url)
    titles = kept.all_inner_texts()
    context.close()
    assert "immutable" in caches
    assert any("LIVE" in title for title in titles), titles
