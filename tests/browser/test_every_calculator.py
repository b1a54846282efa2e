"""Every calculator on the built site, in both languages, typed into like a reader would:
the page shows what the CLI computes. Plus instant navigation, shared links and a phone."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from playwright.sync_api import expect

from calculators import CALCULATORS, evaluate
from calculators.engine import evaluate_goal
from calculators.fields import GOAL_INPUT
from calculators.numbers import format_decimal
from tests.browser.conftest import PYTHON_READY_TIMEOUT, fill
from tests.support.html import read_page
from tests.support.inputs import typed_numbers

pytestmark = pytest.mark.browser


def calculator_pages(site: Path) -> dict[tuple[str, str], str]:
    """(slug, lang) -> the first page path that carries that calculator."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted(site.rglob("index.html")):
        page = read_page(path)
        for form in page.forms:
            key = (form.attrs["data-calculator"], page.lang)
            found.setdefault(key, path.relative_to(site).as_posix().removesuffix("index.html"))
    return found


def test_every_calculator_is_on_a_page_in_both_languages(built_site):
    pages = calculator_pages(built_site)
    assert {slug for slug, _ in pages} == set(CALCULATORS)
    assert {(slug, lang) for slug in CALCULATORS for lang in ("en", "fr")} <= set(pages)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_typed_values_give_the_cli_results(recorded, built_site, served_site, lang):
    page = recorded.page
    for (slug, page_lang), path in sorted(calculator_pages(built_site).items()):
        if page_lang != lang:
            continue
        form = f'form[data-calculator="{slug}"]'
        page.goto(served_site + path)
        page.wait_for_selector(f"{form}[data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
        typed = typed_numbers(slug, lang)  # gifts by name: test_live_gifts.py
        expected = evaluate(slug, typed, lang)
        assert expected.ok, (slug, expected.errors)
        for name, text in typed.items():
            fill(page, f"{form} [name={name}]", text)
        outputs, texts = expected.outputs(), expected.formatted()
        if CALCULATORS[slug].goal is not None:  # "what would it take to earn 2,500 a month?"
            goal = format_decimal(Decimal(2500), lang)
            fill(page, f"{form} [name={GOAL_INPUT}]", goal)
            answer = evaluate_goal(expected, goal)
            assert answer.error is None
            assert answer.values
            outputs.update(answer.values)
            texts.update(answer.text)
        for name, value in outputs.items():
            shown = value if isinstance(value, str) else ("null" if value is None else str(value).lower())
            if isinstance(value, list):
                continue  # lists are compared through their text below
            # A generous wait: on a busy machine (several test suites sharing two cores) an answer
            # can take more than the default 5 s; waiting longer costs nothing when it comes sooner.
            expect(page.locator(f"{form} output[name={name}]")).to_have_attribute("data-value", shown, timeout=30_000)
        for name, text in texts.items():
            expect(page.locator(f"{form} output[name={name}]")).to_have_text(text)
    assert recorded.errors == []


def test_instant_navigation_keeps_one_runtime(recorded, built_site, served_site):
    pages = calculator_pages(built_site)
    first, second = pages[("live-gifts", "en")], pages[("creator-rewards", "en")]
    page = recorded.page
    wasm = []
    page.on("request", lambda request: request.url.endswith(".wasm") and wasm.append(request.url))
    page.goto(served_site + first)
    page.wait_for_selector("form[data-calculator][data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
    page.evaluate("window.__sameDocument = true")
    # The page's preload hint and the worker (the tests' server forbids caching, so both download).
    loaded = len(wasm)
    assert 1 <= loaded <= 2, wasm
    page.click(f'nav.md-nav--primary a[href$="{second}"]')
    page.wait_for_selector('form[data-calculator="creator-rewards"][data-state=ready]', timeout=PYTHON_READY_TIMEOUT)
    assert page.evaluate("window.__sameDocument === true"), "instant navigation, not a reload"
    fill(page, 'form[data-calculator="creator-rewards"] input[name=qualified_views]', "100,000")
    expect(page.locator('form[data-calculator="creator-rewards"] output[name=monthly_low]')).to_have_attribute(
        "data-value", "40.00"
    )
    assert len(wasm) == loaded, "the runtime is loaded once per visit: no new download after navigating"


def test_a_shared_link_round_trips(browser, served_site):
    context = browser.new_context(service_workers="block", permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    form = 'form[data-calculator="live-gifts"]'
    page.goto(served_site + "fr/methods/live-gifts/")
    page.wait_for_selector(f"{form}[data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
    fill(page, f"{form} input[name=coins]", "2 500")
    fill(page, f"{form} input[name=goal]", "40")
    expect(page.locator(f"{form} output[name=earnings]")).to_have_attribute("data-value", "6.25")
    page.click(f"{form} [data-share]")
    expect(page.locator(f"{form} .calc__status")).to_have_text("Lien copié.")
    link = page.evaluate("navigator.clipboard.readText()")
    assert "live-gifts.coins=2" in link
    other = context.new_page()
    other.goto(link)
    other.wait_for_selector(f"{form}[data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
    expect(other.locator(f"{form} input[name=coins]")).to_have_value("2 500")
    expect(other.locator(f"{form} output[name=earnings]")).to_have_attribute("data-value", "6.25")
    expect(other.locator(f"{form} output[name=coins_for_goal]")).to_have_attribute("data-value", "16000")
    context.close()


@pytest.mark.parametrize("viewport", [{"width": 375, "height": 740}, {"width": 1366, "height": 900}])
def test_calculator_pages_fit_the_window(browser, built_site, served_site, viewport):
    context = browser.new_context(viewport=viewport, service_workers="block")
    page = context.new_page()
    for (_, lang), path in sorted(calculator_pages(built_site).items()):
        if lang != "fr":
            continue
        page.goto(served_site + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {viewport['width']}px"
    context.close()
