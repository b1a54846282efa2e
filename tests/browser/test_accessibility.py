"""Every page, in both languages, in the settings readers have: the light and the dark scheme, a
desktop and a phone, every collapsed section opened. axe-core (from npm) finds no serious or
critical violation of the WCAG 2.0, 2.1 and 2.2 A and AA rules; at 320 CSS px nothing but a table
scrolls sideways (WCAG 1.4.10); with the browser's text size at 200 % every form label stays next
to its field (WCAG 1.4.4).

One browser, two pages side by side: one whose system is set to light, one set to dark (the site
follows the system on a first visit). Each opens a language's home page, then goes from page to
page as a reader does, by instant navigation (so what the site redoes after it, such as naming the
scrolling tables, is checked too). Both pages take each step together, so axe runs on the two
schemes at once, one on each core.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, CDPSession, Page, ViewportSize

from tests.support.axe import AXE

pytestmark = pytest.mark.browser

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}
NARROWEST: ViewportSize = {"width": 320, "height": 640}  # WCAG 1.4.10: 1280 CSS px at 400 % zoom
BROWSER_TEXT = {"standard": 16, "fixed": 13}  # Chromium's default font sizes, in px
SCHEMES = {"default": "light", "slate": "dark"}
PYTHON_READY_TIMEOUT = 120_000  # ms: two Pyodide starts at once on a busy 2-core machine

# Put into every document before its own scripts (axe too): what the walk runs in the page. A step
# is started in both pages (`start`), then awaited in each (`PENDING`), so the two work at once.
HELPERS = """
window.__a11y = {
  pending: null,
  loads: [],
  // Waits for what a change of size, scheme or page sets moving: Material's transitions (its
  // drawer slides, its buttons fade) and scroll-regions.js, which names table wrappers on the
  // next frame.
  async settle() {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    for (let round = 0; round < 20; round++) {
      await frame();
      await frame();
      const moving = document.getAnimations().filter((a) => a instanceof CSSTransition && a.playState === "running");
      if (moving.length === 0) return true;
      await Promise.race([
        Promise.all(moving.map((a) => a.finished.catch(() => null))),
        new Promise((resolve) => setTimeout(resolve, 1000)),
      ]);
    }
    return false;
  },
  async axe(tags) {
    const result = await axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  },
  // Follow a link as a reader does: Material's instant navigation takes it.
  go(url) {
    const link = document.createElement("a");
    link.href = url;
    document.body.append(link);
    link.click();
    link.remove();
  },
};
document.addEventListener("DOMContentLoaded", () => {
  window.document$.subscribe(() => window.__a11y.loads.push(location.href));
  // The walk checks each page at rest: Material's transitions (up to 0.6 s after each change of
  // size or text size) would only make it wait. Colours at rest are the same without them.
  const still = document.createElement("style");
  still.textContent = "*, *::before, *::after { transition: none !important; animation: none !important; }";
  document.head.append(still);
});
"""

START = "([name, arg]) => { window.__a11y.pending = window.__a11y[name](arg); }"
PENDING = "() => window.__a11y.pending"

# The page asked for is in view (Material announced it) and its calculators have Python ready.
LOADED = """(url) => window.__a11y && window.__a11y.loads.at(-1) === url &&
  [...document.querySelectorAll("form[data-calculator]")].every((form) => form.dataset.state === "ready")"""

OPEN_SECTIONS = """() => {
  const closed = document.querySelectorAll("details:not([open])");
  for (const details of closed) details.open = true;
  return closed.length;
}"""

# The scheme the page shows, read from what the reader sees: the relative luminance of the
# page's background, and the scheme Material says it applied.
SCHEME_SHOWN = """() => {
  const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/[\\d.]+/g).map(Number);
  const linear = (c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return {scheme: document.body.dataset.mdColorScheme, luminance: 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)};
}"""

# WCAG 1.4.10: the page itself never scrolls sideways, and nothing is pushed past the screen's
# right edge or cut off, except inside a table's scrolling wrapper. Sidebars are left out: on a
# phone Material slides them off screen until the reader opens the menu.
SIDEWAYS = """() => {
  const root = document.documentElement;
  const width = root.clientWidth;
  const problems = [];
  if (root.scrollWidth > width) problems.push(`the page is ${root.scrollWidth} px wide`);
  const name = (element) =>
    element.tagName.toLowerCase() + (element.id ? `#${element.id}` : "") +
    [...element.classList].filter((c) => c !== "focus-visible").map((c) => `.${c}`).join("");
  const parts = document.querySelectorAll(".md-header, .md-main, .md-footer");
  for (const part of parts) {
    for (const element of part.querySelectorAll("*")) {
      if (element.closest(".md-sidebar, .md-typeset__scrollwrap")) continue;
      const box = element.getBoundingClientRect();
      if ((box.width === 0 && box.height === 0) || (box.left >= -1 && box.right <= width + 1)) continue;
      // Visually hidden on purpose (text for screen readers only, a closed menu): not lost content.
      let hidden = false;
      for (let a = element; a && !hidden; a = a.parentElement) {
        const style = getComputedStyle(a);
        const shell = a.getBoundingClientRect();
        hidden = style.visibility === "hidden" || style.opacity === "0" || (style.overflow !== "visible" && shell.width <= 1);
      }
      if (!hidden) problems.push(`${name(element)} spans ${Math.round(box.left)} to ${Math.round(box.right)} px`);
    }
  }
  return problems.slice(0, 5);
}"""

# WCAG 1.4.4 (and 1.3.1 as seen): each form label sits right above or beside its field, near it,
# not over it, and both within the screen's width.
LABELS_BY_FIELDS = """() => {
  const width = document.documentElement.clientWidth;
  const problems = [];
  for (const label of document.querySelectorAll("form[data-calculator] label[for]")) {
    const field = document.getElementById(label.htmlFor);
    const what = label.htmlFor;
    if (!field) { problems.push(`${what}: no field`); continue; }
    const a = label.getBoundingClientRect();
    const b = field.getBoundingClientRect();
    const shown = (box) => box.width > 0 && box.height > 0;
    if (!shown(a) && !shown(b)) continue;  // the rate of a second currency nobody chose
    if (!shown(a) || !shown(b)) { problems.push(`${what}: only one of the label and the field shows`); continue; }
    const near = parseFloat(getComputedStyle(label).fontSize);
    const acrossX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const acrossY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    const above = acrossX > 0 && b.top - a.bottom >= -1 && b.top - a.bottom <= near;
    const gapSideways = Math.max(b.left - a.right, a.left - b.right);
    const beside = acrossY > 0 && gapSideways >= -1 && gapSideways <= near;
    if (!above && !beside) {
      problems.push(`${what}: label at (${Math.round(a.left)}, ${Math.round(a.top)}), field at (${Math.round(b.left)}, ${Math.round(b.top)})`);
    }
    for (const [part, box] of [["label", a], ["field", b]]) {
      if (box.left < -1 || box.right > width + 1) problems.push(`${what}: the ${part} reaches past the screen (${Math.round(box.right)} px of ${width})`);
    }
  }
  return problems;
}"""


def page_paths(site: Path) -> list[str]:
    return sorted(path.relative_to(site).as_posix().removesuffix("index.html") for path in site.rglob("index.html"))


@dataclass
class Survey:
    """What the walk through the site found, setting by setting."""

    paths: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    schemes: list[str] = field(default_factory=list)  # a page whose scheme did not show as the system asked
    settings: set[tuple[str, int]] = field(default_factory=set)  # (scheme, width) axe ran in
    checked: dict[str, int] = field(default_factory=dict)  # page: how many settings axe ran in
    opened: int = 0  # collapsed sections opened before checking
    instant: set[str] = field(default_factory=set)  # pages reached by instant navigation
    sideways: set[str] = field(default_factory=set)
    labels: set[str] = field(default_factory=set)
    labels_checked: int = 0
    unsettled: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class Lane:
    """One page of the walk, in a browser context whose system is set to one scheme."""

    scheme: str
    page: Page
    cdp: CDPSession


class Walker:
    """Takes both lanes through the same steps together."""

    def __init__(self, lanes: list[Lane], survey: Survey) -> None:
        self.lanes = lanes
        self.survey = survey
        self.path = ""

    def together(self, name: str, arg: object = None) -> list[object]:
        """Start HELPERS[name] in every lane, then wait for each: the lanes run at the same time."""
        for lane in self.lanes:
            lane.page.evaluate(START, [name, arg])
        return [lane.page.evaluate(PENDING) for lane in self.lanes]

    def settle(self, what: str) -> None:
        for lane, settled in zip(self.lanes, self.together("settle"), strict=True):
            if not settled:
                self.survey.unsettled.append(f"{self.path or '/'} [{lane.scheme}]: still moving after {what}")

    def resize(self, size: ViewportSize) -> None:
        for lane in self.lanes:
            lane.page.set_viewport_size(size)
        self.settle(f"resizing to {size['width']} px")

    def check_scheme(self, lane: Lane) -> None:
        shown = lane.page.evaluate(SCHEME_SHOWN)
        scheme = SCHEMES.get(shown["scheme"], shown["scheme"])
        # Light text on dark, or dark on light: the colours really changed, not just an attribute.
        dark = shown["luminance"] < 0.1
        if scheme != lane.scheme or dark != (scheme == "dark") or (not dark and shown["luminance"] < 0.8):
            self.survey.schemes.append(
                f"{self.path or '/'}: asked for {lane.scheme}, shows {scheme} on a background of luminance {shown['luminance']:.2f}"
            )

    def axe(self) -> None:
        width = self.lanes[0].page.viewport_size["width"]  # type: ignore[index]
        for lane, violations in zip(self.lanes, self.together("axe", WCAG_22_AA), strict=True):
            self.survey.settings.add((lane.scheme, width))
            self.survey.checked[self.path] = self.survey.checked.get(self.path, 0) + 1
            self.survey.violations += [f"{self.path or '/'} [{lane.scheme}, {width} px]: {v}" for v in violations]  # type: ignore[attr-defined]

    def text_size(self, factor: int) -> None:
        """The browser's text size (Chromium's font-size setting, not a page zoom), as a factor."""
        for lane in self.lanes:
            lane.cdp.send("Page.setFontSizes", {"fontSizes": {k: factor * v for k, v in BROWSER_TEXT.items()}})
        self.settle(f"setting the text size to {factor * 100} %")

    def labels(self) -> None:
        width = self.lanes[0].page.viewport_size["width"]  # type: ignore[index]
        for lane in self.lanes:
            problems = lane.page.evaluate(LABELS_BY_FIELDS)
            self.survey.labels.update(f"{self.path or '/'} [{width} px]: {problem}" for problem in problems)
            self.survey.labels_checked += 1

    def arrive(self, base: str, path: str) -> None:
        """A language's home is loaded whole (as the language switch does); the rest by instant navigation."""
        self.path = path
        url = base + path
        for lane in self.lanes:
            if path in ("", "fr/"):
                lane.page.goto(url)
            else:
                lane.page.evaluate("(url) => window.__a11y.go(url)", url)
        for lane in self.lanes:
            lane.page.wait_for_function(LOADED, arg=url, timeout=PYTHON_READY_TIMEOUT)
            if lane.page.evaluate("() => window.__a11y.loads.length") > 1:  # the same document as before
                self.survey.instant.add(path)
        for lane in self.lanes:
            self.survey.opened += lane.page.evaluate(OPEN_SECTIONS)
        self.settle("loading")

    def visit(self, base: str, path: str) -> None:
        """Each page arrives at a phone's width (where the last one left off) with its sections
        just opened, so axe sees what the site does on opening them, without a resize."""
        self.arrive(base, path)
        for lane in self.lanes:
            self.check_scheme(lane)
        self.axe()  # phone
        self.resize(NARROWEST)
        for lane in self.lanes:
            self.survey.sideways.update(f"{path or '/'}: {problem}" for problem in lane.page.evaluate(SIDEWAYS))
        self.resize(DESKTOP)
        self.axe()  # desktop
        if self.lanes[0].page.locator("form[data-calculator]").count() > 0:
            self.text_size(2)
            self.labels()
            self.resize(PHONE)
            self.labels()
            self.text_size(1)
        else:
            self.resize(PHONE)


@pytest.fixture(scope="module")
def survey(browser: Browser, built_site: Path, served_site: str) -> Survey:
    started = time.monotonic()
    survey = Survey(paths=page_paths(built_site))
    english = [path for path in survey.paths if not path.startswith("fr/")]
    french = [path for path in survey.paths if path.startswith("fr/")]
    lanes, contexts = [], []
    for scheme in ("light", "dark"):
        # axe is put into the page by the test, which the site's policy forbids: bypass_csp.
        context = browser.new_context(bypass_csp=True, color_scheme=scheme, viewport=PHONE, service_workers="block")
        context.set_default_timeout(30_000)
        context.add_init_script(path=str(AXE))
        context.add_init_script(script=HELPERS)
        page = context.new_page()
        lanes.append(Lane(scheme, page, context.new_cdp_session(page)))
        contexts.append(context)
    walker = Walker(lanes, survey)
    try:
        for path in english + french:  # each language's home first: sorted, it is
            walker.visit(served_site, path)
    finally:
        for context in contexts:
            context.close()
    survey.seconds = time.monotonic() - started
    print(f"\naccessibility walk: {len(survey.paths)} pages in {survey.seconds:.0f} s")
    return survey


def test_every_page_in_both_languages_every_setting(survey: Survey) -> None:
    assert any(path.startswith("fr/") for path in survey.paths)
    assert any(not path.startswith("fr/") for path in survey.paths)
    assert survey.settings == {(scheme, width) for scheme in ("light", "dark") for width in (390, 1280)}
    assert survey.checked == dict.fromkeys(survey.paths, 4)
    assert survey.schemes == []
    assert survey.opened > 0  # the assumptions, at least, start closed
    # Each language's home loads whole; every other page by instant navigation, in the same document.
    assert survey.instant == set(survey.paths) - {"", "fr/"}
    assert survey.unsettled == []


def test_no_serious_violation_in_any_setting(survey: Survey) -> None:
    assert survey.violations == []


def test_nothing_but_tables_scrolls_sideways_at_320_px(survey: Survey) -> None:
    assert sorted(survey.sideways) == []


def test_labels_stay_by_their_fields_with_text_at_200_percent(survey: Survey) -> None:
    assert survey.labels_checked > 0
    assert sorted(survey.labels) == []
