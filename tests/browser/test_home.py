"""The home page answers at once: on a phone, a working estimate in the first screen, in both
languages; nothing moves as pages load; a shared calculator link keeps its inputs.

These pages are served as a real host serves them, with a cache lifetime (GitHub Pages sends
`max-age=600`), in one browser context per screen size. It matters for layout shift: on load,
Material's instant navigation rewrites every address in the page to an absolute one, style
sheets included, and Chromium loads a style sheet whose address changed again. From the cache
that is immediate; from a `no-store` server (the other tests' fixture) the page is left unstyled
for a frame or two, which no page of the site can prevent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from calculators import CALCULATORS, evaluate
from tests.browser.conftest import PYTHON_READY_TIMEOUT, RecordedPage
from tests.conftest import SITE_PREFIX, site_headers
from tests.support.axe import serious_violations
from tests.support.server import serve

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
FORM = 'form[data-calculator="quick-estimate"]'

# Every layout shift the page makes, from its first paint on (buffered: shifts before the
# observer was attached count too). Nothing is typed while it records, so every shift counts.
RECORD_LAYOUT_SHIFTS = """
window.__layoutShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.__layoutShifts.push({
      value: entry.value,
      moved: entry.sources.map((source) => source.node ? source.node.nodeName + "." + source.node.className : "?"),
    });
  }
}).observe({ type: "layout-shift", buffered: true });
"""
SETTLE_MS = 300  # after the form is ready: room for a late shift to be recorded


@pytest.fixture(scope="module")
def cached_site(built_site: Path) -> Iterator[str]:
    """The built site with a real host's cache lifetime, on a port of its own."""
    with serve(built_site, SITE_PREFIX, headers=site_headers(built_site), cache_control="max-age=600") as base:
        yield base


@pytest.fixture(scope="module")
def phone(browser: Browser) -> Iterator[BrowserContext]:
    """One phone for the module: later pages start Python from the memory snapshot the first
    left, as a returning reader's would. The policy is lifted only so that axe can be injected;
    test_content_security_policy checks every page under it."""
    context = browser.new_context(viewport=PHONE, service_workers="block", bypass_csp=True)
    context.set_default_timeout(15_000)
    context.add_init_script(RECORD_LAYOUT_SHIFTS)
    yield context
    context.close()


@pytest.fixture(scope="module")
def desktop(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport=DESKTOP, service_workers="block")
    context.set_default_timeout(15_000)
    context.add_init_script(RECORD_LAYOUT_SHIFTS)
    yield context
    context.close()


@pytest.fixture
def screens(phone: BrowserContext, desktop: BrowserContext) -> dict[str, BrowserContext]:
    return {"phone": phone, "desktop": desktop}


def settle(page: Page) -> list[dict]:
    """Wait for the page's calculators to be ready; return the layout shifts since it opened."""
    page.wait_for_selector("form[data-calculator][data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
    page.wait_for_timeout(SETTLE_MS)
    return page.evaluate("window.__layoutShifts")


def cumulative(shifts: list[dict]) -> float:
    return sum(shift["value"] for shift in shifts)


@pytest.mark.parametrize(
    ("lang", "views", "coins"),
    [("en", "1,000,000", "2,000"), ("fr", "1 000 000", "2 000")],
)
def test_the_home_answers_in_the_first_screen_of_a_phone(phone, cached_site, lang, views, coins):
    recorded = RecordedPage(phone.new_page())
    page = recorded.page
    page.goto(cached_site + ("fr/" if lang == "fr" else ""))
    # Before any script: the whole form, default answer included, is within the first screen.
    box = page.locator(FORM).bounding_box()
    assert box["y"] >= 0
    assert box["x"] >= 0
    assert box["y"] + box["height"] <= PHONE["height"], f"the estimator ends at {box['y'] + box['height']}px"
    assert box["x"] + box["width"] <= PHONE["width"]
    for output in ("monthly_low", "monthly_high"):
        expect(page.locator(f"{FORM} output[name={output}]")).to_be_in_viewport(ratio=1)
    assert page.get_attribute(f"{FORM} output[name=monthly_low]", "data-value") == "125.00"
    shifts = settle(page)
    assert cumulative(shifts) == 0, shifts
    # It works: typing gives the calculators' answer.
    # 1,000,000 / 1,000 x $0.40 = $400 and x $1.00 = $1,000; 2,000 coins x 0.5 x $0.005 = $5.
    page.fill(f"{FORM} input[name=qualified_views]", views)
    page.fill(f"{FORM} input[name=live_coins]", coins)
    low, high = page.locator(f"{FORM} output[name=monthly_low]"), page.locator(f"{FORM} output[name=monthly_high]")
    expect(low).to_have_attribute("data-value", "405.00", timeout=15_000)
    expect(high).to_have_attribute("data-value", "1005.00")
    expected = evaluate("quick-estimate", {"qualified_views": views, "live_coins": coins}, lang).formatted()
    expect(high).to_have_text(expected["monthly_high"])
    if lang == "fr":  # euros beside dollars, as on every French form
        expect(page.locator(f'{FORM} [data-converted="monthly_high"]')).to_contain_text("€")
    # The address now carries the reader's numbers, ready to share.
    expect(page).to_have_url(re.compile(r"\?.*quick-estimate\.qualified_views="))
    assert recorded.errors == []
    assert recorded.foreign_requests() == []
    assert serious_violations(page, open_sections=False) == []
    page.close()


@pytest.mark.parametrize("screen", ["phone", "desktop"])
def test_nothing_moves_as_a_calculator_page_loads(screens, cached_site, screen):
    """Cumulative layout shift 0 on a calculator page opened at its calculator (the form and its
    charts in view as they start), and on the home at desktop width (the phone test covers it
    on a phone)."""
    recorded = RecordedPage(screens[screen].new_page())
    paths = (["fr/"] if screen == "desktop" else []) + ["methods/creator-rewards/#calculator"]
    for path in paths:
        recorded.page.goto(cached_site + path)
        shifts = settle(recorded.page)
        assert cumulative(shifts) == 0, (path, shifts)
    assert recorded.errors == []
    recorded.page.close()


def test_a_shared_calculator_link_keeps_its_inputs_and_shows_the_calculator(desktop, cached_site, site_url):
    page = desktop.new_page()
    form = 'form[data-calculator="live-gifts"]'
    shared = cached_site + "methods/live-gifts/?live-gifts.coins=1500"
    page.goto(shared)
    assert cumulative(settle(page)) == 0
    expect(page.locator(f"{form} input[name=coins]")).to_have_value("1500")
    # 1,500 coins x 0.5 = 750 diamonds x $0.005 = $3.75.
    expect(page.locator(f"{form} output[name=earnings]")).to_have_attribute("data-value", "3.75")
    assert page.url == shared
    # What a chat shows for this link: the calculator's title, the page's canonical address.
    assert page.get_attribute('meta[property="og:title"]', "content") == CALCULATORS["live-gifts"].title("en")
    assert page.get_attribute('meta[property="og:url"]', "content") == site_url + "methods/live-gifts/"
    page.close()
