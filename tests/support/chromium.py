"""The browser the tests and the benchmark launch through Playwright: the one that
tools/find_browser.py chooses (CHROMIUM if set, else Debian's Chromium, else Google Chrome…)."""

from __future__ import annotations

from playwright.sync_api import Browser, Playwright

from tools.find_browser import BrowserNotFound, find

# Headless as root, and no calls home: this machine reaches no other origin.
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def executable() -> str:
    """The browser's path; nothing is installed from here (`make test` does that first)."""
    try:
        return find()
    except BrowserNotFound as error:
        raise FileNotFoundError(str(error)) from None


def launch(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=executable(), args=FLAGS)
