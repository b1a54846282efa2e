"""Debian's Chromium, as the tests and the benchmark launch it through Playwright."""

from __future__ import annotations

import os

from playwright.sync_api import Browser, Playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Headless as root, and no calls home: this machine reaches no other origin.
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch(playwright: Playwright) -> Browser:
    if not os.path.exists(CHROMIUM):
        raise FileNotFoundError(f"Chromium not found at {CHROMIUM}: run `make test`, which installs it")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
