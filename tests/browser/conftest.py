"""Chromium, as Debian ships it, driven by Playwright; every request it makes is recorded."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.support.chromium import launch

PYTHON_READY_TIMEOUT = 60_000  # ms: a cold Pyodide start on a busy 2-core machine


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


class RecordedPage:
    """A page plus what it asked the network for and what went wrong in it."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.requests: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("worker", lambda worker: worker.on("console", self._worker_console))

    def _worker_console(self, message) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def foreign_requests(self) -> list[str]:
        return [
            url
            for url in self.requests
            if urlsplit(url).hostname not in ("127.0.0.1", None) and not url.startswith(("data:", "blob:"))
        ]


@pytest.fixture
def recorded(browser: Browser, served_site: str) -> Iterator[RecordedPage]:
    # The service worker has its own test (test_offline.py); elsewhere it would hide requests
    # from Playwright's routing.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    context.set_default_timeout(15_000)
    yield RecordedPage(context.new_page())
    context.close()


def fill(page: Page, selector: str, text: str) -> None:
    """Type into a field as a reader would, opening "Adjust the assumptions" first if it hides it."""
    field = page.locator(selector)
    if field.evaluate("element => Boolean(element.closest('details:not([open])'))"):
        field.locator("xpath=ancestor::details[1]/summary").click()
    field.fill(text)
