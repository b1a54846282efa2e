"""Answers no other calculator gives, in Chromium, one page per language: the goal, the working
shown (formula, sources, the command, copied), sensitivity, export (text, CSV, JSON), and axe with every
section open."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from calculators import evaluate_json
from calculators.fields import GOAL_INPUT
from tests.browser.conftest import PYTHON_READY_TIMEOUT, fill
from tests.support.axe import serious_violations

pytestmark = pytest.mark.browser

FORM = 'form[data-calculator="creator-rewards"]'
TYPED = {
    "en": {"qualified_views": "1,500,000", GOAL_INPUT: "2,000"},
    "fr": {"qualified_views": "1 500 000", GOAL_INPUT: "2 000"},
}
COPIED = {"en": "Command copied.", "fr": "Commande copiée."}
RESULTS_COPIED = {"en": "Results copied.", "fr": "Résultats copiés."}
LABEL = {"en": "Qualified views needed a month, at best", "fr": "Vues qualifiées nécessaires par mois, au mieux"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_goal_and_working_follow_the_reader(browser, served_site, lang):
    # axe is injected inline at the end, which the site's strict policy forbids.
    context = browser.new_context(
        service_workers="block",
        bypass_csp=True,
        accept_downloads=True,
        permissions=["clipboard-read", "clipboard-write"],
    )
    page = context.new_page()
    page.goto(served_site + ("fr/" if lang == "fr" else "") + "methods/creator-rewards/")
    page.wait_for_selector(f"{FORM}[data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
    for name, text in TYPED[lang].items():
        fill(page, f"{FORM} [name={name}]", text)
    expected = json.loads(evaluate_json("creator-rewards", json.dumps(TYPED[lang]), lang))
    assert expected["values"]["goal_low"] == "2000000"
    expect(page.locator(f"{FORM} output[name=goal_low]")).to_have_attribute("data-value", "2000000")
    expect(page.locator(f"{FORM} output[name=goal_high]")).to_have_text(expected["text"]["goal_high"])

    # Sensitivity: each RPM at its sourced ends and at the reader's value, and which moves most.
    for row in expected["sensitivity"]["rows"]:
        line = page.locator(f'{FORM} tr[data-sensitivity="{row["field"]}"]')
        expect(line.locator("[data-result]")).to_have_text(row["texts"])
    expect(page.locator(f"{FORM} [data-sensitivity-most]")).to_have_text(expected["sensitivity"]["sentence"])

    # The working: collapsed, opened from the keyboard, refilled with the reader's numbers.
    summary = page.locator(f"{FORM} .calc__working > summary")
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.locator(f"{FORM} [data-working] li")).to_have_text(expected["working"])
    expect(page.locator(f"{FORM} [data-command]")).to_have_text(expected["command"])
    assert page.locator(f"{FORM} .calc__rates cite a").count() >= 2, "each rate's sources, linked"
    page.click(f"{FORM} [data-copy-command]")
    expect(page.locator(f"{FORM} .calc__status")).to_have_text(COPIED[lang])
    assert page.evaluate("navigator.clipboard.readText()") == expected["command"]

    # Export: the results as text, then inputs and results as CSV and as JSON.
    page.click(f"{FORM} [data-copy-results]")
    expect(page.locator(f"{FORM} .calc__status")).to_have_text(RESULTS_COPIED[lang])
    copied = page.evaluate("navigator.clipboard.readText()")
    assert f"{LABEL[lang]}: {expected['text']['goal_low']}" in copied.splitlines()
    with page.expect_download() as csv_download:
        page.click(f"{FORM} [data-download=csv]")
    assert csv_download.value.suggested_filename == "creator-rewards.csv"
    rows = list(csv.DictReader(io.StringIO(Path(csv_download.value.path()).read_text(encoding="utf-8"))))
    assert {row["name"]: row["value"] for row in rows if row["section"] == "input"}["qualified_views"] == TYPED[lang][
        "qualified_views"
    ]
    results = {row["name"]: row["value"] for row in rows if row["section"] == "result"}
    assert results == expected["values"]
    with page.expect_download() as json_download:
        page.click(f"{FORM} [data-download=json]")
    exported = json.loads(Path(json_download.value.path()).read_text(encoding="utf-8"))
    assert exported["calculator"] == "creator-rewards"
    assert exported["lang"] == lang
    assert exported["results"] == expected["values"]
    assert exported["text"] == expected["text"]
    assert exported["inputs"][GOAL_INPUT] == TYPED[lang][GOAL_INPUT]

    # axe, with every collapsed section open.
    assert serious_violations(page) == []
    context.close()
