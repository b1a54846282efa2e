"""Scenarios, in Chromium, one page per language: "Compare with another scenario" opens scenario B
beside A, B's results and the difference B − A are Python's, the shared link carries both, Back
closes the comparison and Forward opens it again; axe with the comparison open."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from calculators import evaluate_json
from tests.browser.conftest import PYTHON_READY_TIMEOUT, fill
from tests.support.axe import serious_violations

pytestmark = pytest.mark.browser

SLUG = "creator-rewards"
FORM = f'form[data-calculator="{SLUG}"]'
B = f'form[data-scenario-of="{SLUG}"]'
A_VIEWS = {"en": "1,500,000", "fr": "1 500 000"}
B_VIEWS = {"en": "3,000,000", "fr": "3 000 000"}
COMPARE = {"en": "Compare with another scenario", "fr": "Comparer avec un autre scénario"}


def expect_comparison(page, lang: str) -> None:
    """B's outputs, the A column and the differences, as Python writes them."""
    a = {"qualified_views": A_VIEWS[lang]}
    b = {"qualified_views": B_VIEWS[lang]}
    expected_a = json.loads(evaluate_json(SLUG, json.dumps(a), lang))
    expected = json.loads(evaluate_json(SLUG, json.dumps(b), lang, "null", json.dumps(a)))
    assert expected["difference"], "a difference for each money result"
    for name, text in expected["text"].items():
        row = page.locator(f'{B} tr[data-compare="{name}"]')
        if not row.count():
            continue  # the goal's outputs are A's alone
        expect(row.locator("output")).to_have_attribute("data-value", str(expected["values"][name]))
        expect(row.locator("output")).to_have_text(text)
        expect(row.locator("[data-scenario-a]")).to_have_text(expected_a["text"][name])
        expect(row.locator("[data-difference]")).to_have_text(expected["difference"].get(name, ""))
    assert any(text.startswith("+") for text in expected["difference"].values())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_compare_two_scenarios(browser, served_site, lang):
    # axe is injected inline at the end, which the site's strict policy forbids.
    context = browser.new_context(
        service_workers="block", bypass_csp=True, permissions=["clipboard-read", "clipboard-write"]
    )
    page = context.new_page()
    page.goto(served_site + ("fr/" if lang == "fr" else "") + f"methods/{SLUG}/")
    page.wait_for_selector(f"{FORM}[data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
    fill(page, f"{FORM} [name=qualified_views]", A_VIEWS[lang])

    button = page.locator(f"{FORM} [data-compare]")
    panel = page.locator(f"#{SLUG}-compare")
    expect(button).to_have_text(COMPARE[lang])
    expect(button).to_have_attribute("aria-expanded", "false")
    assert button.get_attribute("aria-controls") == f"{SLUG}-compare"
    expect(panel).to_be_hidden()
    length = page.evaluate("history.length")
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(panel).to_be_visible()
    assert page.evaluate("history.length") == length + 1, "opening the comparison is a history entry"
    # B starts as a copy of A, in its own form: still one form[data-calculator] on the page.
    expect(page.locator(f"{B} [name=qualified_views]")).to_have_value(A_VIEWS[lang])
    expect(page.locator(f"{B} [name=qualified_views]")).to_be_focused()
    assert page.locator(FORM).count() == 1
    assert page.locator(f"{B} output[name=monthly_low]").count() == 1

    fill(page, f"{B} [name=qualified_views]", B_VIEWS[lang])
    expect_comparison(page, lang)

    # An invalid B is B's own error; A is untouched.
    fill(page, f"{B} [name=qualified_views]", "lots")
    expect(page.locator(f"{B} [name=qualified_views]")).to_have_attribute("aria-invalid", "true")
    assert page.locator(f"{FORM} [aria-invalid]").count() == 0
    fill(page, f"{B} [name=qualified_views]", B_VIEWS[lang])
    expect(page.locator(f"{B} [name=qualified_views]")).not_to_have_attribute("aria-invalid", "true")

    # The shared link carries both scenarios and opens the comparison with B filled.
    page.click(f"{FORM} [data-share]")
    link = page.evaluate("navigator.clipboard.readText()")
    query = parse_qs(urlsplit(link).query)
    assert query[f"{SLUG}.qualified_views"] == [A_VIEWS[lang]]
    assert query[f"{SLUG}.b.qualified_views"] == [B_VIEWS[lang]]
    assert f"{SLUG}.b" in query
    shared = context.new_page()
    shared.goto(link)
    shared.wait_for_selector(f"{FORM}[data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
    expect(shared.locator(f"#{SLUG}-compare")).to_be_visible()
    expect(shared.locator(f"{FORM} [data-compare]")).to_have_attribute("aria-expanded", "true")
    expect(shared.locator(f"{FORM} [name=qualified_views]")).to_have_value(A_VIEWS[lang])
    expect(shared.locator(f"{B} [name=qualified_views]")).to_have_value(B_VIEWS[lang])
    expect_comparison(shared, lang)
    shared.close()

    # Back closes the comparison and A keeps its numbers; Forward opens it again with B's.
    page.evaluate("window.stillHere = true")
    page.go_back()
    expect(panel).to_be_hidden()
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(page.locator(f"{FORM} [name=qualified_views]")).to_have_value(A_VIEWS[lang])
    assert f"{SLUG}.b" not in parse_qs(urlsplit(page.url).query)
    page.go_forward()
    assert page.evaluate("window.stillHere") is True, "Back and Forward stay on the page, without reloading it"
    expect(panel).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(page.locator(f"{B} [name=qualified_views]")).to_have_value(B_VIEWS[lang])
    expect_comparison(page, lang)

    # The button closes it too, and the address forgets B.
    button.click()
    expect(panel).to_be_hidden()
    expect(button).to_be_focused()
    page.wait_for_function(f"() => !location.search.includes('{SLUG}.b')")
    button.click()

    # axe, with the comparison open and every collapsed section open.
    assert serious_violations(page) == []
    context.close()
