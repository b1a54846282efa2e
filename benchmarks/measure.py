"""One visit of each kind, in Chromium, in one network profile; figures go into `Samples`.

Every time is read inside the page, in ms since its navigation started (or since a click), so
the driver's own delays never count.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from playwright.sync_api import Browser, Page

from benchmarks.network import Profile, Wire
from tests.support.server import Ledger

FORM = "form[data-calculator]"
READY = f"{FORM}[data-state=ready]"
READY_TIMEOUT = 180_000  # ms: a cold start on a busy 2-core machine, at 10 Mbit/s
DWELL_MS = 300  # how long a reader's pointer rests on a link before the click

# Recorded inside the page: long tasks, the first paint (and whether a result was on screen
# then), when the form became ready, each keystroke's latency, the last click.
PROBE = """
window.__bench = { longTasks: [], readyAt: null, keystrokes: [], paint: null, clickAt: null };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__bench.longTasks.push([entry.startTime, entry.duration]);
}).observe({ type: "longtask", buffered: true });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.name !== "first-contentful-paint") continue;
    const output = document.querySelector("form[data-calculator] output[name]");
    window.__bench.paint = { at: entry.startTime, result: Boolean(output && output.textContent.trim()) };
  }
}).observe({ type: "paint", buffered: true });
new MutationObserver((records) => {
  for (const record of records) {
    const target = record.target;
    if (record.attributeName === "data-state" && target.dataset.state === "ready" && window.__bench.readyAt === null) {
      window.__bench.readyAt = performance.now();
    }
    if (record.attributeName === "data-value" && window.__bench.typedAt !== undefined) {
      window.__bench.keystrokes.push(performance.now() - window.__bench.typedAt);
      window.__bench.typedAt = undefined;
    }
  }
}).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-state", "data-value"] });
document.addEventListener("input", () => { window.__bench.typedAt = performance.now(); }, true);
document.addEventListener("click", () => { window.__bench.clickAt = performance.now(); }, true);
"""

SNAPSHOT_SAVED = """async () => {
  const cache = await caches.open("immutable");
  return (await cache.keys()).some((request) => request.url.endsWith("/python-memory.snapshot"));
}"""


@dataclass
class Samples:
    """Figures by profile and measure, several runs each."""

    values: dict[tuple[str, str], list[float]] = field(default_factory=dict)

    def add(self, profile: str, name: str, value: float) -> None:
        self.values.setdefault((profile, name), []).append(value)

    def has(self, profile: str, name: str) -> bool:
        return (profile, name) in self.values

    def median(self, profile: str, name: str) -> float:
        return statistics.median(self.values[profile, name])

    def all(self, profile: str, name: str) -> list[float]:
        return self.values[profile, name]


def wait_until(condition: Callable[[], Any], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        time.sleep(0.2)


def ready_wall_time(page: Page) -> float:
    """When the form became ready, in wall-clock seconds (the clock of CDP's request times)."""
    return float(page.evaluate("(performance.timeOrigin + window.__bench.readyAt) / 1000"))


def long_tasks(page: Page, since_mark: str | None) -> list[float]:
    """Durations of the main thread's long tasks, from `since_mark` (or navigation) on."""
    start = 0.0
    if since_mark:
        start = float(page.evaluate(f"performance.getEntriesByName('{since_mark}')[0]?.startTime ?? 0"))
    return [duration for at, duration in page.evaluate("window.__bench.longTasks") if at >= start]


def record_load(page: Page, profile: Profile, samples: Samples, prefix: str, since_mark: str | None) -> None:
    bench = page.evaluate("window.__bench")
    paint = bench["paint"] or {"at": bench["readyAt"], "result": False}
    samples.add(profile.name, prefix + "cold_ready", bench["readyAt"])
    samples.add(profile.name, prefix + "first_result", paint["at"] if paint["result"] else bench["readyAt"])
    samples.add(profile.name, prefix + "result_at_paint", 1 if paint["result"] else 0)
    tasks = long_tasks(page, since_mark)
    samples.add(profile.name, prefix + "long_tasks_over_50", sum(1 for duration in tasks if duration > 50))
    samples.add(profile.name, prefix + "longest_task", max(tasks, default=0))


def site_visit(
    browser: Browser,
    url: str,
    text_url: str,
    profile: Profile,
    keystrokes: int,
    samples: Samples,
    ledger: Ledger | None = None,
) -> None:
    """A first visit (cold: new profile), typing, then a second visit (warm), as one reader."""
    context = browser.new_context(service_workers="allow", bypass_csp=True)  # the probe polls with page functions
    context.add_init_script(PROBE)
    page = context.new_page()
    wire = Wire(context, page, profile, ledger)
    page.goto(url, timeout=READY_TIMEOUT)
    page.wait_for_selector(READY, timeout=READY_TIMEOUT)
    record_load(page, profile, samples, "", "calculators:page")
    ready_at = ready_wall_time(page)
    field_selector = f"{FORM} input[name=coins]"
    for index in range(keystrokes):
        page.fill(field_selector, str(1000 + index))
        page.wait_for_function(f"window.__bench.keystrokes.length >= {index + 1}", timeout=10_000)
    for latency in page.evaluate("window.__bench.keystrokes"):
        samples.add(profile.name, "keystroke", latency)
    # A reader who stays a few seconds lets the service worker in and the snapshot be saved.
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=30_000)
    wait_until(lambda: page.evaluate(SNAPSHOT_SAVED), seconds=90)
    wire.wait_quiet(page)
    samples.add(profile.name, "bytes_cold", wire.bytes(before=ready_at))
    samples.add(profile.name, "bytes_after_ready", wire.bytes(after=ready_at))
    page.goto(text_url, timeout=READY_TIMEOUT)
    page.goto(url, timeout=READY_TIMEOUT)
    page.wait_for_selector(READY, timeout=READY_TIMEOUT)
    samples.add(profile.name, "warm_ready", page.evaluate("window.__bench.readyAt"))
    context.close()


def cold_visit(
    browser: Browser, url: str, profile: Profile, samples: Samples, prefix: str, ledger: Ledger | None = None
) -> None:
    """A first visit only: when the form is ready and what crossed the wire until then."""
    context = browser.new_context(service_workers="allow", bypass_csp=True)
    context.add_init_script(PROBE)
    page = context.new_page()
    wire = Wire(context, page, profile, ledger)
    page.goto(url, timeout=READY_TIMEOUT)
    page.wait_for_selector(READY, timeout=READY_TIMEOUT)
    samples.add(profile.name, prefix + "cold_ready", page.evaluate("window.__bench.readyAt"))
    samples.add(profile.name, prefix + "bytes_cold", wire.bytes(before=ready_wall_time(page)))
    context.close()


def baseline_visit(
    browser: Browser, url: str, profile: Profile, samples: Samples, ledger: Ledger | None = None
) -> None:
    context = browser.new_context(bypass_csp=True)
    context.add_init_script(PROBE)
    page = context.new_page()
    wire = Wire(context, page, profile, ledger)
    page.goto(url, timeout=READY_TIMEOUT)
    page.wait_for_selector(READY, timeout=READY_TIMEOUT)
    record_load(page, profile, samples, "baseline_", None)
    samples.add(profile.name, "baseline_bytes_cold", wire.bytes(before=ready_wall_time(page)))
    context.close()


def text_page_visit(
    browser: Browser, url: str, profile: Profile, samples: Samples, ledger: Ledger | None = None
) -> list[str]:
    """A text page read to the end (service worker included): its bytes, and any runtime URL it asked for."""
    context = browser.new_context(service_workers="allow", bypass_csp=True)
    page = context.new_page()
    wire = Wire(context, page, profile, ledger)
    page.goto(url, timeout=READY_TIMEOUT)
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=30_000)
    wire.wait_quiet(page)
    samples.add(profile.name, "bytes_text_page", wire.bytes())
    runtime = wire.runtime_urls()
    context.close()
    return runtime


def click_through(browser: Browser, text_url: str, link: str, profile: Profile, samples: Samples) -> None:
    """A reader on a text page who points at a link to a calculator page, then clicks it:
    ready, in ms from the click (instant navigation keeps the page, so the probe sees both)."""
    context = browser.new_context(service_workers="allow", bypass_csp=True)
    context.add_init_script(PROBE)
    page = context.new_page()
    wire = Wire(context, page, profile)
    page.goto(text_url, timeout=READY_TIMEOUT)
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=30_000)
    wire.wait_quiet(page)
    anchor = page.locator(link).first
    anchor.hover()
    page.wait_for_timeout(DWELL_MS)
    anchor.click()
    page.wait_for_selector(READY, timeout=READY_TIMEOUT)
    samples.add(profile.name, "click_ready", page.evaluate("window.__bench.readyAt - window.__bench.clickAt"))
    context.close()
