"""The LIVE gifts calculator in Chromium, in both languages, on real Pyodide served by the site."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from calculators import evaluate
from tests.browser.conftest import PYTHON_READY_TIMEOUT, fill

pytestmark = pytest.mark.browser

FORM = 'form[data-calculator="live-gifts"]'
ANSWER_TIMEOUT = 30_000
"""ms: on a busy machine (several test suites sharing two cores) an answer can take more than the
default 5 s; waiting longer costs nothing when it comes sooner."""


def open_ready(recorded, url: str):
    page = recorded.page
    page.goto(url)
    # The default result is in the HTML before any script runs.
    assert page.get_attribute(f"{FORM} output[name=earnings]", "data-value") == "25.00"
    page.wait_for_selector(f'{FORM}[data-state="ready"]', timeout=PYTHON_READY_TIMEOUT)
    return page


def wait_for_value(page, output: str, value: str) -> None:
    # `expect` polls without evaluating strings, which the site's content security policy forbids.
    expect(page.locator(f"{FORM} output[name={output}]")).to_have_attribute("data-value", value, timeout=ANSWER_TIMEOUT)


def test_english_page_reads_english_numbers(recorded, served_site):
    page = open_ready(recorded, served_site + "methods/live-gifts/")
    fill(page, f"{FORM} input[name=coins]", "1,500")
    # 1,500 coins x 0.5 = 750 diamonds; 750 x $0.005 = $3.75.
    wait_for_value(page, "earnings", "3.75")
    assert page.inner_text(f"{FORM} output[name=earnings]") == "$3.75"
    assert page.inner_text(f"{FORM} output[name=diamonds]") == "750"
    assert recorded.foreign_requests() == []
    assert recorded.errors == []


def test_french_page_reads_french_numbers(recorded, served_site):
    page = open_ready(recorded, served_site + "fr/methods/live-gifts/")
    fill(page, f"{FORM} input[name=coins]", "1 500")
    fill(page, f"{FORM} input[name=diamonds_per_coin]", "0,5")
    wait_for_value(page, "earnings", "3.75")
    assert page.inner_text(f"{FORM} output[name=earnings]") == "3,75\u00a0$US"
    assert recorded.foreign_requests() == []
    assert recorded.errors == []


@pytest.mark.parametrize(
    ("lang", "message"),
    [("en", "Enter a number, like 0.5."), ("fr", "Saisis un nombre, par exemple 0,5.")],
)
def test_bad_input_gets_a_message_next_to_the_field(recorded, served_site, lang, message):
    prefix = "fr/" if lang == "fr" else ""
    page = open_ready(recorded, f"{served_site}{prefix}methods/live-gifts/")
    field = f"{FORM} input[name=goal]"
    fill(page, field, "a lot")
    page.wait_for_selector(f'{field}[aria-invalid="true"]')
    described_by = page.get_attribute(field, "aria-describedby").split()
    error_id = "live-gifts-goal-error"
    assert error_id in described_by
    assert page.inner_text(f"#{error_id}") == message
    # What the reader typed stays, and so does the last good result.
    assert page.input_value(field) == "a lot"
    assert page.get_attribute(f"{FORM} output[name=earnings]", "data-value") == "25.00"
    fill(page, field, "1")
    page.wait_for_selector(f"{field}:not([aria-invalid])")
    wait_for_value(page, "coins_for_goal", "400")
    assert error_id not in (page.get_attribute(field, "aria-describedby") or "")


@pytest.mark.parametrize(("lang", "shown"), [("en", "30,002"), ("fr", "30\u202f002")])
def test_gifts_typed_by_name(recorded, served_site, lang, shown):
    prefix = "fr/" if lang == "fr" else ""
    page = open_ready(recorded, f"{served_site}{prefix}methods/live-gifts/")
    fill(page, f"{FORM} input[name=coins]", "0")
    fill(page, f"{FORM} input[name=gifts]", "3 × Rose, 1 × Lion")
    # 3 x 1 + 1 x 29,999 = 30,002 coins; x 0.5 = 15,001 diamonds; x $0.005 = $75.005, so $75.01.
    wait_for_value(page, "gift_coins", "30002")
    wait_for_value(page, "diamonds", "15001")
    wait_for_value(page, "earnings", "75.01")
    assert page.inner_text(f"{FORM} output[name=gift_coins]") == shown
    assert page.get_attribute(f"{FORM} input[name=gifts]", "aria-invalid") is None
    assert recorded.foreign_requests() == []
    assert recorded.errors == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_unknown_gift_is_named_next_to_the_field(recorded, served_site, lang):
    prefix = "fr/" if lang == "fr" else ""
    page = open_ready(recorded, f"{served_site}{prefix}methods/live-gifts/")
    field = f"{FORM} input[name=gifts]"
    fill(page, field, "3 × Rose, 2 × Dragon")
    page.wait_for_selector(f'{field}[aria-invalid="true"]', timeout=ANSWER_TIMEOUT)
    described_by = page.get_attribute(field, "aria-describedby").split()
    assert described_by == ["live-gifts-gifts-help", "live-gifts-gifts-error"]
    message = evaluate("live-gifts", {"gifts": "3 × Rose, 2 × Dragon"}, lang).errors["gifts"]
    assert "Dragon" in message
    assert page.inner_text("#live-gifts-gifts-error") == message
    # The last good result stays until the reader fixes the name.
    assert page.get_attribute(f"{FORM} output[name=earnings]", "data-value") == "25.00"
    fill(page, field, "3 × Rose, 2 × Lion")
    page.wait_for_selector(f"{field}:not([aria-invalid])", timeout=ANSWER_TIMEOUT)
    # The gifts are now 3 + 2 x 29,999 = 60,001 coins.
    wait_for_value(page, "gift_coins", "60001")
    assert page.get_attribute(field, "aria-describedby") == "live-gifts-gifts-help"


def test_a_shared_link_carries_the_gifts(browser, served_site):
    context = browser.new_context(service_workers="block", permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(served_site + "fr/methods/live-gifts/")
    page.wait_for_selector(f"{FORM}[data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
    fill(page, f"{FORM} input[name=gifts]", "3x rose ; lion")
    wait_for_value(page, "gift_coins", "30002")
    page.click(f"{FORM} [data-share]")
    # Read the clipboard rather than the status line, which the answer to the field's "change"
    # event (sent as the click moves the focus) may already have replaced.
    link = ""
    for _ in range(75):
        link = page.evaluate("navigator.clipboard.readText()")
        if "live-gifts.gifts=" in link:
            break
        page.wait_for_timeout(200)
    assert "live-gifts.gifts=" in link
    other = context.new_page()
    other.goto(link)
    other.wait_for_selector(f"{FORM}[data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
    expect(other.locator(f"{FORM} input[name=gifts]")).to_have_value("3x rose ; lion")
    # 10,000 coins typed + 30,002 from the gifts = 40,002; x 0.5 x $0.005 = $100.005, so $100.01.
    expect(other.locator(f"{FORM} output[name=gift_coins]")).to_have_attribute(
        "data-value", "30002", timeout=ANSWER_TIMEOUT
    )
    expect(other.locator(f"{FORM} output[name=earnings]")).to_have_attribute("data-value", "100.01")
    context.close()


def switch_language(page, lang: str) -> None:
    page.hover(".md-header__option .md-select")
    with page.expect_navigation():
        page.click(f'a.md-select__link[hreflang="{lang}"]')


def test_language_switch_after_instant_navigation_lands_on_the_twin(recorded, served_site):
    page = recorded.page
    page.goto(served_site)
    page.evaluate("window.__sameDocument = true")
    page.click('nav.md-nav--primary a[href$="methods/live-gifts/"]')
    page.wait_for_url("**/methods/live-gifts/")
    assert page.evaluate("window.__sameDocument === true"), "instant navigation should not reload"

    switch_language(page, "fr")
    assert page.url == served_site + "fr/methods/live-gifts/"
    assert page.evaluate("window.__sameDocument === undefined"), "the other language loads whole"
    assert page.get_attribute("html", "lang") == "fr"
    assert page.get_attribute(".md-search__input", "placeholder") == "Rechercher"
    assert "Cadeaux LIVE" in page.inner_text("nav.md-nav--primary")

    # Search on the French site finds French pages only.
    page.click(".md-search__input")
    # Type once the index is loaded, as the placeholder then invites to ("Taper pour démarrer...").
    expect(page.locator(".md-search-result__meta")).to_have_text("Taper pour démarrer la recherche", timeout=30_000)
    page.locator(".md-search__input").press_sequentially("Diamants")  # Material listens to keys
    page.wait_for_selector(".md-search-result__link")
    hrefs = page.eval_on_selector_all(".md-search-result__link", "links => links.map(link => link.href)")
    assert hrefs
    assert all("/fr/" in href for href in hrefs)
    page.keyboard.press("Escape")

    # And back, from a French page reached by instant navigation, keeping the section.
    page.evaluate("window.__sameDocument = true")
    page.click('nav.md-nav--primary a[href$="methods/subscriptions/"]')
    page.wait_for_url("**/fr/methods/subscriptions/")
    assert page.evaluate("window.__sameDocument === true")
    switch_language(page, "en")
    assert page.url == served_site + "methods/subscriptions/"
    assert page.get_attribute("html", "lang") == "en"
    assert page.get_attribute(".md-search__input", "placeholder") == "Search"
    assert recorded.foreign_requests() == []
    assert recorded.errors == []
