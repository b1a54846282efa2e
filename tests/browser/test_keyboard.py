"""A calculator page with the keyboard only, in both languages (one in each scheme): Tab reaches every
field, the assumptions, the currency choice, the reset and share buttons, in the order they are
read, each with a focus ring a reader can see (WCAG 2.1.1, 2.4.3, 2.4.7); Enter and Escape never
lose what the reader typed."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.conftest import PYTHON_READY_TIMEOUT

pytestmark = pytest.mark.browser

MAX_TABS = 400  # the header, the menu and the text before the form come first

# How the tests name an element: its id, or what it does.
KEY = """(el) => el.id || (el.matches("[data-reset]") ? "reset" : el.matches("[data-share]") ? "share"
  : el.matches("a") ? `link ${[...document.links].indexOf(el)}`
  : el.tagName.toLowerCase())"""

# The focused element, where it stands (its field's box, as the reader sees the form), and whether
# its focus ring shows: an outline at least 2 px wide, or a box shadow, in a colour with at least
# 3:1 contrast against what is behind it (WCAG 1.4.11).
FOCUSED = f"""() => {{
  const key = {KEY};
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const rgb = (colour) => (colour.match(/[\\d.]+/g) || []).map(Number);
  const luminance = ([r, g, b]) => [r, g, b]
    .map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const contrast = (a, b) => {{
    const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  }};
  let behind = "rgb(255, 255, 255)";
  for (let a = el.parentElement; a; a = a.parentElement) {{
    const colour = getComputedStyle(a).backgroundColor;
    if (rgb(colour).length === 3 || rgb(colour)[3] > 0) {{ behind = colour; break; }}
  }}
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 && contrast(style.outlineColor, behind) >= 3;
  const shadow = style.boxShadow !== "none";
  const field = el.closest(".calc__field");
  const box = (field || el).getBoundingClientRect();
  return {{
    key: key(el),
    inForm: Boolean(el.closest("form[data-calculator]")),
    field: field ? [...document.querySelectorAll(".calc__field")].indexOf(field) : -1,
    currency: el.matches("[data-currency]"),
    summary: el.tagName === "SUMMARY",
    text: el.matches("input[type=text]"),
    top: Math.round(box.top + scrollY),
    left: Math.round(box.left),
    ring: outline || shadow,
    style: `${{style.outlineStyle}} ${{style.outlineWidth}} ${{style.outlineColor}} / ${{style.boxShadow}} on ${{behind}}`,
  }};
}}"""

# What Tab should reach in the form: every control a reader can see, in the page's order.
REACHABLE = f"""(form) => {{
  const key = {KEY};
  return [...form.querySelectorAll("input, select, summary, button, a[href], [tabindex]")]
    .filter((el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0)
    .map(key);
}}"""

# With nothing focused: the style of each element, to tell its focus ring from its usual look.
UNFOCUSED = f"""(form) => {{
  const key = {KEY};
  document.activeElement?.blur();
  const looks = {{}};
  for (const el of form.querySelectorAll("input, select, summary, button, a[href]")) {{
    const style = getComputedStyle(el);
    looks[key(el)] = `${{style.outlineStyle}} ${{style.outlineWidth}} ${{style.outlineColor}} / ${{style.boxShadow}}`;
  }}
  return looks;
}}"""

VALUES = """(form) => Object.fromEntries([...form.querySelectorAll("input, select")].map((el) =>
  [el.id, el.type === "checkbox" ? String(el.checked) : el.value]))"""


def open_calculator(browser: Browser, url: str, scheme: str) -> Page:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme, service_workers="block")  # type: ignore[arg-type]
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector("form[data-calculator][data-state=ready]", timeout=PYTHON_READY_TIMEOUT)
    page.evaluate("() => { window.__samePage = true; }")  # gone if anything reloads the page
    return page


def tab_through(page: Page) -> list[dict[str, Any]]:
    """Tab from the top of the page until focus leaves the form, opening the assumptions with
    Enter and choosing another currency with the arrow key on the way, as a reader would."""
    page.locator("body").focus()
    reached: list[dict[str, Any]] = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None:
            continue
        if not focused["inForm"]:
            if reached:
                break
            continue
        reached.append(focused)
        if focused["summary"]:
            page.keyboard.press("Enter")  # open "Adjust the assumptions"
        elif focused["currency"]:
            page.keyboard.press("ArrowDown")  # another currency: its exchange rate appears next
        elif focused["text"]:
            page.keyboard.press("End")
            page.keyboard.type("1")  # the reader's own figure
    return reached


@dataclass
class Walk:
    """What a reader with only a keyboard met on one calculator page."""

    reached: list[dict[str, Any]]  # each stop of Tab inside the form, in order
    reachable: list[str]  # what the form shows that Tab should stop on, in the page's order
    unfocused: dict[str, str]  # each stop's outline and shadow when it has no focus
    fx_shown: bool  # the exchange rate of the currency chosen on the way
    assumptions_open: bool
    typed: dict[str, str]  # the form's values after the walk
    kept: dict[str, str]  # and after Enter and Escape in every field
    same_page: bool
    url: str
    state: str


@pytest.fixture(scope="module", params=[("methods/live-gifts/", "light"), ("fr/methods/creator-rewards/", "dark")])
def walk(request: pytest.FixtureRequest, browser: Browser, served_site: str) -> Walk:
    path, scheme = request.param
    page = open_calculator(browser, served_site + path, scheme)
    form = page.locator("form[data-calculator]").first
    try:
        reached = tab_through(page)
        reachable = form.evaluate(REACHABLE)
        fx_shown = form.locator("[data-fx]").is_visible()
        assumptions_open = form.locator("details.calc__assumptions").evaluate("details => details.open")
        typed = form.evaluate(VALUES)
        fields = form.locator("input[type=text]:visible, select:visible")
        for index in range(fields.count()):
            field = fields.nth(index)
            field.focus()
            for key in ("Enter", "Escape", "Enter"):
                field.press(key)
        for selector in (".calc__assumptions > summary", "[data-reset]", "[data-share]"):
            form.locator(selector).focus()
            page.keyboard.press("Escape")
        return Walk(
            reached=reached,
            reachable=reachable,
            unfocused=form.evaluate(UNFOCUSED),
            fx_shown=fx_shown,
            assumptions_open=assumptions_open,
            typed=typed,
            kept=form.evaluate(VALUES),
            same_page=page.evaluate("() => window.__samePage === true"),  # no reload, no submission
            url=page.url.removeprefix(served_site).split("?")[0],
            state=str(form.get_attribute("data-state")),
        )
    finally:
        page.context.close()


def test_tab_reaches_everything_in_the_order_read(walk: Walk) -> None:
    keys = [focused["key"] for focused in walk.reached]
    # Everything, once each, in the order of the page (the assumptions opened, a currency chosen).
    assert keys == walk.reachable
    # The share button, then "Compare with another scenario" and the export buttons, end the form.
    assert keys[-5] == "share"
    assert keys[-4].endswith("-compare-button")
    assert keys[-1].endswith("-download-json")
    assert {"summary", "reset"} <= set(keys)
    assert any(focused["currency"] for focused in walk.reached)
    assert walk.assumptions_open
    assert walk.fx_shown  # the rate of the currency chosen, reached after it
    assert sum(focused["text"] for focused in walk.reached) >= 3

    # Field by field, top to bottom and left to right along a row of the grid (a field's own
    # links, such as its source, come after its input).
    for before, after in itertools.pairwise(walk.reached):
        same_field = after["field"] == before["field"] != -1
        below = after["top"] > before["top"]
        right = after["top"] == before["top"] and after["left"] > before["left"]
        assert same_field or below or right, (before, after)


def test_every_stop_shows_a_focus_ring(walk: Walk) -> None:
    assert [f"{focused['key']}: {focused['style']}" for focused in walk.reached if not focused["ring"]] == []
    # The ring is the focus's own: without focus, none of it shows.
    assert [focused["key"] for focused in walk.reached if walk.unfocused[focused["key"]] in focused["style"]] == []


def test_enter_and_escape_keep_what_the_reader_typed(walk: Walk) -> None:
    assert walk.same_page
    assert walk.url in ("methods/live-gifts/", "fr/methods/creator-rewards/")
    assert walk.kept == walk.typed
    # The walk typed into every field of the reader's own (a digit at the end of each).
    assert [
        key for key, value in walk.typed.items() if key.endswith(("-coins", "-views")) and not value.endswith("1")
    ] == []
    assert walk.state == "ready"
