"""Hostile text typed into the pages or put into shared links: never HTML, never a script, the
page keeps working and the reader's text stays in the field. Then a soak of 1,000 edits."""

from __future__ import annotations

import random
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PYTHON_READY_TIMEOUT, fill

pytestmark = pytest.mark.browser

FORM = 'form[data-calculator="live-gifts"]'
PAYLOADS = [
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=1</script>",
    '"><svg onload="window.__pwned=1">',
    "javascript:window.__pwned=1",
    "1e309",
    "NaN",
    "9" * 10_000,
]


def no_injection(page) -> None:
    assert page.evaluate("window.__pwned === undefined")
    assert (
        page.evaluate(
            "document.querySelectorAll('form[data-calculator] img, form[data-calculator] svg, form[data-calculator] script').length"
        )
        == 0
    )


@pytest.mark.parametrize("payload", PAYLOADS, ids=lambda payload: payload[:20])
def test_hostile_shared_link(recorded, served_site, payload):
    page = recorded.page
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{served_site}methods/live-gifts/?live-gifts.coins={quote(payload)}")
    page.wait_for_selector(f"{FORM}[data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
    field = page.locator(f"{FORM} input[name=coins]")
    expect(field).to_have_value(payload)
    expect(field).to_have_attribute("aria-invalid", "true")
    no_injection(page)
    field.fill("2000")
    expect(page.locator(f"{FORM} output[name=diamonds]")).to_have_attribute("data-value", "1000")
    assert dialogs == []
    assert recorded.errors == []


def test_hostile_typing_in_french(recorded, served_site):
    page = recorded.page
    page.goto(served_site + "fr/methods/live-gifts/")
    page.wait_for_selector(f"{FORM}[data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
    for payload in PAYLOADS:
        for name in ("coins", "goal", "usd_per_diamond"):
            fill(page, f"{FORM} input[name={name}]", payload)
            expect(page.locator(f"{FORM} input[name={name}]")).to_have_attribute("aria-invalid", "true")
            expect(page.locator(f"{FORM} input[name={name}]")).to_have_value(payload)
            no_injection(page)
            fill(page, f"{FORM} input[name={name}]", "1")
    # Goal 1 at 1 x 0.5 (default diamonds per coin) = 0.5 dollar per coin: 2 coins.
    expect(page.locator(f"{FORM} output[name=coins_for_goal]")).to_have_attribute("data-value", "2")
    assert recorded.errors == []


def test_hostile_gift_names_are_quoted_as_text(recorded, served_site):
    """The gifts field repeats what it did not understand in its message: as text, never as HTML."""
    page = recorded.page
    first, *others = PAYLOADS[:4]
    page.goto(f"{served_site}methods/live-gifts/?live-gifts.gifts={quote(first)}")
    page.wait_for_selector(f"{FORM}[data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
    field = f"{FORM} input[name=gifts]"
    for payload in [first, *others]:
        if payload != first:
            fill(page, field, payload)
        expect(page.locator(field)).to_have_value(payload)
        # A generous wait: on a busy machine an answer can take more than the default 5 s.
        expect(page.locator("#live-gifts-gifts-error")).to_contain_text(payload[:20], timeout=30_000)
        expect(page.locator(field)).to_have_attribute("aria-invalid", "true")
        no_injection(page)
    fill(page, field, "2 lions")
    expect(page.locator(f"{FORM} output[name=gift_coins]")).to_have_attribute("data-value", "59998", timeout=30_000)
    assert recorded.errors == []


def test_soak_of_a_thousand_edits(recorded, served_site):
    page = recorded.page
    page.goto(served_site + "methods/live-gifts/")
    page.wait_for_selector(f"{FORM}[data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
    [worker] = [worker for worker in page.workers if worker.url.endswith("/assets/js/worker/worker.js")]
    rng = random.Random(20261123)
    names = ["coins", "goal", "diamonds_per_coin", "usd_per_diamond", "coin_price"]
    values = ["0", "1", "1,500", "0.5", "12.75", "abc", "", "-3", "1e5", "999999999999", "3.14159"]
    typed: dict[str, str] = {}
    memory = []
    for edit in range(1000):
        name, value = rng.choice(names), rng.choice(values)
        fill(page, f"{FORM} input[name={name}]", value)
        typed[name] = value
        if edit in (100, 999):
            page.wait_for_timeout(400)
            memory.append(worker.evaluate("self.wasmMemoryBytes()"))
    for name, value in typed.items():
        expect(page.locator(f"{FORM} input[name={name}]")).to_have_value(value)
    # Settle on valid numbers: the answer comes back, so the worker is alive and answering.
    for name in names:
        fill(page, f"{FORM} input[name={name}]", "1")
    expect(page.locator(f"{FORM} output[name=diamonds]")).to_have_attribute("data-value", "1")
    assert recorded.errors == []
    assert memory[1] <= memory[0] + 16 * 2**20, f"Python's memory grew from {memory[0]} to {memory[1]} bytes"
