"""When Python cannot run, the page says so in its language and keeps the pre-rendered result."""

from __future__ import annotations

import pytest

from tests.browser.conftest import PYTHON_READY_TIMEOUT, fill

pytestmark = pytest.mark.browser

FORM = 'form[data-calculator="live-gifts"]'


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "could not start"), ("fr", "n'a pas pu démarrer")],
)
def test_blocked_webassembly_shows_the_failure_message(recorded, served_site, lang, words):
    page = recorded.page
    page.route("**/*.wasm", lambda route: route.abort())
    page.goto(served_site + ("fr/" if lang == "fr" else "") + "methods/live-gifts/")
    page.wait_for_selector(f'{FORM}[data-state="error"]', timeout=PYTHON_READY_TIMEOUT)
    assert words in page.inner_text(f"{FORM} .calc__status")
    assert page.get_attribute(f"{FORM} output[name=earnings]", "data-value") == "25.00"
    fill(page, f"{FORM} input[name=coins]", "1500")  # typing still works and is kept
    assert page.input_value(f"{FORM} input[name=coins]") == "1500"


def test_a_tampered_wheel_is_refused(recorded, served_site):
    page = recorded.page

    def tamper(route):
        body = bytearray(route.fetch().body())
        body[len(body) // 2] ^= 0xFF
        route.fulfill(body=bytes(body), content_type="application/octet-stream")

    page.route("**/calculators-*.whl", tamper)
    page.goto(served_site + "methods/live-gifts/")
    page.wait_for_selector(f'{FORM}[data-state="error"]', timeout=PYTHON_READY_TIMEOUT)
    assert "checksum" in page.inner_text(f"{FORM} .calc__status")
    assert page.get_attribute(f"{FORM} output[name=earnings]", "data-value") == "25.00"
